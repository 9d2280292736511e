package org.paracrine.validation;

import java.util.List;
import java.util.Set;
import org.paracrine.core.spec.ComputedLimit;

/**
 * A named, cited formula that computes the limit of a criterion from the product and lot, for limits that are not a
 * fixed number: the built-in ones are USP &lt;85&gt; endotoxin K/M ({@code "usp85-endotoxin"}), the 21 CFR 1271.80(b)
 * donor specimen window ({@code "cfr1271-80-specimen-window"}), the particle:protein purity bands
 * ({@code "particle-protein-purity-bands"}) and the shelf life a product states ({@code "stated-shelf-life"}). A
 * criterion names the
 * function in {@link org.paracrine.core.spec.AcceptanceCriterion#computedLimit()}; the checker refuses an unknown
 * function or parameter when it is built.
 *
 * <p>Register your own with {@link ReleaseChecker.Builder#addLimitFunction(LimitFunction)}. Implementations must be
 * immutable, thread-safe and deterministic.
 */
public interface LimitFunction {
  /**
   * Returns the function name used in specifications.
   *
   * @return e.g. {@code "usp85-endotoxin"}
   */
  String name();

  /**
   * Returns the parameter names the function accepts; any other name is refused when the checker is built.
   *
   * @return the names
   */
  Set<String> parameterNames();

  /**
   * Computes the limits: one per case the formula distinguishes (e.g. one per dosing regimen), each either a range
   * with its derivation or the reason no limit can be computed.
   *
   * @param limit the criterion's computed-limit member with its parameters
   * @param context the product and lot
   * @return at least one computed range
   */
  List<ComputedRange> compute(ComputedLimit limit, ReleaseContext context);

  /**
   * Returns the finding-code suffixes of the cases where this function computes no limit
   * ({@link ComputedRange#unavailable}), for the documentation of the codes a criterion can give.
   *
   * @return the suffixes, e.g. {@code LIMIT_REQUIRED}; empty by default
   */
  default Set<String> codeSuffixes() {
    return Set.of();
  }
}
