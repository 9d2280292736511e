package org.paracrine.validation.profiles;

import java.util.List;
import java.util.stream.Collectors;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.vocabulary.DifferentiationLineage;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.OutcomeClass;
import org.paracrine.core.vocabulary.SourceMaterialType;
import org.paracrine.validation.internal.Sources;

/**
 * ISCT minimal criteria for MSC identity (Dominici M et al., Cytotherapy 2006;8(4):315-317, DOI
 * 10.1080/14653240600855905): CD73, CD90, CD105 each ≥ 95 % positive; CD45, CD34, CD14 or CD11b, CD79α or CD19,
 * HLA-DR each ≤ 2 % positive; adherence to plastic; osteogenic, adipogenic and chondrogenic differentiation. A data
 * profile: {@link #specification()} holds one criterion per marker, slot, adherence and lineage.
 *
 * <p><b>Applies</b> when the product's source material is cultured cells (specification scope). The identity
 * checked is the lot's {@code cellIdentity} when present ({@code /lot/cellIdentity}), else the product source's
 * {@code identity} ({@code /product/source/identity}): the {@code CELL_MARKER}, {@code PLASTIC_ADHERENCE} and
 * {@code DIFFERENTIATION} selectors.
 *
 * <p><b>Rules.</b> One finding per positive marker ({@code ISCT2006.POSITIVE_MARKER}, criterion id
 * {@code positive-marker:<CD name>}), per negative slot ({@code ISCT2006.NEGATIVE_MARKER},
 * {@code negative-marker:<names joined by |>}), for adherence ({@code ISCT2006.ADHERENCE},
 * {@code plastic-adherence}) and per lineage ({@code ISCT2006.DIFFERENTIATION}, {@code differentiation:<lineage>}).
 * Boundaries are inclusive as published: 95.0 % passes, 94.99 % fails; 2.0 % passes, 2.01 % fails. A slot with
 * alternatives is one selector naming all of them under quantifier ALL: it passes when at least one alternative was
 * measured and every measured alternative is within the limit. A marker reported only qualitatively has no
 * comparable value (the criterion is a percentage by flow cytometry): MISSING. Differentiation passes on a positive
 * or conforming outcome, fails on a negative or non-conforming one and is missing otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class Isct2006Profile extends AbstractDataProfile<Isct2006Parameters> {
  /** Profile id. */
  public static final String ID = "paracrine.isct-2006-msc-identity";
  /** Profile version. */
  public static final String VERSION = "2.0.0";

  private Isct2006Profile(Isct2006Parameters parameters) {
    super(specification(parameters), parameters);
  }

  /**
   * Creates the profile with the published defaults.
   *
   * @return the profile
   */
  public static Isct2006Profile withDefaults() {
    return of(Isct2006Parameters.defaults());
  }

  /**
   * Creates the profile with the given parameters.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static Isct2006Profile of(Isct2006Parameters parameters) {
    return new Isct2006Profile(parameters);
  }

  private static ReleaseSpecification specification(Isct2006Parameters p) {
    var spec = ReleaseSpecification.builder().id(ID).version(VERSION)
        .title("ISCT 2006 minimal criteria for MSC identity (Dominici 2006)").addSources(Sources.DOMINICI_2006)
        .scope(Scope.builder().addSourceMaterialTypes(SourceMaterialType.CULTURED_CELLS.term()).build());
    QuantityRange positive = QuantityRange.atLeast(p.positiveMinimum());
    for (Marker m : p.positiveMarkers()) {
      spec.addCriterion(AcceptanceCriterion.builder().id("positive-marker:" + m.commonName())
          .code("ISCT2006.POSITIVE_MARKER").selector(Selector.of(SelectorKind.CELL_MARKER, m.commonName()))
          .limit(positive).severity(p.severity()).source(Sources.DOMINICI_2006)
          .description(m.commonName() + " positive by flow cytometry").build());
    }
    QuantityRange negative = QuantityRange.atMost(p.negativeMaximum());
    for (List<Marker> slot : p.negativeSlots()) {
      List<String> names = slot.stream().map(Marker::commonName).collect(Collectors.toList());
      spec.addCriterion(AcceptanceCriterion.builder().id("negative-marker:" + String.join("_or_", names))
          .code("ISCT2006.NEGATIVE_MARKER").selector(Selector.builder().kind(SelectorKind.CELL_MARKER)
              .names(names).build())
          .limit(negative).severity(p.severity()).source(Sources.DOMINICI_2006)
          .description(String.join(" or ", names) + " negative by flow cytometry").build());
    }
    if (p.requirePlasticAdherence()) {
      spec.addCriterion(AcceptanceCriterion.builder().id("plastic-adherence").code("ISCT2006.ADHERENCE")
          .selector(Selector.builder().kind(SelectorKind.PLASTIC_ADHERENCE).build())
          .addAcceptableClasses(OutcomeClass.CONFORMS).severity(p.severity()).source(Sources.DOMINICI_2006)
          .description("adherent to plastic under standard culture conditions").build());
    }
    for (DifferentiationLineage l : p.requiredLineages()) {
      spec.addCriterion(AcceptanceCriterion.builder().id("differentiation:" + l.code())
          .code("ISCT2006.DIFFERENTIATION")
          .selector(Selector.builder().kind(SelectorKind.DIFFERENTIATION).lineage(l.term()).build())
          .addAcceptableClasses(OutcomeClass.POSITIVE, OutcomeClass.CONFORMS).severity(p.severity())
          .source(Sources.DOMINICI_2006).description(l.display() + " differentiation shown").build());
    }
    return spec.build();
  }
}
