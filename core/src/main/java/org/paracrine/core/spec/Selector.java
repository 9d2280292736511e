package org.paracrine.core.spec;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.DifferentiationLineage;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.core.vocabulary.NormalisationBasis;
import org.paracrine.core.vocabulary.OxygenCondition;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.core.vocabulary.TissueSource;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Addresses the values of a product and lot that an {@link AcceptanceCriterion} judges: test results, the producing
 * cells' identity markers and viability, differentiation, EV markers, particle/protein/lipid concentrations and their
 * ratio, size-distribution statistics, composition analytes, process parameters, formulation, doses and donor tests.
 * A selector is data: it is written in specification documents and resolved by the release engine to the selected
 * values with their JSON Pointers.
 *
 * <p>Which members a kind uses is listed on {@link SelectorKind}; a member that the kind does not use is refused.
 * Names ({@link #names()}) match markers by HGNC symbol or CD name, analytes by code or common name, and donor tests
 * by code, ignoring case.
 *
 * <pre>{@code
 * Selector cd105 = Selector.of(SelectorKind.CELL_MARKER, "CD105");        // also selects a result coded ENG
 * Selector d90 = Selector.builder().kind(SelectorKind.SIZE).statistic(SizeStatistic.D90).build();
 * Selector endotoxin = Selector.testResult(QualityAttribute.ENDOTOXIN);
 * }</pre>
 *
 * <p>Invariants: {@code TEST_RESULT} needs an attribute; {@code CELL_MARKER} and {@code COMPOSITION} need at least
 * one name; {@code EV_MARKER} needs names or a category; {@code DIFFERENTIATION} needs a lineage; {@code SIZE} needs
 * a statistic, and {@code FRACTION_WITHIN} a size range; the parameter kinds need a parameter from their list.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSelector.class)
@JsonDeserialize(as = ImmutableSelector.class)
public abstract class Selector {
  /** Parameters a {@link SelectorKind#PROCESS_PARAMETER} selector accepts. */
  public static final List<String> PROCESS_PARAMETERS = List.of("oxygen", "carbon-dioxide", "temperature",
      "duration", "passage", "supplement-concentration", "harvest-viability", "cells-at-harvest",
      "confluence-at-start", "medium-volume", "ev-depletion-method", "virus-safety-evidence",
      "priming-concentration", "priming-duration");
  /** Parameters a {@link SelectorKind#EXPANSION_PARAMETER} selector accepts. */
  public static final List<String> EXPANSION_PARAMETERS = List.of("oxygen", "carbon-dioxide", "temperature",
      "duration", "passage", "supplement-concentration", "confluence-at-harvest", "doubling-time",
      "virus-safety-evidence");
  /** Parameters a {@link SelectorKind#FORMULATION} selector accepts. */
  public static final List<String> FORMULATION_PARAMETERS = List.of("ph", "osmolality", "fill-volume",
      "secretome-content");

  /**
   * Parameters a {@link SelectorKind#TEST_RESULT} selector accepts (none selects the value or outcome):
   * {@code lod-cfu} and {@code lod-genome-copies} (the limit of detection, in colony-forming units or in genome
   * copies), {@code incubation-duration}, {@code method-validated} and {@code sampled-cells-and-supernatant}.
   */
  public static final List<String> TEST_RESULT_PARAMETERS = List.of("lod-cfu", "lod-genome-copies",
      "incubation-duration", "method-validated", "sampled-cells-and-supernatant");
  /** Parameters a {@link SelectorKind#LOT_DATE} selector accepts. */
  public static final List<String> LOT_DATE_PARAMETERS = List.of("days-to-expiry", "dating-period");

  /** Parameters a {@link SelectorKind#VESICLE_IMAGING} selector accepts (none means {@code bilayer}). */
  public static final List<String> IMAGING_PARAMETERS = List.of("bilayer", "wide-field-and-close-up", "shown");

  /** The parameters of a {@link SelectorKind#SIZE_CLAIM} selector: the sizing method or the declared cut-off. */
  public static final List<String> SIZE_CLAIM_PARAMETERS = List.of("method", "cut-off");

  Selector() {}

  /**
   * Returns what the selector addresses.
   *
   * @return the kind
   */
  public abstract SelectorKind kind();

  /**
   * Returns the quality attribute of a {@link SelectorKind#TEST_RESULT} selector.
   *
   * @return the attribute, or empty for other kinds
   */
  public abstract Optional<Term<QualityAttribute>> attribute();

  /**
   * Returns the names selected: analytes of test results or composition, markers, donor test types. Any of them
   * matches (one selector for ISCT's "CD14 or CD11b" slot names both).
   *
   * @return the names, possibly empty
   */
  @Size(max = 100)
  public abstract List<@Size(max = 200) String> names();

  /**
   * Returns the methods whose results may be used; empty allows any method. Applies to test results, markers,
   * concentrations and the size distribution.
   *
   * @return the allowed methods
   */
  public abstract List<Term<AnalyticalMethod>> methods();

  /**
   * Returns the MISEV2018 protein category of an {@link SelectorKind#EV_MARKER} selector.
   *
   * @return the category, or empty
   */
  public abstract Optional<Term<MisevCategory>> category();

  /**
   * Returns the lineage of a {@link SelectorKind#DIFFERENTIATION} selector.
   *
   * @return the lineage, or empty
   */
  public abstract Optional<Term<DifferentiationLineage>> lineage();

  /**
   * Returns the size statistic of a {@link SelectorKind#SIZE} selector.
   *
   * @return the statistic, or empty
   */
  public abstract Optional<SizeStatistic> statistic();

  /**
   * Returns the diameter range whose share a {@link SizeStatistic#FRACTION_WITHIN} selector computes.
   *
   * @return the range, or empty
   */
  public abstract Optional<QuantityRange> sizeRange();

  /**
   * Returns the normalisation a {@link SelectorKind#COMPOSITION} selector is restricted to.
   *
   * @return the basis, or empty for any
   */
  public abstract Optional<Term<NormalisationBasis>> normalisation();

  /**
   * Returns the parameter of a {@link SelectorKind#PROCESS_PARAMETER}, {@link SelectorKind#EXPANSION_PARAMETER},
   * {@link SelectorKind#FORMULATION}, {@link SelectorKind#VESICLE_IMAGING}, {@link SelectorKind#TEST_RESULT} or
   * {@link SelectorKind#LOT_DATE} selector.
   *
   * @return the parameter name, or empty
   */
  public abstract Optional<String> parameter();

  /**
   * Returns the oxygen condition a {@link SelectorKind#PROCESS_PARAMETER} or {@link SelectorKind#EXPANSION_PARAMETER}
   * selector is restricted to: only culture steps claiming it are selected, and a claiming step that does not state
   * the parameter is selected without a value (so a claim without its O₂ level is reported, and a process without
   * the claim selects nothing).
   *
   * @return the claimed condition, or empty for every step
   */
  public abstract Optional<Term<OxygenCondition>> oxygenCondition();

  /**
   * Returns, for a {@link SelectorKind#DONOR_TEST} selector, the donor age up to which (inclusive) only tests on the
   * birth mother's specimen count (21 CFR 1271.80(a): a donor 1 month of age or younger).
   *
   * @return the age, e.g. {@code 1 mo}, or empty to count every specimen
   */
  public abstract Optional<org.paracrine.core.quantity.Quantity> maternalSpecimenAge();

  /**
   * Returns, for a {@link SelectorKind#DONOR_TEST} selector with {@link #maternalSpecimenAge()}, the tissues whose
   * donor counts as that young when the donor's age is not recorded (the perinatal tissues).
   *
   * @return the tissues, possibly empty
   */
  public abstract List<Term<TissueSource>> perinatalTissues();

  /**
   * Creates a selector of a kind with names (markers, analytes, donor tests).
   *
   * @param kind the kind
   * @param names the names
   * @return the selector
   */
  public static Selector of(SelectorKind kind, String... names) {
    return builder().kind(kind).addNames(names).build();
  }

  /**
   * Creates a test-result selector.
   *
   * @param attribute the attribute
   * @return the selector
   */
  public static Selector testResult(QualityAttribute attribute) {
    return builder().kind(SelectorKind.TEST_RESULT).attribute(attribute.term()).build();
  }

  /**
   * Creates a parameter selector ({@link SelectorKind#PROCESS_PARAMETER}, {@link SelectorKind#EXPANSION_PARAMETER}
   * or {@link SelectorKind#FORMULATION}).
   *
   * @param kind the kind
   * @param parameter the parameter name
   * @return the selector
   */
  public static Selector parameter(SelectorKind kind, String parameter) {
    return builder().kind(kind).parameter(parameter).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableSelector.Builder builder() {
    return ImmutableSelector.builder();
  }

  /**
   * Describes the selection in words for findings, e.g. {@code "cell marker CD105"}.
   *
   * @return the description
   */
  public String describe() {
    StringBuilder sb = new StringBuilder(kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    attribute().ifPresent(a -> sb.append(' ').append(a.code()));
    if (!names().isEmpty()) {
      sb.append(' ').append(String.join(" or ", names()));
    }
    category().ifPresent(c -> sb.append(' ').append(c.code()));
    lineage().ifPresent(l -> sb.append(' ').append(l.code()));
    statistic().ifPresent(s -> sb.append(' ').append(s.name().toLowerCase(java.util.Locale.ROOT)));
    sizeRange().ifPresent(r -> sb.append(' ').append(r.describe()));
    parameter().ifPresent(p -> sb.append(' ').append(p));
    oxygenCondition().ifPresent(o -> sb.append(" under claimed ").append(o.code()));
    maternalSpecimenAge().ifPresent(a -> sb.append(" (birth mother's specimen for a donor up to ").append(a)
        .append(perinatalTissues().isEmpty() ? "" : " or, without an age, from " + perinatalTissues()).append(')'));
    normalisation().ifPresent(n -> sb.append(" (").append(n.code()).append(')'));
    if (!methods().isEmpty()) {
      sb.append(" by ").append(methods());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return describe();
  }

  @Value.Check
  void check() {
    String t = "Selector";
    SelectorKind k = kind();
    only(k == SelectorKind.TEST_RESULT, attribute().isPresent(), "attribute");
    only(k == SelectorKind.EV_MARKER, category().isPresent(), "category");
    only(k == SelectorKind.DIFFERENTIATION, lineage().isPresent(), "lineage");
    only(k == SelectorKind.SIZE, statistic().isPresent(), "statistic");
    only(k == SelectorKind.SIZE, sizeRange().isPresent(), "sizeRange");
    only(k == SelectorKind.COMPOSITION, normalisation().isPresent(), "normalisation");
    only(k == SelectorKind.PROCESS_PARAMETER || k == SelectorKind.EXPANSION_PARAMETER
        || k == SelectorKind.FORMULATION || k == SelectorKind.VESICLE_IMAGING || k == SelectorKind.SIZE_CLAIM
        || k == SelectorKind.TEST_RESULT || k == SelectorKind.LOT_DATE, parameter().isPresent(), "parameter");
    only(k == SelectorKind.PROCESS_PARAMETER || k == SelectorKind.EXPANSION_PARAMETER, oxygenCondition().isPresent(),
        "oxygenCondition");
    only(k == SelectorKind.TEST_RESULT || k == SelectorKind.CELL_MARKER || k == SelectorKind.EV_MARKER
        || k == SelectorKind.COMPOSITION || k == SelectorKind.DONOR_TEST || k == SelectorKind.DONOR_TEST_LICENSING,
        !names().isEmpty(), "names");
    only(k == SelectorKind.DONOR_TEST, maternalSpecimenAge().isPresent(), "maternalSpecimenAge");
    only(k == SelectorKind.DONOR_TEST && maternalSpecimenAge().isPresent(), !perinatalTissues().isEmpty(),
        "perinatalTissues");
    maternalSpecimenAge().ifPresent(a -> Check.require(a.isConvertibleTo("d"), t, "maternalSpecimenAge",
        a.toString(), "a donor age in a time unit (e.g. 1 mo)"));
    for (String n : names()) {
      Check.require(n != null && !n.isBlank(), t, "names", n, "non-blank names");
    }
    switch (k) {
      case TEST_RESULT:
        Check.require(attribute().isPresent(), t, "attribute", "none", "the quality attribute of the test results");
        if (parameter().isPresent()) {
          parameterFrom(TEST_RESULT_PARAMETERS);
        }
        break;
      case LOT_DATE:
        parameterFrom(LOT_DATE_PARAMETERS);
        break;
      case CELL_MARKER:
      case COMPOSITION:
        Check.require(!names().isEmpty(), t, "names", "[]", () -> "at least one name for a " + k + " selector");
        break;
      case EV_MARKER:
        Check.require(!names().isEmpty() || category().isPresent(), t, "names", "[]",
            "marker names or a MISEV category for an EV_MARKER selector");
        break;
      case DIFFERENTIATION:
        Check.require(lineage().isPresent(), t, "lineage", "none", "the lineage (osteogenic, adipogenic, ...)");
        break;
      case SIZE:
        Check.require(statistic().isPresent(), t, "statistic", "none", "a size statistic (D10, D50, D90, ...)");
        Check.require(statistic().get() != SizeStatistic.FRACTION_WITHIN || sizeRange().isPresent(), t,
            "sizeRange", "none", "a diameter range for FRACTION_WITHIN");
        Check.require(statistic().get() == SizeStatistic.FRACTION_WITHIN || sizeRange().isEmpty(), t,
            "sizeRange", sizeRange().map(QuantityRange::describe).orElse(""), "no size range beside "
                + statistic().get());
        sizeRange().ifPresent(r -> Check.require(r.isComparableTo(org.paracrine.core.quantity.Quantity.of(1, "nm")),
            t, "sizeRange", r.describe(), "a diameter range in a length unit (e.g. nm)"));
        break;
      case PROCESS_PARAMETER:
        parameterFrom(PROCESS_PARAMETERS);
        break;
      case EXPANSION_PARAMETER:
        parameterFrom(EXPANSION_PARAMETERS);
        break;
      case FORMULATION:
        parameterFrom(FORMULATION_PARAMETERS);
        break;
      case VESICLE_IMAGING:
        if (parameter().isPresent()) {
          parameterFrom(IMAGING_PARAMETERS);
        }
        break;
      case SIZE_CLAIM:
        if (parameter().isPresent()) {
          parameterFrom(SIZE_CLAIM_PARAMETERS);
        }
        break;
      default:
        break;
    }
  }

  private void parameterFrom(List<String> allowed) {
    Check.require(parameter().isPresent() && allowed.contains(parameter().get()), "Selector", "parameter",
        parameter().orElse("none"), () -> "one of " + allowed + " for a " + kind() + " selector");
  }

  private void only(boolean allowed, boolean present, String member) {
    Check.require(allowed || !present, "Selector", member, "set", () -> "no " + member + " on a " + kind()
        + " selector");
  }
}
