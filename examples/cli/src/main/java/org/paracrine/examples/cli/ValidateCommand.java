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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code paracrine validate}: reads every record with the strict reader and reports whether it is a well-formed
 * document of its kind — syntax, members, types, units, codes and the invariants of every value, each problem with
 * its JSON Pointer — without applying any release rule. Exit code {@value ExitCodes#RELEASED} when every record is
 * valid, {@value ExitCodes#BAD_INPUT} otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks records for structure and invariants only (no release rules); lists every problem.")
final class ValidateCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, json }

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "<path>",
      description = "JSON documents (*.json), NDJSON streams (*.ndjson, one record per line) or directories.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text: 'valid|invalid  <kind>  <file>[:<line>]' and one line per problem; json: one object"
          + " per record (NDJSON) with its problems.")
  private Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ParacrineJson json = ParacrineJson.strict();
    int[] counts = {0, 0};
    RecordFiles.forEach(inputs, json.limits().maxDocumentLength(), entry -> {
      JsonRecord<?> record = null;
      List<Problem> problems = List.of();
      try {
        record = json.readAny(entry.text);
        counts[0]++;
      } catch (RecordFormatException e) {
        problems = e.problems();
        counts[1]++;
      }
      String kind = record != null ? record.kind().kind() : "-";
      if (format == Format.json) {
        ObjectNode line = json.mapper().createObjectNode();
        line.put("source", entry.source);
        if (entry.line > 0) {
          line.put("line", entry.line);
        }
        if (record != null) {
          line.put("kind", kind);
        }
        line.put("valid", record != null);
        ArrayNode list = line.putArray("problems");
        for (Problem p : problems) {
          ObjectNode o = list.addObject();
          o.put("pointer", p.pointer());
          o.put("type", p.type().name());
          o.put("message", p.message());
          o.put("expected", p.expected());
          if (p.line() > 0) {
            o.put("line", p.line());
            o.put("column", p.column());
          }
        }
        out.println(line);
      } else {
        out.println((record != null ? "valid    " : "invalid  ") + kind + "  " + entry.label());
        for (Problem p : problems) {
          out.println("  " + p);
        }
      }
    }, message -> {
      counts[1]++;
      err.println("error: " + message);
    }, f -> err.println("note: skipped: " + f + " (not .json, .ndjson or .jsonl)"));
    if (format == Format.text) {
      out.println("validated " + (counts[0] + counts[1]) + " records: " + counts[0] + " valid, " + counts[1]
          + " invalid");
    }
    out.flush();
    err.flush();
    String failure = Output.failure(out);
    if (failure != null) {
      err.println("error: cannot write to standard output: " + failure + "; the output is incomplete");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    return counts[1] == 0 ? ExitCodes.RELEASED : ExitCodes.BAD_INPUT;
  }
}
