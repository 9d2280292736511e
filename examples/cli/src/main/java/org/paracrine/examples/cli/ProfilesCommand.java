package org.paracrine.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.profiles.BuiltInProfiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code paracrine profiles}: lists the built-in release profiles with id, version, title and sources. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
    description = "Lists the built-in release profiles with their versions and sources.")
final class ProfilesCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (ReleaseProfile p : BuiltInProfiles.all()) {
      out.printf("%s@%s  %s%n", p.id(), p.version(), p.title());
      p.sources().forEach(s -> out.println("    source: " + s));
    }
    out.flush();
    return ExitCodes.RELEASED;
  }
}
