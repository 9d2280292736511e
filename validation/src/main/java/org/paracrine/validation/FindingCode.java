package org.paracrine.validation;

/**
 * Every finding code the validation module can emit, with its meaning and source. Codes are stable identifiers
 * (upper case, dotted: {@code PREFIX.RULE.RESULT}); the table in {@code docs/finding-codes.md} lists the same codes
 * and a test keeps both in sync. Messages are English templates in the resource bundle
 * {@code org.paracrine.validation.FindingMessages}, keyed by code.
 */
public enum FindingCode {
  /** An identifier or version does not match the identifier syntax (1-64 characters, letters, digits, . _ : / + -). */
  STRUCTURE_IDENTIFIER("STRUCTURE.IDENTIFIER", "An identifier or version does not match the identifier syntax (1-64 characters, letters, digits, . _ : / + -)."),
  /** A quantity has a unit of the wrong dimension for its field. */
  STRUCTURE_UCUM_UNIT("STRUCTURE.UCUM_UNIT", "A quantity has a unit of the wrong dimension for its field."),
  /** A quantity lies outside its plausible range (after unit conversion) or cannot be converted to the range unit. */
  STRUCTURE_QUANTITY_RANGE("STRUCTURE.QUANTITY_RANGE", "A quantity lies outside its plausible range (after unit conversion) or cannot be converted to the range unit."),
  /** A text or list is longer than its bound. */
  STRUCTURE_SIZE("STRUCTURE.SIZE", "A text or list is longer than its bound."),
  /** A text does not match its pattern. */
  STRUCTURE_PATTERN("STRUCTURE.PATTERN", "A text does not match its pattern."),
  /** A required value is absent. */
  STRUCTURE_NOT_NULL("STRUCTURE.NOT_NULL", "A required value is absent."),
  /** Any other Jakarta Validation constraint is violated. */
  STRUCTURE_CONSTRAINT("STRUCTURE.CONSTRAINT", "Any other Jakarta Validation constraint is violated."),
  /** The lot names a different product than the one it is checked against. */
  RECORD_PRODUCT_MISMATCH("RECORD.PRODUCT_MISMATCH", "The lot names a different product than the one it is checked against."),
  /** The lot was made to a different product version. */
  RECORD_PRODUCT_VERSION_MISMATCH("RECORD.PRODUCT_VERSION_MISMATCH", "The lot was made to a different product version."),
  /** A built-in or user profile does not apply to this product; the reason is given. */
  PROFILE_NOT_APPLICABLE("PROFILE.NOT_APPLICABLE", "A built-in or user profile does not apply to this product; the reason is given."),
  /** A profile threw an unexpected exception; the lot cannot be released until it is resolved. */
  ENGINE_RULE_ERROR("ENGINE.RULE_ERROR", "A profile threw an unexpected exception; the lot cannot be released until it is resolved."),
  /** A user-specification criterion is met. */
  SPEC_CRITERION_PASS("SPEC.CRITERION.PASS", "A user-specification criterion is met."),
  /** The value meets the limit but lies outside the warning band. */
  SPEC_CRITERION_WARNING_BAND("SPEC.CRITERION.WARNING_BAND", "The value meets the limit but lies outside the warning band."),
  /** The value does not meet the criterion's numeric limit. */
  SPEC_CRITERION_OUT_OF_LIMIT("SPEC.CRITERION.OUT_OF_LIMIT", "The value does not meet the criterion's numeric limit."),
  /** The qualitative outcome is not among the acceptable outcomes. */
  SPEC_CRITERION_OUTCOME_NOT_ACCEPTABLE("SPEC.CRITERION.OUTCOME_NOT_ACCEPTABLE", "The qualitative outcome is not among the acceptable outcomes."),
  /** A quantitative criterion got only a qualitative outcome. */
  SPEC_CRITERION_NOT_QUANTITATIVE("SPEC.CRITERION.NOT_QUANTITATIVE", "A quantitative criterion got only a qualitative outcome."),
  /** No result of the criterion's attribute (and analyte) is recorded. */
  SPEC_CRITERION_MISSING("SPEC.CRITERION.MISSING", "No result of the criterion's attribute (and analyte) is recorded."),
  /** Results exist, but none by an allowed method. */
  SPEC_CRITERION_METHOD_NOT_ALLOWED("SPEC.CRITERION.METHOD_NOT_ALLOWED", "Results exist, but none by an allowed method."),
  /** Donor tests exist, but only on a newborn donor's own specimen where the birth mother's is required. */
  SPEC_CRITERION_MATERNAL_SPECIMEN_MISSING("SPEC.CRITERION.MATERNAL_SPECIMEN_MISSING", "Donor tests exist, but only on a newborn donor's own specimen where the birth mother's is required (21 CFR 1271.80(a))."),
  /** The matching result lacks the value or outcome the criterion tests. */
  SPEC_CRITERION_NO_COMPARABLE_RESULT("SPEC.CRITERION.NO_COMPARABLE_RESULT", "The matching result lacks the value or outcome the criterion tests."),
  /** The result unit cannot be converted to the limit unit. */
  SPEC_CRITERION_UNITS_INCOMPARABLE("SPEC.CRITERION.UNITS_INCOMPARABLE", "The result unit cannot be converted to the limit unit."),
  /** A censored result (below LOD/LOQ, above ULOQ) cannot show whether the limit is met. */
  SPEC_CRITERION_CENSORED_INCONCLUSIVE("SPEC.CRITERION.CENSORED_INCONCLUSIVE", "A censored result (below LOD/LOQ, above ULOQ) cannot show whether the limit is met."),
  /** A criterion's scope (product type, source, tissue, route category, guideline version) does not hold. */
  SPEC_CRITERION_NOT_APPLICABLE("SPEC.CRITERION.NOT_APPLICABLE", "A criterion's scope (product type, source, tissue, route category, guideline version) does not hold."),
  /** Fewer distinct selected values meet an AT_LEAST criterion than its minimum count. */
  SPEC_CRITERION_TOO_FEW("SPEC.CRITERION.TOO_FEW", "Fewer distinct selected values meet an AT_LEAST criterion than its minimum count."),
  /** An AT_LEAST criterion could reach its count only if inconclusive values (censored, indeterminate) met it. */
  SPEC_CRITERION_COUNT_INCONCLUSIVE("SPEC.CRITERION.COUNT_INCONCLUSIVE", "An AT_LEAST criterion could reach its count only if inconclusive values (censored, indeterminate) met it."),
  /** Reference statistics (n, mean, SD, CV, min, max) with the lot's value, z-score and ratio to the reference mean (information). */
  CONSISTENCY_SUMMARY("CONSISTENCY.SUMMARY", "Reference statistics (n, mean, SD, CV, min, max) with the lot's value, z-score and ratio to the reference mean (information)."),
  /** A consistency criterion has neither a reference series for the product nor stored reference statistics. */
  CONSISTENCY_REFERENCE_MISSING("CONSISTENCY.REFERENCE.MISSING", "A consistency criterion has neither a reference series for the product nor stored reference statistics."),
  /** Fewer quantified reference values than the criterion's minimum (default 3): no statistic is given. */
  CONSISTENCY_REFERENCE_TOO_SMALL("CONSISTENCY.REFERENCE.TOO_SMALL", "Fewer quantified reference values than the criterion's minimum (default 3): no statistic is given."),
  /** Censored reference values (below LOD/LOQ, above ULOQ) were excluded from mean and SD (warning). */
  CONSISTENCY_REFERENCE_CENSORED_EXCLUDED("CONSISTENCY.REFERENCE.CENSORED_EXCLUDED", "Censored reference values (below LOD/LOQ, above ULOQ) were excluded from mean and SD (warning)."),
  /** Reference lots without a usable value (no result, or no exact conversion) were left out (information). */
  CONSISTENCY_REFERENCE_VALUES_UNAVAILABLE("CONSISTENCY.REFERENCE.VALUES_UNAVAILABLE", "Reference lots without a usable value (no result, or no exact conversion) were left out (information)."),
  /** The reference standard deviation is zero: z-scores and control-chart rules are undefined. */
  CONSISTENCY_REFERENCE_ZERO_SPREAD("CONSISTENCY.REFERENCE.ZERO_SPREAD", "The reference standard deviation is zero: z-scores and control-chart rules are undefined."),
  /** The lot has no usable value of the analyte (no result, or no exact conversion to the criterion's unit and basis). */
  CONSISTENCY_LOT_MISSING("CONSISTENCY.LOT.MISSING", "The lot has no usable value of the analyte (no result, or no exact conversion to the criterion's unit and basis)."),
  /** Nelson test 1 fired at the lot: one point beyond 3σ (Shewhart limits; Western Electric rule 1). */
  CONSISTENCY_NELSON_1_FIRED("CONSISTENCY.NELSON_1.FIRED", "Nelson test 1 fired at the lot: one point beyond 3σ (Shewhart limits; Western Electric rule 1)."),
  /** Nelson test 2 fired at the lot: nine points in a row on one side of the centre line (Western Electric rule 4 with 8 points). */
  CONSISTENCY_NELSON_2_FIRED("CONSISTENCY.NELSON_2.FIRED", "Nelson test 2 fired at the lot: nine points in a row on one side of the centre line (Western Electric rule 4 with 8 points)."),
  /** Nelson test 3 fired at the lot: six points in a row steadily increasing or decreasing. */
  CONSISTENCY_NELSON_3_FIRED("CONSISTENCY.NELSON_3.FIRED", "Nelson test 3 fired at the lot: six points in a row steadily increasing or decreasing."),
  /** Nelson test 4 fired at the lot: fourteen points in a row alternating up and down. */
  CONSISTENCY_NELSON_4_FIRED("CONSISTENCY.NELSON_4.FIRED", "Nelson test 4 fired at the lot: fourteen points in a row alternating up and down."),
  /** Nelson test 5 fired at the lot: two out of three points beyond 2σ on the same side (Western Electric rule 2). */
  CONSISTENCY_NELSON_5_FIRED("CONSISTENCY.NELSON_5.FIRED", "Nelson test 5 fired at the lot: two out of three points beyond 2σ on the same side (Western Electric rule 2)."),
  /** Nelson test 6 fired at the lot: four out of five points beyond 1σ on the same side (Western Electric rule 3). */
  CONSISTENCY_NELSON_6_FIRED("CONSISTENCY.NELSON_6.FIRED", "Nelson test 6 fired at the lot: four out of five points beyond 1σ on the same side (Western Electric rule 3)."),
  /** Nelson test 7 fired at the lot: fifteen points in a row within 1σ of the centre line. */
  CONSISTENCY_NELSON_7_FIRED("CONSISTENCY.NELSON_7.FIRED", "Nelson test 7 fired at the lot: fifteen points in a row within 1σ of the centre line."),
  /** Nelson test 8 fired at the lot: eight points in a row with none within 1σ of the centre line. */
  CONSISTENCY_NELSON_8_FIRED("CONSISTENCY.NELSON_8.FIRED", "Nelson test 8 fired at the lot: eight points in a row with none within 1σ of the centre line."),
  /** A chosen control-chart rule does not fire at the lot. */
  CONSISTENCY_CONTROL_CHART_PASS("CONSISTENCY.CONTROL_CHART.PASS", "A chosen control-chart rule does not fire at the lot."),
  /** Censored points in the rule's window could decide a control-chart rule either way. */
  CONSISTENCY_CONTROL_CHART_INCONCLUSIVE("CONSISTENCY.CONTROL_CHART.INCONCLUSIVE", "Censored points in the rule's window could decide a control-chart rule either way."),
  /** The series is shorter than the rule's window, so the rule is not evaluated (information). */
  CONSISTENCY_CONTROL_CHART_TOO_FEW_POINTS("CONSISTENCY.CONTROL_CHART.TOO_FEW_POINTS", "The series is shorter than the rule's window, so the rule is not evaluated (information)."),
  /** The lot lies within the equivalence margin around the reference mean (inclusive). */
  CONSISTENCY_EQUIVALENCE_WITHIN_MARGIN("CONSISTENCY.EQUIVALENCE.WITHIN_MARGIN", "The lot lies within the equivalence margin around the reference mean (inclusive)."),
  /** The lot lies outside the equivalence margin around the reference mean. */
  CONSISTENCY_EQUIVALENCE_OUTSIDE_MARGIN("CONSISTENCY.EQUIVALENCE.OUTSIDE_MARGIN", "The lot lies outside the equivalence margin around the reference mean."),
  /** A censored lot value cannot show whether it lies within the equivalence margin. */
  CONSISTENCY_EQUIVALENCE_INCONCLUSIVE("CONSISTENCY.EQUIVALENCE.INCONCLUSIVE", "A censored lot value cannot show whether it lies within the equivalence margin."),
  /** The lot lies inside the reference range [min, max] (inclusive). */
  CONSISTENCY_RANGE_INSIDE("CONSISTENCY.RANGE.INSIDE", "The lot lies inside the reference range [min, max] (inclusive)."),
  /** The lot lies outside the reference range [min, max]. */
  CONSISTENCY_RANGE_OUTSIDE("CONSISTENCY.RANGE.OUTSIDE", "The lot lies outside the reference range [min, max]."),
  /** A censored lot value cannot show whether it lies inside the reference range. */
  CONSISTENCY_RANGE_INCONCLUSIVE("CONSISTENCY.RANGE.INCONCLUSIVE", "A censored lot value cannot show whether it lies inside the reference range."),
  /** The route has no compendial K and no product-specific limit is given. */
  COMPENDIAL_ENDOTOXIN_LIMIT_REQUIRED("COMPENDIAL.ENDOTOXIN.LIMIT_REQUIRED", "The route has no compendial K and no product-specific limit is given."),
  /** The route has no compendial K; a user specification sets the limit. */
  COMPENDIAL_ENDOTOXIN_PRODUCT_SPECIFIC_LIMIT("COMPENDIAL.ENDOTOXIN.PRODUCT_SPECIFIC_LIMIT", "The route has no compendial K; a user specification sets the limit."),
  /** The dose volume needed for M cannot be derived. */
  COMPENDIAL_ENDOTOXIN_DOSE_VOLUME_UNKNOWN("COMPENDIAL.ENDOTOXIN.DOSE_VOLUME_UNKNOWN", "The dose volume needed for M cannot be derived."),
  /** The product has no dosing regimen, so K/M cannot be computed. */
  COMPENDIAL_ENDOTOXIN_NO_REGIMEN("COMPENDIAL.ENDOTOXIN.NO_REGIMEN", "The product has no dosing regimen, so K/M cannot be computed."),
  /** No body mass to compute K/M: the regimen states none and no default body mass is set. */
  COMPENDIAL_ENDOTOXIN_BODY_MASS_UNKNOWN("COMPENDIAL.ENDOTOXIN.BODY_MASS_UNKNOWN", "No body mass to compute K/M: the regimen states none, the user set none, and none is assumed.");

  private final String code;
  private final String meaning;

  FindingCode(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /**
   * Returns the stable code written in findings.
   *
   * @return e.g. {@code ISCT2006.POSITIVE_MARKER.OUT_OF_LIMIT}
   */
  public String code() {
    return code;
  }

  /**
   * Returns what the code means, in one sentence.
   *
   * @return the meaning
   */
  public String meaning() {
    return meaning;
  }

  /**
   * Returns the rule family the code belongs to: its first segment.
   *
   * @return e.g. {@code ISCT2006}
   */
  public String family() {
    return code.substring(0, code.indexOf('.'));
  }
}
