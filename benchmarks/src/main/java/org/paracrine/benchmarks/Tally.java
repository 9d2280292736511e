package org.paracrine.benchmarks;

import java.util.EnumMap;
import java.util.Map;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Verdict;

/**
 * Counts what a pass over records produced: records read, lines rejected and verdicts. Returned by the
 * benchmarks (so the JIT cannot discard the work) and printed by the streaming program. Not thread-safe.
 */
public final class Tally {
  private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
  private long records;
  private long rejectedLines;
  private long findings;

  /** Creates an empty tally. */
  public Tally() {
    for (Verdict v : Verdict.values()) {
      verdicts.put(v, 0L);
    }
  }

  /**
   * Counts one record that was read and checked.
   *
   * @param report its report
   */
  public void add(ReleaseReport report) {
    records++;
    findings += report.findings().size();
    verdicts.merge(report.verdict(), 1L, Long::sum);
  }

  /** Counts one record that was read but not checked. */
  public void addRecord() {
    records++;
  }

  /** Counts one line the reader rejected. */
  public void addRejectedLine() {
    rejectedLines++;
  }

  /**
   * Returns the number of records read.
   *
   * @return the count
   */
  public long records() {
    return records;
  }

  /**
   * Returns the number of lines rejected by the reader (or, for the JSON Schema baseline, of schema errors).
   *
   * @return the count
   */
  public long rejectedLines() {
    return rejectedLines;
  }

  /**
   * Returns the total number of findings over all reports.
   *
   * @return the count
   */
  public long findings() {
    return findings;
  }

  /**
   * Returns the number of reports with a verdict.
   *
   * @param verdict the verdict
   * @return the count
   */
  public long count(Verdict verdict) {
    return verdicts.get(verdict);
  }

  /**
   * Returns the verdict counts.
   *
   * @return a copy, in verdict order
   */
  public Map<Verdict, Long> verdicts() {
    return new EnumMap<>(verdicts);
  }

  @Override
  public String toString() {
    return "records=" + records + " rejectedLines=" + rejectedLines + " findings=" + findings + " " + verdicts;
  }
}
