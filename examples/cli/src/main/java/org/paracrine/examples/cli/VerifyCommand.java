package org.paracrine.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.Problem;
import org.paracrine.signature.ReportSigning;
import org.paracrine.signature.SignatureCheck;
import org.paracrine.signature.VerificationKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paracrine verify}: verifies every signature of a report and says why one fails. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Verifies the signatures of a signed release report.")
final class VerifyCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<report.json>", description = "The signed report.")
  private Path report;

  @Option(names = "--key", required = true, paramLabel = "FILE",
      description = "A signer's public key (repeatable): a JWK file or a PKCS#12 keystore (.p12, .pfx).")
  private List<Path> keyFiles = new ArrayList<>();

  @Mixin
  private Keys keys = new Keys();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReleaseReport r;
    List<VerificationKey> verificationKeys = new ArrayList<>();
    try {
      r = ReportFiles.read(report, ParacrineJson.strict());
      for (Path f : keyFiles) {
        verificationKeys.add(keys.verification(f));
      }
    } catch (ReportFiles.Unreadable e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (IOException e) {
      err.println("error: cannot read the key: " + CliFiles.reason(e));
      return ExitCodes.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      err.println("error: " + Problem.escape(String.valueOf(e.getMessage())));
      return ExitCodes.BAD_INPUT;
    }
    if (r.signatures().isEmpty()) {
      out.println("NOT SIGNED  lot " + Problem.escape(r.lotId()) + ": the report holds no signature");
      out.flush();
      return ExitCodes.VERIFICATION_FAILED;
    }
    List<SignatureCheck> checks = ReportSigning.verify(r, verificationKeys);
    boolean ok = checks.stream().allMatch(SignatureCheck::valid);
    out.println((ok ? "VALID" : "INVALID") + "  lot " + Problem.escape(r.lotId()) + "  verdict " + r.verdict() + "  "
        + checks.size() + " signature" + (checks.size() == 1 ? "" : "s"));
    checks.forEach(c -> out.println("  " + c));
    String failure = Output.failure(out);
    if (failure != null) {
      err.println("error: cannot write to standard output: " + failure);
      return ExitCodes.BAD_INPUT;
    }
    return ok ? ExitCodes.RELEASED : ExitCodes.VERIFICATION_FAILED;
  }
}
