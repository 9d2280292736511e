package org.paracrine.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.SignatureMeaning;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.Problem;
import org.paracrine.signature.ReportSigning;
import org.paracrine.signature.SigningKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paracrine sign}: adds an electronic signature (signer, time, meaning; detached JWS over the canonical
 * report) to a report and writes the signed report. Sign again with another key to add a second signature (e.g.
 * analyst, then QA); each covers the ones before it.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
    description = "Signs a release report (detached JWS over its canonical form) with signer, time and meaning.")
final class SignCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<report.json>", description = "The report to sign.")
  private Path report;

  @Option(names = "--key", required = true, paramLabel = "FILE",
      description = "The signer's private key: a JWK file, or a PKCS#12 keystore (.p12, .pfx).")
  private Path key;

  @Mixin
  private Keys keys = new Keys();

  @Option(names = "--signer", required = true, paramLabel = "NAME", description = "The signer's printed name.")
  private String signer;

  @Option(names = "--meaning", required = true, paramLabel = "MEANING",
      description = "authored, reviewed, approved or responsible (21 CFR 11.50(a)(3)).")
  private String meaning;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the signed report (default: standard output). May be the input file.")
  private Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ParacrineJson json = ParacrineJson.strict();
    SignatureMeaning m;
    try {
      m = SignatureMeaning.valueOf(meaning.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("error: unknown meaning '" + Problem.escape(meaning) + "'; use authored, reviewed, approved or "
          + "responsible");
      return ExitCodes.BAD_INPUT;
    }
    try {
      ReleaseReport r = ReportFiles.read(report, json);
      SigningKey k = keys.signing(key);
      ReleaseReport signed = ReportSigning.sign(r, k, signer, m, Clock.systemUTC().instant());
      String text = json.writePretty(signed);
      if (output == null) {
        out.print(text);
        String failure = Output.failure(out);
        if (failure != null) {
          err.println("error: cannot write to standard output: " + failure);
          return ExitCodes.BAD_INPUT;
        }
      } else {
        Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".paracrine-sign", ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      err.println("signed: signature " + signed.signatures().size() + " (" + m + " by " + Problem.escape(signer)
          + ", key " + Problem.escape(k.keyId()) + ", " + k.algorithm() + ")");
      return ExitCodes.RELEASED;
    } catch (ReportFiles.Unreadable e) {
      err.println("error: " + e.getMessage());
    } catch (IOException e) {
      err.println("error: cannot read or write: " + CliFiles.reason(e));
    } catch (IllegalArgumentException e) {
      err.println("error: " + Problem.escape(String.valueOf(e.getMessage())));
    }
    return ExitCodes.BAD_INPUT;
  }
}
