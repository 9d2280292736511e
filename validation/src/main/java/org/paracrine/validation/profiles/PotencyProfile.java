package org.paracrine.validation.profiles;

import org.paracrine.core.report.Outcome;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ImmutableAcceptanceCriterion;
import org.paracrine.core.spec.ImmutableScope;
import org.paracrine.core.spec.Quantifier;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.SourceMaterialType;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.ProfilePurpose;
import org.paracrine.validation.internal.Sources;

/**
 * Quantitative potency for lot release (U.S. FDA, Potency Assurance for Cellular and Gene Therapy Products, draft
 * guidance for industry, December 2023, docket FDA-2023-D-4299): each lot has a quantitative potency result, and
 * the result is compared with a reference standard against an acceptance criterion. A data profile.
 *
 * <p><b>Purpose</b>: {@link ProfilePurpose#RELEASE}.
 *
 * <p><b>Applies</b> to the product types and source materials of {@link PotencyParameters} (default: EV
 * preparations from cultured cells; conditioned medium, concentrated and lyophilised secretome when the user adds
 * them).
 *
 * <p><b>Criteria</b> (stem {@code POTENCY.<rule>}): {@code potency} ({@code TEST_RESULT} potency, quantitative,
 * {@code ANY}: a numeric value; a qualitative-only result fails {@code NOT_QUANTITATIVE}; severity ERROR);
 * {@code relative-potency} ({@code TEST_RESULT} potency with analyte {@code relative-potency}: the potency of the lot
 * as a percentage of the reference standard): when the user sets the acceptance criterion
 * {@link PotencyParameters#relativePotencyLimit()} every lot in scope must report it and is judged against it
 * (severity ERROR by default); without one a reported relative potency counts as reported and its absence is not
 * applicable. Confidence VERIFY for the wording of the reference-standard expectation. Immutable and thread-safe.
 */
public final class PotencyProfile extends AbstractDataProfile<PotencyParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.potency-fda-2023";
  /** Profile version. */
  public static final String VERSION = "1.0.0";
  /** The analyte of a potency result expressed relative to the reference standard, in %. */
  public static final String RELATIVE_POTENCY = "relative-potency";

  private PotencyProfile(PotencyParameters parameters) {
    super(specification(parameters), parameters, ProfilePurpose.RELEASE);
  }

  /**
   * Creates the profile with the defaults.
   *
   * @return the profile
   */
  public static PotencyProfile withDefaults() {
    return of(PotencyParameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static PotencyProfile of(PotencyParameters parameters) {
    return new PotencyProfile(parameters);
  }

  private static ReleaseSpecification specification(PotencyParameters p) {
    ImmutableScope.Builder scope = Scope.builder();
    for (ProductType t : p.productTypes()) {
      scope.addProductTypes(t.term());
    }
    for (SourceMaterialType t : p.sourceMaterialTypes()) {
      scope.addSourceMaterialTypes(t.term());
    }
    var spec = ReleaseSpecification.builder().id(ID).version(VERSION)
        .title("Quantitative potency with a reference standard (FDA 2023 draft guidance)")
        .addSources(Sources.FDA_POTENCY_2023, Sources.FDA_POTENCY_2023_REFERENCE).scope(scope.build());
    spec.addCriterion(AcceptanceCriterion.builder().id("potency").code("POTENCY.QUANTITATIVE")
        .selector(Selector.testResult(QualityAttribute.POTENCY)).quantifier(Quantifier.ANY).quantitative(true)
        .severity(p.severity()).source(Sources.FDA_POTENCY_2023)
        .description("a quantitative, mechanism-of-action potency result").build());
    ImmutableAcceptanceCriterion.Builder relative = AcceptanceCriterion.builder().id("relative-potency")
        .code("POTENCY.REFERENCE_STANDARD")
        .selector(Selector.builder().kind(SelectorKind.TEST_RESULT).attribute(Term.of(QualityAttribute.POTENCY))
            .addNames(RELATIVE_POTENCY).build())
        .severity(p.referenceSeverity()).source(Sources.FDA_POTENCY_2023_REFERENCE);
    if (p.relativePotencyLimit().isPresent()) {
      relative.limit(p.relativePotencyLimit().get())
          .description("potency relative to the reference standard within the acceptance criterion");
    } else {
      relative.quantitative(true).ifNoneSelected(Outcome.NOT_APPLICABLE).description("potency relative to the"
          + " reference standard, when reported (no acceptance criterion set)");
    }
    spec.addCriterion(relative.build());
    return spec.build();
  }
}
