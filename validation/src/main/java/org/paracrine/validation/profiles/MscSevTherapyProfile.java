package org.paracrine.validation.profiles;

import java.util.List;
import java.util.stream.Collectors;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ImmutableScope;
import org.paracrine.core.spec.Quantifier;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.OutcomeClass;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.SourceMaterialType;
import org.paracrine.validation.ProfilePurpose;
import org.paracrine.validation.internal.Sources;

/**
 * MSC-derived small EVs for therapy (Witwer KW et al., J Extracell Vesicles 2019;8:1609206, DOI
 * 10.1080/20013078.2019.1609206; ISEV, ISCT, ISBT, SOCRATES): MSC origin shown on the EVs, evidence of lipid-membrane
 * vesicles and vesicle integrity. A data profile: {@link #specification()} holds one criterion per rule. The
 * quantitative-potency requirement of lot release is not Witwer 2019's (its criteria define and characterise
 * MSC-sEV): it is cited to FDA's draft potency-assurance guidance in {@link PotencyProfile}.
 *
 * <p><b>Purpose</b>: {@link ProfilePurpose#CHARACTERISATION}: items warn by default
 * ({@link MscSevTherapyParameters#severity()}).
 *
 * <p><b>Applies</b> to EV preparations made from cultured cells (specification scope: product types that are EV
 * preparations and source material cultured cells; an EV product from a native biofluid, such as acellular
 * amniotic fluid, is not MSC-derived).
 *
 * <p><b>Criteria</b> (stem {@code WITWER2019.<rule>}). {@code origin-marker:<CD name>}: each origin marker (default
 * CD73, CD105, CD44; Nguyen 2024, DOI 10.1002/jev2.12463) detected on the EVs ({@code EV_MARKER}: a positive outcome or
 * a percentage above {@link MscSevTherapyParameters#markerDetectedAbove()}, a cited parameter with confidence VERIFY). {@code haematopoietic-markers}: at least one haematopoietic marker (default CD45, CD11b,
 * CD197) assessed and none detected (every assessed one negative or at most the threshold). {@code membrane-vesicles}
 * ({@code MEMBRANE_EVIDENCE}, {@code ANY}): a lipid bilayer seen by imaging, or a transmembrane (MISEV category 1)
 * marker shown together with a lipid quantification; a bilayer looked for and not seen fails. {@code integrity}
 * ({@code INTEGRITY}): the result conforms or is positive (e.g. detergent lysis sensitivity). The details of these pillars in the full text
 * were not re-read, so the citations for membrane vesicles and integrity are marked "verify". Immutable and
 * thread-safe.
 */
public final class MscSevTherapyProfile extends AbstractDataProfile<MscSevTherapyParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.msc-sev-therapy-witwer-2019";
  /** Profile version. */
  public static final String VERSION = "3.0.0";

  private MscSevTherapyProfile(MscSevTherapyParameters parameters) {
    super(specification(parameters), parameters, ProfilePurpose.CHARACTERISATION);
  }

  /**
   * Creates the profile with the defaults.
   *
   * @return the profile
   */
  public static MscSevTherapyProfile withDefaults() {
    return of(MscSevTherapyParameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static MscSevTherapyProfile of(MscSevTherapyParameters parameters) {
    return new MscSevTherapyProfile(parameters);
  }

  private static ReleaseSpecification specification(MscSevTherapyParameters p) {
    ImmutableScope.Builder scope = Scope.builder().addSourceMaterialTypes(SourceMaterialType.CULTURED_CELLS.term());
    for (ProductType t : ProductType.values()) {
      if (t.evPreparation()) {
        scope.addProductTypes(t.term());
      }
    }
    Severity sev = p.severity();
    var spec = ReleaseSpecification.builder().id(ID).version(VERSION)
        .title("MSC-derived small EVs for therapy (Witwer 2019, ISEV/ISCT)")
        .addSources(Sources.NGUYEN_2024, Sources.NGUYEN_2024_MARKER_THRESHOLD, Sources.WITWER_2019).scope(scope.build());
    QuantityRange shown = QuantityRange.greaterThan(p.markerDetectedAbove());
    for (Marker m : p.originMarkers()) {
      spec.addCriterion(AcceptanceCriterion.builder().id("origin-marker:" + m.commonName())
          .code("WITWER2019.ORIGIN_MARKER").selector(Selector.of(SelectorKind.EV_MARKER, m.code()))
          .limit(shown).addAcceptableClasses(OutcomeClass.POSITIVE).severity(sev)
          .source(Sources.NGUYEN_2024_MARKER_THRESHOLD).description(m.commonName() + " detected on the EVs").build());
    }
    List<String> haematopoietic = p.haematopoieticMarkers().stream().map(Marker::code).collect(Collectors.toList());
    spec.addCriterion(AcceptanceCriterion.builder().id("haematopoietic-markers").code("WITWER2019.HAEMATOPOIETIC_MARKER")
        .selector(Selector.builder().kind(SelectorKind.EV_MARKER).names(haematopoietic).build())
        .limit(QuantityRange.atMost(p.markerDetectedAbove())).addAcceptableClasses(OutcomeClass.NEGATIVE).severity(sev)
        .source(Sources.NGUYEN_2024_MARKER_THRESHOLD).description("assessed and not detected: " + p.haematopoieticMarkers().stream()
            .map(Marker::commonName).collect(Collectors.joining(", "))).build());
    spec.addCriterion(AcceptanceCriterion.builder().id("membrane-vesicles").code("WITWER2019.MEMBRANE_VESICLES")
        .selector(Selector.builder().kind(SelectorKind.MEMBRANE_EVIDENCE).build()).quantifier(Quantifier.ANY)
        .addAcceptableClasses(OutcomeClass.CONFORMS).severity(sev).source(Sources.WITWER_2019_DETAIL)
        .description("a lipid bilayer seen by imaging, or a transmembrane marker with a lipid quantification")
        .build());
    spec.addCriterion(AcceptanceCriterion.builder().id("integrity").code("WITWER2019.INTEGRITY")
        .selector(Selector.builder().kind(SelectorKind.INTEGRITY).build())
        .addAcceptableClasses(OutcomeClass.CONFORMS, OutcomeClass.POSITIVE).severity(sev)
        .source(Sources.WITWER_2019_DETAIL)
        .description("an integrity result that conforms (e.g. detergent lysis sensitivity)").build());
    return spec.build();
  }
}
