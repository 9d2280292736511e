package org.paracrine.core.report;

import java.util.Optional;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.Citation;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.util.StdConverter;

/**
 * A finding built by a {@link FindingDraft}: the same values as an {@link ImmutableFinding}, with the message
 * formatted from its template when first read. Equality and hash code are those of {@link Finding}, by value; in
 * JSON it is written as the equal {@link ImmutableFinding}, so a record or report is the same whichever way its
 * findings were built.
 *
 * <p>Immutable and thread-safe. The message is kept once formatted; two threads reading it at once may both format
 * it, and both get the same text (a {@link String} is safe to publish through a race).
 */
@JsonSerialize(converter = DraftedFinding.AsImmutable.class)
final class DraftedFinding extends Finding {
  private final String code;
  /**
   * Outcome, severity and band as ordinals in one field ({@link #pack}): three references fewer make a finding
   * 8 bytes smaller, and a check builds about a hundred.
   */
  private final int enums;
  private final String path;
  private final MessageTemplate template;
  private final Object[] args;
  private final SpecificationRef specification;
  private final String criterionId;
  private final String observed;
  private final Quantity observedQuantity;
  private final Quantity convertedQuantity;
  private final QuantityRange limit;
  private final QuantityRange warningBand;
  private final String expected;
  private final Citation source;
  private String message;

  DraftedFinding(FindingDraft d) {
    code = d.code;
    enums = pack(d.outcome, d.severity, d.band);
    path = d.path;
    template = d.template;
    args = d.args;
    message = d.message;
    specification = d.specification;
    criterionId = d.criterionId;
    observed = d.observed;
    observedQuantity = d.observedQuantity;
    convertedQuantity = d.convertedQuantity;
    limit = d.limit;
    warningBand = d.warningBand;
    expected = d.expected;
    source = d.source;
    check();
  }

  @Override
  public String code() {
    return code;
  }

  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final Severity[] SEVERITIES = Severity.values();
  private static final Band[] BANDS = Band.values();

  /** Packs the three enums into bits 0–7 (outcome), 8–15 (severity) and 16–23 (band + 1, 0 for none). */
  private static int pack(Outcome outcome, Severity severity, Band band) {
    return java.util.Objects.requireNonNull(outcome, "outcome").ordinal()
        | java.util.Objects.requireNonNull(severity, "severity").ordinal() << 8
        | (band == null ? 0 : band.ordinal() + 1) << 16;
  }

  @Override
  public Outcome outcome() {
    return OUTCOMES[enums & 0xff];
  }

  @Override
  public Severity severity() {
    return SEVERITIES[(enums >>> 8) & 0xff];
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String message() {
    String m = message;
    if (m == null) {
      m = template.format(args);
      message = m;
    }
    return m;
  }

  @Override
  boolean messageHasText() {
    return (message == null && template.neverBlank()) || hasText(message());
  }

  @Override
  public Optional<SpecificationRef> specification() {
    return Optional.ofNullable(specification);
  }

  @Override
  SpecificationRef specificationOrNull() {
    return specification;
  }

  @Override
  public Optional<String> criterionId() {
    return Optional.ofNullable(criterionId);
  }

  @Override
  public Optional<String> observed() {
    return Optional.ofNullable(observed);
  }

  @Override
  public Optional<Quantity> observedQuantity() {
    return Optional.ofNullable(observedQuantity);
  }

  @Override
  public Optional<Quantity> convertedQuantity() {
    return Optional.ofNullable(convertedQuantity);
  }

  @Override
  public Optional<QuantityRange> limit() {
    return Optional.ofNullable(limit);
  }

  @Override
  public Optional<QuantityRange> warningBand() {
    return Optional.ofNullable(warningBand);
  }

  @Override
  public Optional<Band> band() {
    int b = enums >>> 16;
    return b == 0 ? Optional.empty() : Optional.of(BANDS[b - 1]);
  }

  @Override
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }

  @Override
  public Optional<Citation> source() {
    return Optional.ofNullable(source);
  }

  /** Writes a drafted finding as the equal {@link ImmutableFinding} (message formatted). */
  static final class AsImmutable extends StdConverter<DraftedFinding, ImmutableFinding> {
    @Override
    public ImmutableFinding convert(DraftedFinding value) {
      return (ImmutableFinding) ImmutableFinding.copyOf(value);
    }
  }
}
