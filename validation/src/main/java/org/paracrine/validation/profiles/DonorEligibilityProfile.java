package org.paracrine.validation.profiles;

import java.util.List;
import java.util.stream.Collectors;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ComputedLimit;
import org.paracrine.core.spec.ImmutableAcceptanceCriterion;
import org.paracrine.core.spec.ImmutableComputedLimit;
import org.paracrine.core.spec.LimitParameter;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.vocabulary.DonorRelationship;
import org.paracrine.core.vocabulary.DonorTestType;
import org.paracrine.core.vocabulary.OutcomeClass;
import org.paracrine.core.vocabulary.TissueSource;
import org.paracrine.validation.internal.Sources;

/**
 * Donor eligibility of the starting cells or tissue (21 CFR 1271 subpart C: 1271.45 determination, 1271.80 test
 * timing, birth-mother specimens and licensed tests, 1271.85 required tests) and the donor tests FDA guidance adds
 * (HBV NAT, August 2016, docket FDA-2015-D-5073; WNV NAT, September 2016, docket FDA-2013-D-1143). A data profile:
 * {@link #specification()} holds the criteria, built from {@link DonorEligibilityParameters}.
 *
 * <p><b>Applies</b> to every product whose donor is not autologous (specification scope {@code donorRelationships}
 * allogeneic; 21 CFR 1271.90(a)(1)): an autologous donor gives one {@code PROFILE.NOT_APPLICABLE}. A product
 * without a donor record is in scope, and every criterion reports it missing. The donor is the lot's {@code donor}
 * when present ({@code /lot/donor}), else the product source's ({@code /product/source/donor}).
 *
 * <p><b>Rules.</b> {@code determination} ({@code DONOR.DETERMINATION}): the recorded determination must be
 * "eligible" (21 CFR 1271.45). One criterion per test slot, {@code test:<codes joined by |>} ({@code DONOR.TEST}):
 * the {@code DONOR_TEST} selector names the slot's alternatives under quantifier ALL, so one non-reactive
 * alternative suffices and a reactive result on any alternative fails; a slot tested only on a newborn's own specimen
 * is {@code MATERNAL_SPECIMEN_MISSING}: for a donor 1 month of age or younger (the age inclusive) or, without a
 * recorded age, from a perinatal tissue, only the birth mother's specimen counts (21 CFR 1271.80(a)). Leukocyte-rich
 * tissues add HTLV-I/II and CMV (21 CFR 1271.85(b); a reactive CMV result fails with severity WARNING); other tissues
 * give {@code NOT_APPLICABLE}. {@code test:HBV-DNA-NAT} for every donor and {@code test:WNV-NAT} for a recovery date
 * in the seasonal window (scope {@code recoveryFrom}/{@code recoveryTo}, June 1 to October 31 by default) cite the
 * guidance: a reactive result fails, a missing result has {@link DonorEligibilityParameters#guidanceSeverity()}.
 * {@code licensed-screening-tests} ({@code DONOR.LICENSING}): every recorded test must be an FDA-licensed, approved or
 * cleared donor screening test (21 CFR 1271.80(c)); one recorded as not licensed fails, one whose licensing is not
 * recorded is {@code NO_COMPARABLE_RESULT} with {@link DonorEligibilityParameters#unrecordedLicensingSeverity()}.
 * {@code specimen-window} ({@code DONOR.SPECIMEN_WINDOW}): every specimen's days from recovery must lie in the
 * computed limit {@code cfr1271-80-specimen-window} (21 CFR 1271.80(b): 7 days before to 7 days after; 30 days before
 * for the extended-window tissues, bone marrow by default); the least favourable specimen is reported.
 *
 * <p>Immutable and thread-safe.
 */
public final class DonorEligibilityProfile extends AbstractDataProfile<DonorEligibilityParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.donor-eligibility-21cfr1271";
  /** Profile version. */
  public static final String VERSION = "2.0.0";

  private DonorEligibilityProfile(DonorEligibilityParameters parameters) {
    super(specification(parameters), parameters);
  }

  /**
   * Creates the profile with the regulatory defaults.
   *
   * @return the profile
   */
  public static DonorEligibilityProfile withDefaults() {
    return of(DonorEligibilityParameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static DonorEligibilityProfile of(DonorEligibilityParameters parameters) {
    return new DonorEligibilityProfile(parameters);
  }

  private static ReleaseSpecification specification(DonorEligibilityParameters p) {
    var spec = ReleaseSpecification.builder().id(ID).version(VERSION)
        .title("Donor eligibility (21 CFR 1271.45, 1271.80, 1271.85; FDA HBV and WNV NAT guidances)")
        .addSources(Sources.CFR_1271_80, Sources.CFR_1271_85A, Sources.CFR_1271_85B, Sources.CFR_1271_90,
            Sources.FDA_HBV_NAT_2016, Sources.FDA_WNV_NAT_2016)
        .scope(Scope.builder().addDonorRelationships(DonorRelationship.ALLOGENEIC.term()).build());
    spec.addCriterion(AcceptanceCriterion.builder().id("determination").code("DONOR.DETERMINATION")
        .selector(Selector.builder().kind(SelectorKind.DONOR_DETERMINATION).build())
        .addAcceptableClasses(OutcomeClass.CONFORMS).source(Sources.CFR_1271_80)
        .description("donor determined eligible before use (21 CFR 1271.45)").build());
    for (List<DonorTestType> slot : p.requiredTests()) {
      spec.addCriterion(slot(p, slot, Sources.CFR_1271_85A).build());
    }
    if (!p.leukocyteRichTissues().isEmpty()) {
      Scope leukocyteRich = Scope.builder().tissues(p.leukocyteRichTissues().stream().sorted()
          .map(TissueSource::term).collect(Collectors.toList())).build();
      for (List<DonorTestType> slot : p.leukocyteRichTests()) {
        spec.addCriterion(slot(p, slot, Sources.CFR_1271_85B).scope(leukocyteRich).build());
      }
    }
    if (p.requireHbvNat()) {
      spec.addCriterion(slot(p, List.of(DonorTestType.HBV_NAT), Sources.FDA_HBV_NAT_2016)
          .missingSeverity(p.guidanceSeverity()).build());
    }
    if (p.requireWnvNat()) {
      spec.addCriterion(slot(p, List.of(DonorTestType.WNV_NAT), Sources.FDA_WNV_NAT_2016)
          .missingSeverity(p.guidanceSeverity())
          .scope(Scope.builder().recoveryFrom(p.wnvSeasonStart().toString()).recoveryTo(p.wnvSeasonEnd().toString())
              .build()).build());
    }
    spec.addCriterion(AcceptanceCriterion.builder().id("licensed-screening-tests").code("DONOR.LICENSING")
        .selector(Selector.builder().kind(SelectorKind.DONOR_TEST_LICENSING).build())
        .addAcceptableClasses(OutcomeClass.CONFORMS).missingSeverity(p.unrecordedLicensingSeverity())
        .ifNoneSelected(Outcome.NOT_APPLICABLE).source(Sources.CFR_1271_80)
        .description("every donor test an FDA-licensed, approved or cleared donor screening test"
            + " (21 CFR 1271.80(c))").build());
    ImmutableComputedLimit.Builder window = ComputedLimit.builder().function("cfr1271-80-specimen-window")
        .addParameters(days("days-before", p.daysBeforeRecovery()), days("days-after", p.daysAfterRecovery()),
            days("extended-days-before", p.extendedDaysBeforeRecovery()));
    if (!p.extendedWindowTissues().isEmpty()) {
      window.addParameters(LimitParameter.builder().name("extended-window-tissues").text(p.extendedWindowTissues()
          .stream().sorted().map(TissueSource::code).collect(Collectors.joining(","))).source(Sources.CFR_1271_80)
          .build());
    }
    spec.addCriterion(AcceptanceCriterion.builder().id("specimen-window").code("DONOR.SPECIMEN_WINDOW")
        .selector(Selector.builder().kind(SelectorKind.DONOR_SPECIMEN_TIMING).build())
        .computedLimit(window.build()).source(Sources.CFR_1271_80)
        .description("every specimen collected in the window around recovery (21 CFR 1271.80(b))").build());
    return spec.build();
  }

  private static LimitParameter days(String name, int days) {
    return LimitParameter.builder().name(name).quantity(Quantity.of(days, "d")).source(Sources.CFR_1271_80).build();
  }

  private static ImmutableAcceptanceCriterion.Builder slot(DonorEligibilityParameters p, List<DonorTestType> slot,
      Citation source) {
    List<String> codes = slot.stream().map(DonorTestType::code).collect(Collectors.toList());
    boolean warn = slot.stream().anyMatch(p.reactiveIsWarning()::contains);
    var b = AcceptanceCriterion.builder().id("test:" + String.join("_or_", codes)).code("DONOR.TEST")
        .selector(Selector.builder().kind(SelectorKind.DONOR_TEST).names(codes)
            .maternalSpecimenAge(p.maternalSpecimenAge())
            .perinatalTissues(p.neonatalTissues().stream().sorted().map(TissueSource::term)
                .collect(Collectors.toList())).build())
        .addAcceptableClasses(OutcomeClass.NEGATIVE).source(source)
        .description("non-reactive " + String.join(" or ", codes));
    if (warn) {
      b.severity(Severity.WARNING).missingSeverity(Severity.ERROR);
    }
    return b;
  }
}
