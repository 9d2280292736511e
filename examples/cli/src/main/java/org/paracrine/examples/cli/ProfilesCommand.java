package org.paracrine.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.profiles.BuiltInProfiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code paracrine profiles}: lists the built-in release profiles with id, version, title and sources;
 * {@code --show <id>} prints one data profile as a specification document that can be copied and changed.
 */
@Command(name = "profiles", mixinStandardHelpOptions = true,
    description = "Lists the built-in release profiles with their versions and sources; --show prints one as a"
        + " specification document.")
final class ProfilesCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--show", paramLabel = "ID",
      description = "Print the profile with this id as a specification document (JSON).")
  private String show;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (show != null) {
      Optional<ReleaseProfile> p = BuiltInProfiles.known().stream().filter(x -> x.id().equals(show)).findFirst();
      if (p.isEmpty()) {
        spec.commandLine().getErr().println("error: no built-in profile has the id \""
            + printable(show) + "\"; run"
            + " `paracrine profiles` for the list");
        return ExitCodes.BAD_INPUT;
      }
      if (p.get().specification().isEmpty()) {
        spec.commandLine().getErr().println("error: profile " + show + " is written in code, not data; its"
            + " rules are described in docs/profiles.md and its javadoc");
        return ExitCodes.BAD_INPUT;
      }
      out.println(BuiltInProfiles.document(show).orElseGet(
          () -> ParacrineJson.strict().writePretty(p.get().specification().get())).stripTrailing());
      out.flush();
      return ExitCodes.RELEASED;
    }
    List<ReleaseProfile> optIn = BuiltInProfiles.optIn();
    for (ReleaseProfile p : BuiltInProfiles.known()) {
      out.printf("%s@%s  %s%s%s%n", p.id(), p.version(), p.title(), p.specification().isPresent() ? "  [data]" : "",
          optIn.stream().anyMatch(o -> o.id().equals(p.id())) ? "  [opt-in: --profile " + p.id() + "]" : "");
      out.println("    purpose: " + p.purpose() + " (default severity " + p.purpose().defaultSeverity() + ")");
      p.sources().forEach(s -> out.println("    source: " + s));
    }
    out.flush();
    return ExitCodes.RELEASED;
  }

  /**
   * The argument cut to 80 characters, each control character shown as a backslash-u escape with four hex digits.
   */
  private static String printable(String s) {
    String cut = s.length() > 80 ? s.substring(0, 80) + "..." : s;
    StringBuilder sb = new StringBuilder(cut.length());
    for (char c : cut.toCharArray()) {
      if (Character.isISOControl(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
