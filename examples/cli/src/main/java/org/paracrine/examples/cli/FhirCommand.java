package org.paracrine.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code paracrine fhir}: checks lots exactly as {@code paracrine check} does (same inputs, profiles and
 * specifications) and writes, for each checked lot, its batch analysis as a FHIR R5 {@code collection} Bundle to
 * {@code <output>/<lot-id>.fhir.json} (characters other than letters, digits and {@code . _ + -} in the lot id
 * become {@code _}). One line per lot on stdout names the verdict and the file, then the summary; problems go to
 * stderr. Exit codes are those of {@code check}; a bundle that cannot be written is reported like bad input
 * ({@value ExitCodes#BAD_INPUT}).
 *
 * <p>This class touches no FHIR type: HAPI FHIR is loaded only when the command runs ({@link FhirFiles}), so the
 * other commands start as fast as before.
 */
@Command(name = "fhir", mixinStandardHelpOptions = true,
    description = "Checks lots and writes one FHIR R5 batch-analysis Bundle per lot (<lot-id>.fhir.json).")
final class FhirCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<path>",
      description = "JSON documents (products, specifications, reference series, lots), NDJSON streams of lots,"
          + " directories (searched recursively) or '-' for NDJSON lots on standard input.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Directory to write the bundles to (created if missing).")
  private Path output;

  @Option(names = "--spec", paramLabel = "FILE",
      description = "A release specification (JSON) applied to every lot, in addition to those in the inputs.")
  private List<Path> specFiles = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Built-in profile id to apply (repeatable; see 'paracrine profiles'). Default: all."
          + " 'none' applies no built-in profile.")
  private List<String> profileNames = new ArrayList<>();

  @Override
  public Integer call() {
    // HAPI FHIR logs through SLF4J; with no SLF4J provider on the class path, SLF4J prints a three-line warning on
    // stderr. A command line prints only what the user asked for (set the property to see SLF4J's own messages).
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      spec.commandLine().getErr().println("error: cannot create output directory " + output + ": "
          + CliFiles.reason(e));
      spec.commandLine().getErr().flush();
      return ExitCodes.BAD_INPUT;
    }
    Map<String, String> written = new HashMap<>();
    return CheckCommand.withSink(spec, inputs, specFiles, profileNames,
        (product, lot, report, specifications) -> FhirFiles.write(output, product, lot, report, specifications,
            written)).call();
  }
}
