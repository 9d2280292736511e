package org.paracrine.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code paracrine} command line: {@code check} lots against built-in profiles and specifications,
 * {@code schema} prints the JSON Schema of a document kind, {@code profiles} lists the built-in profiles with
 * their sources, {@code compare} checks a lot's composition against a reference series, {@code digest} prints
 * the SHA-256 of each record's canonical form, {@code validate} checks structure and invariants only,
 * {@code fhir} writes each checked lot as a FHIR R5 batch-analysis Bundle.
 *
 * <p>Exit codes (all commands): {@value ExitCodes#RELEASED} every lot released (or the command succeeded),
 * {@value ExitCodes#REJECTED} at least one lot rejected, {@value ExitCodes#INCOMPLETE} at least one lot incomplete
 * and none rejected, {@value ExitCodes#BAD_INPUT} bad input, an unreadable input, a write error (e.g. a full
 * disk) or a usage error (one line on stderr names the problem; never a stack trace),
 * {@value ExitCodes#VERIFICATION_FAILED} {@code verify} or {@code verify-report} found a signature, an input digest
 * or a verdict that does not match. {@code verify-report} proves a report from its inputs, {@code sign} and
 * {@code verify} add and check electronic signatures.
 */
@Command(name = "paracrine", mixinStandardHelpOptions = true, version = "Paracrine 0.1.0-SNAPSHOT",
    description = "Checks MSC secretome lots against release criteria and prints explainable reports.",
    subcommands = {CheckCommand.class, SchemaCommand.class, ProfilesCommand.class, CompareCommand.class,
        DigestCommand.class, ValidateCommand.class, VerifyReportCommand.class, SignCommand.class,
        VerifyCommand.class, FhirCommand.class, CertificateCommand.class},
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT, exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every lot released", "1:at least one lot rejected",
        "2:at least one lot incomplete, none rejected",
        "3:bad input, unreadable input, write error or usage error",
        "4:verify / verify-report: a signature, an input digest or the verdict did not match"})
public final class ParacrineCli implements Runnable {
  /** Kept strongly reachable so the level set in {@link #main} stays in force. */
  private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /**
   * Creates the top-level command (used by picocli).
   */
  public ParacrineCli() {
    // picocli instantiates commands reflectively.
  }

  /**
   * Runs the CLI and exits the JVM with its exit code.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version at INFO; a command line prints only what the user asked for.
    HIBERNATE_VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    int exit;
    try {
      CommandLine cl = commandLine();
      cl.setOut(Output.stdout());
      exit = cl.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      System.err.println("error: out of resources (" + (e instanceof OutOfMemoryError ? "memory" : "stack")
          + "); give the JVM more memory (-Xmx) or split the input");
      exit = ExitCodes.BAD_INPUT;
    }
    System.exit(exit);
  }

  /**
   * Builds the configured picocli command line (used by {@link #main} and by tests that capture output).
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ParacrineCli());
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine cmd = e.getCommandLine();
      cmd.getErr().println("error: " + e.getMessage());
      cmd.usage(cmd.getErr());
      return ExitCodes.BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      // one line, never a stack trace: the message of an unexpected failure, escaped
      cmd.getErr().println("error: " + org.paracrine.serialization.Problem.escape(e.getMessage() == null
          ? "unexpected failure (" + e.getClass().getSimpleName() + ")" : e.getMessage()));
      return ExitCodes.BAD_INPUT;
    });
    return cl;
  }

  /** Without a subcommand, prints usage and fails as a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: check, schema,"
        + " profiles, compare, digest, validate, verify-report, sign, verify, fhir or certificate");
  }
}
