package org.paracrine.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.serialization.NdjsonError;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.Problem;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the CLI says besides the reports, on standard error: input problems, skipped files, notes and (in
 * JSON mode) one event per report and the summary. In text mode each message is one line starting with
 * {@code error:} (problems) or {@code note:}; in JSON mode each is one JSON object per line (NDJSON) with an
 * {@code event} member: {@code problem}, {@code skipped}, {@code note}, {@code report}, {@code summary}. Untrusted
 * text (paths, ids, messages) is escaped so it cannot forge a line.
 */
final class Reporter {
  private final boolean json;
  private final PrintWriter err;
  private final ParacrineJson mapper = ParacrineJson.strict();
  private long problems;
  private long skipped;

  Reporter(boolean json, PrintWriter err) {
    this.json = json;
    this.err = err;
  }

  long problems() {
    return problems;
  }

  long skipped() {
    return skipped;
  }

  boolean isJson() {
    return json;
  }

  private ObjectNode event(String type, String file) {
    ObjectNode e = mapper.mapper().createObjectNode().put("event", type);
    if (file != null) {
      e.put("file", file);
    }
    return e;
  }

  private void emit(ObjectNode e) {
    err.println(mapper.mapper().writeValueAsString(e));
    err.flush();
  }

  /** One problem without record-format details. */
  void problem(String file, String message) {
    problems++;
    if (json) {
      emit(event("problem", file).put("message", message));
    } else {
      err.println("error: " + (file == null ? "" : Problem.escape(file) + ": ") + Problem.escape(message));
      err.flush();
    }
  }

  /** Problems of one document. */
  void problems(String file, List<Problem> list) {
    problems++;
    if (json) {
      ObjectNode e = event("problem", file).put("message", list.size() + " problem" + (list.size() == 1 ? "" : "s"));
      e.set("problems", array(list));
      emit(e);
    } else {
      err.println("error: " + Problem.escape(file) + ": " + list.size() + " problem" + (list.size() == 1 ? "" : "s")
          + ":");
      list.forEach(p -> err.println("    " + p));
      err.flush();
    }
  }

  /** A rejected NDJSON line. */
  void line(String file, NdjsonError error) {
    problems++;
    if (json) {
      ObjectNode e = event("problem", file).put("line", error.line());
      e.set("problems", array(error.problems()));
      emit(e);
    } else {
      err.println("error: " + Problem.escape(file) + ": " + error);
      err.flush();
    }
  }

  private ArrayNode array(List<Problem> list) {
    ArrayNode a = mapper.mapper().createArrayNode();
    for (Problem p : list) {
      ObjectNode o = a.addObject().put("type", p.type().name()).put("pointer", p.pointer())
          .put("message", p.message()).put("expected", p.expected());
      if (p.line() > 0) {
        o.put("line", p.line()).put("column", p.column());
      }
    }
    return a;
  }

  void skipped(Path f) {
    skipped++;
    if (json) {
      emit(event("skipped", f.toString()).put("message", "not .json, .ndjson or .jsonl"));
    } else {
      err.println("note: skipped: " + Problem.escape(f.toString()) + " (not .json, .ndjson or .jsonl)");
      err.flush();
    }
  }

  void note(String file, String message) {
    if (json) {
      emit(event("note", file).put("message", message));
    } else {
      err.println("note: " + (file == null ? "" : Problem.escape(file) + ": ") + Problem.escape(message));
      err.flush();
    }
  }

  /** In JSON mode, names the file and line of a report written to standard output. */
  void report(String file, long line, ReleaseReport report) {
    if (json) {
      ObjectNode e = event("report", file);
      if (line > 0) {
        e.put("line", line);
      }
      e.put("lotId", report.lotId()).put("verdict", report.verdict().name());
      emit(e);
    }
  }

  /** The summary: on standard output in text mode, as the last event in JSON mode. */
  void summary(PrintWriter out, long released, long rejected, long incomplete) {
    long checked = released + rejected + incomplete;
    if (json) {
      emit(event("summary", null).put("checked", checked).put("released", released).put("rejected", rejected)
          .put("incomplete", incomplete).put("inputProblems", problems).put("skipped", skipped));
    } else {
      out.println(String.format("checked %d lot%s: %d released, %d rejected, %d incomplete; %d input problem%s%s",
          checked, checked == 1 ? "" : "s", released, rejected, incomplete, problems, problems == 1 ? "" : "s",
          skipped == 0 ? "" : "; " + skipped + " file" + (skipped == 1 ? "" : "s") + " skipped"));
    }
  }
}
