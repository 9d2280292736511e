package org.paracrine.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.paracrine.serialization.DocumentKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code paracrine schema <kind>}: prints the JSON Schema (2020-12) shipped for a document kind. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of a document kind: product, lot, specification, report.")
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "<kind>", description = "product, lot, specification or report")
  private String kind;

  @Override
  public Integer call() throws IOException {
    DocumentKind k = Arrays.stream(DocumentKind.values()).filter(d -> d.kind().equals(kind)).findFirst()
        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "unknown kind '" + kind
            + "'; expected one of " + Arrays.stream(DocumentKind.values()).map(DocumentKind::kind)
            .collect(Collectors.joining(", "))));
    try (InputStream in = DocumentKind.class.getResourceAsStream(k.schemaResource())) {
      if (in == null) {
        throw new IOException("schema resource " + k.schemaResource() + " is missing from the jar");
      }
      spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.RELEASED;
  }
}
