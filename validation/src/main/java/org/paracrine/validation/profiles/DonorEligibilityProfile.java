package org.paracrine.validation.profiles;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.source.Donor;
import org.paracrine.core.source.DonorEligibility;
import org.paracrine.core.source.DonorTest;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.vocabulary.DonorRelationship;
import org.paracrine.core.vocabulary.DonorTestType;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.SpecimenSource;
import org.paracrine.core.vocabulary.TissueSource;
import org.paracrine.validation.FindingCode;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.internal.FindingFactory;
import org.paracrine.validation.internal.Located;
import org.paracrine.validation.internal.Sources;

/**
 * Donor eligibility of the starting cells or tissue (21 CFR 1271 subpart C: 1271.45 determination, 1271.80 test
 * timing and birth-mother specimens, 1271.85 required tests).
 *
 * <p><b>Applies</b> to every product (all starting material comes from a human donor); for an autologous donor
 * the profile reports one informational finding (21 CFR 1271.90(a)(1)). The donor is the lot's {@code donor}
 * when present ({@code /lot/donor}), else the product source's ({@code /product/source/donor}).
 *
 * <p><b>Rules.</b> The eligibility determination must be recorded and be "eligible". Each required test slot
 * (one of its alternatives suffices) must have a non-reactive result from an FDA-licensed, approved or cleared donor
 * screening test (21 CFR 1271.80(c)): a test recorded as not licensed fails ({@code DONOR.TEST.UNLICENSED}); a test
 * whose licensing is not recorded gives {@code DONOR.TEST.LICENSING_NOT_RECORDED}, missing (lot incomplete) or a
 * warning by {@link DonorEligibilityParameters#unrecordedLicensingSeverity()}. Leukocyte-rich tissues add HTLV-I/II
 * and CMV (a reactive CMV result is a warning). FDA guidance adds HBV NAT for every donor (August 2016, docket
 * FDA-2015-D-5073) and WNV NAT when the recovery date lies in the seasonal window, June 1 to October 31 by default
 * (September 2016, docket FDA-2013-D-1143; outside the window {@code DONOR.TEST.NOT_APPLICABLE}); these findings cite
 * the guidance, and a missing guidance test has {@link DonorEligibilityParameters#guidanceSeverity()} (warning by
 * default), while a reactive result always fails. Every specimen must be collected within the window around the
 * recovery date (21 CFR 1271.80(b): ± 7 days; up to 30 days before for peripheral blood stem/progenitor cells, bone
 * marrow and oocytes, by default bone marrow only). For a donor 1 month of age or younger (21 CFR 1271.80(a), the age
 * inclusive) — or, without a recorded age, from a perinatal tissue (cord, Wharton's jelly, placenta, amnion, amniotic
 * fluid) — only the birth mother's specimens count; a slot tested only on the newborn's specimen is reported as a
 * missing maternal specimen. Immutable and thread-safe.
 */
public final class DonorEligibilityProfile extends AbstractReleaseProfile<DonorEligibilityParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.donor-eligibility-21cfr1271";
  /** Profile version. */
  public static final String VERSION = "1.1.0";

  private static final List<DonorTestType> HBV_NAT = List.of(DonorTestType.HBV_NAT);
  private static final List<DonorTestType> WNV_NAT = List.of(DonorTestType.WNV_NAT);

  /** Per test slot: its names joined by " or " and its criterion id, computed once (used by every finding). */
  private final java.util.Map<List<DonorTestType>, String[]> slotText = new java.util.HashMap<>();

  private DonorEligibilityProfile(DonorEligibilityParameters parameters) {
    super(ID, VERSION, "Donor eligibility (21 CFR 1271.45, 1271.80, 1271.85)",
        List.of(Sources.CFR_1271_80, Sources.CFR_1271_85A, Sources.CFR_1271_85B, Sources.CFR_1271_90,
            Sources.FDA_HBV_NAT_2016, Sources.FDA_WNV_NAT_2016), parameters);
    for (List<DonorTestType> slot : parameters.requiredTests()) {
      slotText.putIfAbsent(slot, slotText(slot));
    }
    for (List<DonorTestType> slot : parameters.leukocyteRichTests()) {
      slotText.putIfAbsent(slot, slotText(slot));
    }
    slotText.putIfAbsent(HBV_NAT, slotText(HBV_NAT));
    slotText.putIfAbsent(WNV_NAT, slotText(WNV_NAT));
  }

  private static String[] slotText(List<DonorTestType> slot) {
    return new String[] {slot.stream().map(DonorTestType::code).collect(Collectors.joining(" or ")),
        "test:" + slot.stream().map(DonorTestType::code).collect(Collectors.joining("|"))};
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

  @Override
  public Optional<String> notApplicable(ReleaseContext context) {
    return Optional.empty();
  }

  @Override
  public List<Finding> evaluate(ReleaseContext context) {
    FindingFactory f = new FindingFactory(ref());
    Optional<Located<Donor>> located = context.lot().donor()
        .map(d -> new Located<>(d, JsonPointer.of("lot", "donor")))
        .or(() -> context.product().source().donor()
            .map(d -> new Located<>(d, JsonPointer.of("product", "source", "donor"))));
    if (located.isEmpty()) {
      return List.of(f.start(FindingCode.DONOR_RECORD_MISSING, Outcome.MISSING, Severity.ERROR,
          JsonPointer.of("product", "source", "donor"), Sources.CFR_1271_80).build());
    }
    Located<Donor> donor = located.get();
    if (donor.value().relationship().is(DonorRelationship.AUTOLOGOUS)) {
      return List.of(f.start(FindingCode.DONOR_AUTOLOGOUS, Outcome.NOT_APPLICABLE, Severity.INFO,
          donor.at("relationship"), Sources.CFR_1271_90).build());
    }
    if (donor.value().eligibility().isEmpty()) {
      return List.of(f.start(FindingCode.DONOR_ELIGIBILITY_MISSING, Outcome.MISSING, Severity.ERROR,
          donor.at("eligibility"), Sources.CFR_1271_80).build());
    }
    Located<DonorEligibility> el = new Located<>(donor.value().eligibility().get(), donor.at("eligibility"));
    Optional<TissueSource> tissue = context.product().source().tissue().flatMap(t -> t.known());
    List<Finding> out = new ArrayList<>();
    out.add(determination(f, el));
    boolean neonatal = neonatal(donor.value(), tissue);
    for (List<DonorTestType> slot : parameters.requiredTests()) {
      out.add(slot(f, el, slot, neonatal, Sources.CFR_1271_85A, Severity.ERROR));
    }
    if (tissue.map(parameters.leukocyteRichTissues()::contains).orElse(false)) {
      for (List<DonorTestType> slot : parameters.leukocyteRichTests()) {
        out.add(slot(f, el, slot, neonatal, Sources.CFR_1271_85B, Severity.ERROR));
      }
    }
    if (parameters.requireHbvNat()) {
      out.add(slot(f, el, HBV_NAT, neonatal, Sources.FDA_HBV_NAT_2016, parameters.guidanceSeverity()));
    }
    if (parameters.requireWnvNat()) {
      out.add(wnv(f, donor, el, neonatal));
    }
    if (neonatal && out.stream().noneMatch(x -> x.code().equals(FindingCode.DONOR_MATERNAL_SPECIMEN_MISSING.code()))
        && el.value().tests().stream().anyMatch(t -> t.specimenSource().is(SpecimenSource.BIRTH_MOTHER))) {
      out.add(f.start(FindingCode.DONOR_MATERNAL_SPECIMEN_PASS, Outcome.PASS, Severity.ERROR, el.at("tests"),
          Sources.CFR_1271_80).criterionId("maternal-specimen").expected("birth mother's specimen").build());
    }
    out.addAll(window(f, donor, el, tissue));
    return out;
  }

  private boolean neonatal(Donor donor, Optional<TissueSource> tissue) {
    if (donor.ageAtRecovery().isPresent()) {
      return donor.ageAtRecovery().get().compareValue(parameters.maternalSpecimenAge()) <= 0;
    }
    return tissue.map(parameters.neonatalTissues()::contains).orElse(false);
  }

  private static Finding determination(FindingFactory f, Located<DonorEligibility> el) {
    Optional<Boolean> eligible = el.value().eligible();
    FindingCode code = eligible.isEmpty() ? FindingCode.DONOR_DETERMINATION_MISSING
        : eligible.get() ? FindingCode.DONOR_DETERMINATION_PASS : FindingCode.DONOR_DETERMINATION_FAIL;
    Outcome o = eligible.isEmpty() ? Outcome.MISSING : eligible.get() ? Outcome.PASS : Outcome.FAIL;
    var b = f.start(code, o, Severity.ERROR, el.at("eligible"), Sources.CFR_1271_80).criterionId("determination")
        .expected("donor determined eligible before use");
    eligible.ifPresent(e -> b.observed(e.toString()));
    return b.build();
  }

  /**
   * Judges one test slot. {@code gap} is the severity of a missing result (ERROR for the regulation's tests, the
   * guidance severity for the guidance's); a reactive result always fails (21 CFR 1271.80(d)), except the warning
   * tests.
   */
  private Finding slot(FindingFactory f, Located<DonorEligibility> el, List<DonorTestType> slot, boolean neonatal,
      Citation source, Severity gap) {
    List<DonorTest> tests = el.value().tests();
    String[] text = slotText.get(slot);
    if (text == null) {
      text = slotText(slot);
    }
    String names = text[0];
    String criterion = text[1];
    int newbornOnly = -1;
    for (int i = 0; i < tests.size(); i++) {
      DonorTest t = tests.get(i);
      if (!inSlot(slot, t)) {
        continue;
      }
      if (neonatal && !t.specimenSource().is(SpecimenSource.BIRTH_MOTHER)) {
        if (newbornOnly < 0) {
          newbornOnly = i;
        }
        continue;
      }
      String path = el.at("tests", i);
      Optional<QualitativeOutcome> o = t.outcome().known();
      if (o.map(QualitativeOutcome::positive).orElse(false)) {
        boolean warn = parameters.reactiveIsWarning().contains(t.test().known().orElseThrow());
        return f.start(FindingCode.DONOR_TEST_REACTIVE, warn ? Outcome.WARN : Outcome.FAIL,
                warn ? Severity.WARNING : Severity.ERROR, path + "/outcome", source, t.test(), t.outcome())
            .criterionId(criterion).observed(t.outcome().toString()).expected("non-reactive " + names).build();
      }
      if (!o.map(QualitativeOutcome::negative).orElse(false)) {
        return f.start(FindingCode.DONOR_TEST_MISSING, Outcome.MISSING, gap, path + "/outcome", source,
                names, "result " + t.outcome() + " is not a negative or non-reactive result")
            .criterionId(criterion).observed(t.outcome().toString()).expected("non-reactive " + names).build();
      }
      if (t.licensedScreeningTest().isPresent() && !t.licensedScreeningTest().get()) {
        return f.start(FindingCode.DONOR_TEST_UNLICENSED, gap == Severity.ERROR ? Outcome.FAIL : Outcome.WARN, gap,
                path + "/licensedScreeningTest", Sources.CFR_1271_80, t.test())
            .criterionId(criterion).observed("false").expected("an FDA-licensed, approved or cleared donor"
                + " screening test").build();
      }
      if (t.licensedScreeningTest().isEmpty()) {
        Severity s = weaker(gap, parameters.unrecordedLicensingSeverity());
        return f.start(FindingCode.DONOR_TEST_LICENSING_NOT_RECORDED, s == Severity.ERROR ? Outcome.MISSING
                : Outcome.WARN, s, path + "/licensedScreeningTest", Sources.CFR_1271_80, t.test(), t.outcome())
            .criterionId(criterion).observed("not recorded").expected("an FDA-licensed, approved or cleared donor"
                + " screening test").build();
      }
      return f.start(FindingCode.DONOR_TEST_PASS, Outcome.PASS, Severity.ERROR, path + "/outcome", source, t.test(),
              t.outcome())
          .criterionId(criterion).observed(t.outcome().toString()).expected("non-reactive " + names).build();
    }
    if (newbornOnly >= 0) {
      return f.start(FindingCode.DONOR_MATERNAL_SPECIMEN_MISSING, Outcome.MISSING, gap,
              el.at("tests", newbornOnly, "specimenSource"), Sources.CFR_1271_80, names)
          .criterionId(criterion).observed(tests.get(newbornOnly).specimenSource().toString())
          .expected("a test on the birth mother's specimen").build();
    }
    return f.start(FindingCode.DONOR_TEST_MISSING, Outcome.MISSING, gap, el.at("tests"), source, names,
        "no result recorded").criterionId(criterion).expected("non-reactive " + names).build();
  }

  private static Severity weaker(Severity a, Severity b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /**
   * WNV NAT (FDA guidance, September 2016, docket FDA-2013-D-1143): required when the recovery date lies in the
   * seasonal window; a recorded result is always judged.
   */
  private Finding wnv(FindingFactory f, Located<Donor> donor, Located<DonorEligibility> el, boolean neonatal) {
    MonthDay start = parameters.wnvSeasonStart();
    MonthDay end = parameters.wnvSeasonEnd();
    String window = "recovery from " + start.getMonth().getValue() + "-" + start.getDayOfMonth() + " to "
        + end.getMonth().getValue() + "-" + end.getDayOfMonth() + " (month-day, inclusive)";
    String criterion = slotText.get(WNV_NAT)[1];
    String names = slotText.get(WNV_NAT)[0];
    boolean recorded = el.value().tests().stream().anyMatch(t -> inSlot(WNV_NAT, t));
    Optional<LocalDate> recovery = donor.value().recoveryDate();
    if (!recorded && recovery.isEmpty()) {
      return f.start(FindingCode.DONOR_TEST_MISSING, Outcome.MISSING, parameters.guidanceSeverity(),
              donor.at("recoveryDate"), Sources.FDA_WNV_NAT_2016, names, "the recovery date is not recorded, so"
                  + " whether WNV NAT is required (" + window + ") cannot be told")
          .criterionId(criterion).expected("non-reactive " + names + " for " + window).build();
    }
    if (!recorded && !inSeason(MonthDay.from(recovery.get()), start, end)) {
      return f.start(FindingCode.DONOR_TEST_NOT_APPLICABLE, Outcome.NOT_APPLICABLE, Severity.INFO,
              donor.at("recoveryDate"), Sources.FDA_WNV_NAT_2016, names, "recovery on " + recovery.get()
                  + " is outside the seasonal window, " + window)
          .criterionId(criterion).observed(recovery.get().toString()).expected(window).build();
    }
    return slot(f, el, WNV_NAT, neonatal, Sources.FDA_WNV_NAT_2016, parameters.guidanceSeverity());
  }

  private static boolean inSeason(MonthDay day, MonthDay start, MonthDay end) {
    if (!start.isAfter(end)) {
      return !day.isBefore(start) && !day.isAfter(end);
    }
    return !day.isBefore(start) || !day.isAfter(end);
  }

  private static boolean inSlot(List<DonorTestType> slot, DonorTest t) {
    for (DonorTestType type : slot) {
      if (t.test().is(type)) {
        return true;
      }
    }
    return false;
  }

  private List<Finding> window(FindingFactory f, Located<Donor> donor, Located<DonorEligibility> el,
      Optional<TissueSource> tissue) {
    int before = tissue.map(parameters.extendedWindowTissues()::contains).orElse(false)
        ? parameters.extendedDaysBeforeRecovery() : parameters.daysBeforeRecovery();
    int after = parameters.daysAfterRecovery();
    String expected = "specimen collected from " + before + " days before to " + after + " days after recovery";
    List<DonorTest> tests = el.value().tests();
    if (tests.isEmpty()) {
      return List.of();
    }
    Optional<LocalDate> recovery = donor.value().recoveryDate();
    if (recovery.isEmpty()) {
      return List.of(f.start(FindingCode.DONOR_SPECIMEN_WINDOW_MISSING, Outcome.MISSING, Severity.ERROR,
          donor.at("recoveryDate"), Sources.CFR_1271_80).criterionId("specimen-window").expected(expected).build());
    }
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < tests.size(); i++) {
      LocalDate specimen = tests.get(i).specimenDate();
      long days = ChronoUnit.DAYS.between(recovery.get(), specimen);
      if (days < -before || days > after) {
        out.add(f.start(FindingCode.DONOR_SPECIMEN_WINDOW_OUTSIDE, Outcome.FAIL, Severity.ERROR,
                el.at("tests", i, "specimenDate"), Sources.CFR_1271_80, tests.get(i).test(), specimen, days,
                recovery.get(), before, after)
            .criterionId("specimen-window").observed(specimen + " (" + days + " days from recovery)")
            .expected(expected).build());
      }
    }
    if (out.isEmpty()) {
      out.add(f.start(FindingCode.DONOR_SPECIMEN_WINDOW_PASS, Outcome.PASS, Severity.ERROR, el.at("tests"),
          Sources.CFR_1271_80, tests.size(), recovery.get(), before, after)
          .criterionId("specimen-window").expected(expected).build());
    }
    return out;
  }
}
