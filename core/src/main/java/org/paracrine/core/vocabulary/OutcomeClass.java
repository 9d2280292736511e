package org.paracrine.core.vocabulary;

/**
 * The class of a qualitative outcome, so that a criterion can accept every wording of the same result: a sterility
 * test read as "no growth" and one read as "negative" both belong to {@link #NEGATIVE}.
 *
 * <p>The classes follow how compendial tests report: USP &lt;71&gt; / Ph. Eur. 2.6.1 sterility ("no growth"),
 * Ph. Eur. 2.6.7 mycoplasma ("negative" / "not detected"), donor screening ("non-reactive"), marker detection
 * ("absent" / "present").
 */
public enum OutcomeClass {
  /** No growth, negative, not detected, absent, non-reactive. */
  NEGATIVE,
  /** Growth, positive, detected, present, reactive. */
  POSITIVE,
  /** Conforms to the test's own acceptance criterion. */
  CONFORMS,
  /** Does not conform to the test's own acceptance criterion. */
  DOES_NOT_CONFORM,
  /** Indeterminate or invalid: the test gives no answer. */
  INCONCLUSIVE
}
