package org.paracrine.core.spec;

/**
 * How the values a criterion selects combine into one outcome.
 *
 * <ul>
 *   <li>{@link #ALL}: every selected value must meet the criterion; the least favourable value is reported (FAIL
 *       before MISSING before WARN before PASS), so a passing retest never hides a failure.
 *   <li>{@link #ANY}: at least one selected value must meet it (e.g. MISEV2018 "at least one category 1 protein").
 *   <li>{@link #AT_LEAST}: at least {@code AcceptanceCriterion.minimumCount()} values must meet it.
 * </ul>
 *
 * <p>For every quantifier an empty selection is MISSING. With {@link #ANY} and {@link #AT_LEAST}, values that are
 * inconclusive (censored across the limit, indeterminate outcomes) count as "might pass": when they could make up
 * the count the outcome is MISSING, otherwise FAIL.
 */
public enum Quantifier {
  /** Every selected value. */
  ALL,
  /** At least one selected value. */
  ANY,
  /** At least a minimum number of selected values. */
  AT_LEAST
}
