package org.paracrine.core.spec;

/**
 * How firmly a cited number is established in its primary source: read in the source itself ({@link #CONFIRMED}),
 * taken from a secondary account of the right source ({@link #VERIFY}), or without a primary source found
 * ({@link #UNCONFIRMED}). Numbers that are not {@link #CONFIRMED} are parameters with defaults, never constants.
 * Every source Paracrine uses is listed with its confidence in docs/sources.md.
 */
public enum Confidence {
  /** Seen in the cited source. */
  CONFIRMED,
  /** Source is right, the exact number should be verified against the primary text. */
  VERIFY,
  /** Not confirmed: a configurable default only. */
  UNCONFIRMED
}
