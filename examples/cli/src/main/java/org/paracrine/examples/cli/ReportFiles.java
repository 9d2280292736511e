package org.paracrine.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.Problem;
import org.paracrine.serialization.RecordFormatException;

/** Reads one report document for {@code sign}, {@code verify} and {@code verify-report}. */
final class ReportFiles {
  private ReportFiles() {}

  /** Why a report could not be read, as one line (already escaped). */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  static ReleaseReport read(Path f, ParacrineJson json) throws Unreadable {
    long max = json.limits().maxDocumentLength();
    byte[] bytes;
    try {
      bytes = CliFiles.readBounded(f, max);
    } catch (IOException e) {
      throw new Unreadable("cannot read: " + Problem.escape(f.toString()) + ": " + CliFiles.reason(e));
    }
    if (bytes.length > max) {
      throw new Unreadable(Problem.escape(f.toString()) + ": longer than " + max + " bytes, the document-length limit");
    }
    try {
      return json.readReport(bytes);
    } catch (RecordFormatException e) {
      StringBuilder sb = new StringBuilder(Problem.escape(f.toString())).append(": not a readable report: ")
          .append(e.problems().get(0));
      if (e.problems().size() > 1) {
        sb.append(" (+").append(e.problems().size() - 1).append(" more)");
      }
      throw new Unreadable(sb.toString());
    }
  }
}
