package org.paracrine.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paracrine.serialization.JsonRecord;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.Problem;
import org.paracrine.serialization.RecordFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code paracrine digest}: prints the kind and the SHA-256 of the canonical form of every record read (see
 * {@code docs/canonical-form.md}), one line per record: {@code <sha256>  <kind>  <file>[:<line>]}. A record that
 * the strict reader refuses is reported on stderr and makes the exit code {@value ExitCodes#BAD_INPUT}.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Prints kind and SHA-256 of the canonical form of each record (JSON file, NDJSON line).")
final class DigestCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, json }

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<path>",
      description = "JSON documents (*.json), NDJSON streams (*.ndjson, one record per line) or directories.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text: '<sha256>  <kind>  <file>[:<line>]'; json: one object per record (NDJSON).")
  private Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ParacrineJson json = ParacrineJson.strict();
    int[] problems = {0};
    RecordFiles.forEach(inputs, json.limits().maxDocumentLength(), entry -> {
      JsonRecord<?> record;
      try {
        record = json.readAny(entry.text);
      } catch (RecordFormatException e) {
        problems[0]++;
        for (Problem p : e.problems()) {
          err.println("error: " + entry.label() + ": " + p);
        }
        return;
      }
      String digest = json.sha256(record);
      String kind = record.kind().kind();
      if (format == Format.json) {
        ObjectNode line = json.mapper().createObjectNode();
        line.put("source", entry.source);
        if (entry.line > 0) {
          line.put("line", entry.line);
        }
        line.put("kind", kind);
        line.put("sha256", digest);
        out.println(line);
      } else {
        out.println(digest + "  " + kind + "  " + entry.label());
      }
    }, message -> {
      problems[0]++;
      err.println("error: " + message);
    }, f -> err.println("note: skipped: " + f + " (not .json, .ndjson or .jsonl)"));
    out.flush();
    err.flush();
    String failure = Output.failure(out);
    if (failure != null) {
      err.println("error: cannot write to standard output: " + failure + "; the output is incomplete");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    return problems[0] == 0 ? ExitCodes.RELEASED : ExitCodes.BAD_INPUT;
  }
}
