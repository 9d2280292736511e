package org.paracrine.core.report;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.Citation;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One explained check result: a stable code, the outcome and severity, where in the record (JSON Pointer), a
 * message, the observed value (as reported and converted to the limit's unit), the limit and warning band, what
 * was expected, and the source of the rule.
 *
 * <p>Codes are stable identifiers in upper case with dots, e.g. {@code ISCT2006.POSITIVE_MARKER.OUT_OF_LIMIT};
 * the README lists them. Invariants: code matches {@code [A-Z0-9_]+(\.[A-Z0-9_]+)*}; path is a valid JSON
 * Pointer; message not blank.
 *
 * <p>Findings are built with {@link #builder()} or, by an evaluation engine, with a {@link FindingDraft}, whose
 * findings format their message when it is first read. Either way a finding is an immutable value: equality and
 * hash code compare every attribute, whichever way the findings were built, and the JSON is the same.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {

  Finding() {}

  /**
   * Returns the stable finding code.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the outcome of the check.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns the JSON Pointer of the checked value within the evaluated record.
   *
   * @return the pointer, {@code ""} for the whole record
   */
  public abstract String path();

  /**
   * Returns the explanation in plain English.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns the specification or profile that produced the finding.
   *
   * @return the reference, or empty for structural findings
   */
  public abstract Optional<SpecificationRef> specification();

  /**
   * Returns the criterion id within the specification.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> criterionId();

  /**
   * Returns the observed value as text (for qualitative results, the outcome code).
   *
   * @return the observed text, or empty when nothing was observed
   */
  public abstract Optional<String> observed();

  /**
   * Returns the observed quantity as reported.
   *
   * @return the quantity, or empty
   */
  public abstract Optional<Quantity> observedQuantity();

  /**
   * Returns the observed quantity converted to the limit's unit.
   *
   * @return the converted quantity, or empty
   */
  public abstract Optional<Quantity> convertedQuantity();

  /**
   * Returns the numeric limit applied.
   *
   * @return the limit, or empty
   */
  public abstract Optional<QuantityRange> limit();

  /**
   * Returns the warning band applied.
   *
   * @return the band, or empty
   */
  public abstract Optional<QuantityRange> warningBand();

  /**
   * Returns where the observed value lies relative to limit and band.
   *
   * @return the band position, or empty when no numeric comparison was made
   */
  public abstract Optional<Band> band();

  /**
   * Returns what was expected, in plain English.
   *
   * @return the expectation, or empty
   */
  public abstract Optional<String> expected();

  /**
   * Returns the source of the rule.
   *
   * @return the citation, or empty
   */
  public abstract Optional<Citation> source();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  /**
   * Returns a one-line summary: outcome, code, path, observed, expected, source.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(outcome()).append(' ').append(code()).append(' ')
        .append(path().isEmpty() ? "/" : path());
    observed().ifPresent(o -> sb.append(" observed=").append(o));
    expected().ifPresent(e -> sb.append(" expected=").append(e));
    source().ifPresent(s -> sb.append(" source=").append(s.label()));
    return sb.toString();
  }

  @Value.Check
  void check() {
    if (KNOWN_CODES.valid(code()) && KNOWN_PATHS.valid(path()) && messageHasText()) {
      return; // every finding of every report is built: the valid case costs no collection of violations
    }
    Check.all(() -> {
      Check.require(isCode(code()), "Finding", "code", code(),
          "an upper-case dotted code such as ISCT2006.POSITIVE_MARKER.OUT_OF_LIMIT");
      Check.require(JsonPointer.isValid(path()), "Finding", "path", path(), "an RFC 6901 JSON Pointer");
      Check.notBlank(message(), "Finding", "message");
    });
  }

  /**
   * Tells whether the message has a character that is not white space; a finding whose message is formatted later
   * answers without formatting it when its template can never give a blank text.
   */
  boolean messageHasText() {
    return hasText(message());
  }

  /**
   * Returns the specification reference or null, for the report's check of every finding: a finding built by a
   * draft answers from its field without wrapping it.
   */
  SpecificationRef specificationOrNull() {
    return specification().orElse(null);
  }

  /**
   * Tells whether another object is a finding with equal attributes, whichever way either was built.
   *
   * @param another the object
   * @return true if equal
   */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof Finding)) {
      return false;
    }
    Finding o = (Finding) another;
    return code().equals(o.code()) && outcome() == o.outcome() && severity() == o.severity()
        && path().equals(o.path()) && message().equals(o.message()) && specification().equals(o.specification())
        && criterionId().equals(o.criterionId()) && observed().equals(o.observed())
        && observedQuantity().equals(o.observedQuantity()) && convertedQuantity().equals(o.convertedQuantity())
        && limit().equals(o.limit()) && warningBand().equals(o.warningBand()) && band().equals(o.band())
        && expected().equals(o.expected()) && source().equals(o.source());
  }

  /**
   * Returns a hash code of every attribute, equal for equal findings however they were built.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + code().hashCode();
    h += (h << 5) + outcome().hashCode();
    h += (h << 5) + severity().hashCode();
    h += (h << 5) + path().hashCode();
    h += (h << 5) + message().hashCode();
    h += (h << 5) + java.util.Objects.hashCode(specification().orElse(null));
    h += (h << 5) + java.util.Objects.hashCode(criterionId().orElse(null));
    h += (h << 5) + java.util.Objects.hashCode(observed().orElse(null));
    h += (h << 5) + java.util.Objects.hashCode(observedQuantity().orElse(null));
    h += (h << 5) + java.util.Objects.hashCode(convertedQuantity().orElse(null));
    h += (h << 5) + java.util.Objects.hashCode(limit().orElse(null));
    h += (h << 5) + java.util.Objects.hashCode(warningBand().orElse(null));
    h += (h << 5) + java.util.Objects.hashCode(band().orElse(null));
    h += (h << 5) + java.util.Objects.hashCode(expected().orElse(null));
    h += (h << 5) + java.util.Objects.hashCode(source().orElse(null));
    return h;
  }

  /**
   * Code and path instances already found valid. The engine gives its findings the same few hundred codes and
   * pointers as shared string instances, so finding the very instance in a small table replaces a scan of every
   * character; a string built anew is scanned as before.
   */
  private static final ValidStrings KNOWN_CODES = new ValidStrings(Finding::isCode);
  private static final ValidStrings KNOWN_PATHS = new ValidStrings(JsonPointer::isValid);

  /**
   * A validity test with a table of string instances that passed it, in front of it. The table is indexed by the
   * string's hash code (kept in the string once computed, cheaper than an identity hash), with up to
   * {@value #PROBES} slots tried from there, and holds at most {@value #SLOTS} instances, each slot keeping the first
   * instance put in it (the shared codes and pointers of the first checks); a hit needs the very instance (strings
   * are immutable, so it is still valid), so nothing invalid gets through. Thread-safe: slots hold references to
   * immutable strings, written and read whole; a slot another thread fills at the same time is at worst a miss, and a
   * full table is only read.
   */
  static final class ValidStrings {
    /** Slots in the table. */
    static final int SLOTS = 4096;
    /** Slots tried for one string, from its hash code on. */
    static final int PROBES = 8;
    private final java.util.function.Predicate<String> test;
    private final String[] slots = new String[SLOTS];

    ValidStrings(java.util.function.Predicate<String> test) {
      this.test = test;
    }

    /** Tells whether {@code s} passes the test. */
    boolean valid(String s) {
      int h = s.hashCode();
      int free = -1;
      for (int k = 0; k < PROBES; k++) {
        int slot = (h + k) & (SLOTS - 1);
        String kept = slots[slot];
        if (kept == s) {
          return true;
        }
        if (kept == null) {
          free = slot;
          break;
        }
      }
      if (!test.test(s)) {
        return false;
      }
      if (free >= 0) {
        slots[free] = s; // first come, kept: once the slots are taken nothing is written, so threads share them
      }
      return true;
    }

    /** Tells whether this very instance is in the table, for tests. */
    boolean holds(String s) {
      int h = s.hashCode();
      for (int k = 0; k < PROBES; k++) {
        if (slots[(h + k) & (SLOTS - 1)] == s) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Tells whether a text is not blank, deciding on its first character when that is not white space (every engine
   * message): {@link String#isBlank()} on the messages of a report was a measurable part of a check.
   */
  static boolean hasText(String s) {
    return (!s.isEmpty() && !Character.isWhitespace(s.charAt(0))) || !s.isBlank();
  }

  /**
   * Tells whether a code matches {@code [A-Z0-9_]+(\.[A-Z0-9_]+)*}, without a regular expression: this check runs
   * for every finding of every report.
   */
  static boolean isCode(String code) {
    boolean segmentEmpty = true;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '.') {
        if (segmentEmpty) {
          return false;
        }
        segmentEmpty = true;
      } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
        segmentEmpty = false;
      } else {
        return false;
      }
    }
    return !segmentEmpty;
  }
}
