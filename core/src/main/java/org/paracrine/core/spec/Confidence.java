package org.paracrine.core.spec;

/**
 * How firmly a cited number is established, following the Paracrine domain brief's tags. Numbers that are not
 * {@link #CONFIRMED} are parameters with defaults, never constants.
 */
public enum Confidence {
  /** Seen in the cited source. */
  CONFIRMED,
  /** Source is right, the exact number should be verified against the primary text. */
  VERIFY,
  /** Not confirmed: a configurable default only. */
  UNCONFIRMED
}
