package org.paracrine.core.report;

/** The part an input document played in a release check, as recorded in {@link Provenance#inputs()}. */
public enum InputRole {
  /** The product description the lot was checked against. */
  PRODUCT,
  /** The lot whose results were checked. */
  LOT,
  /** A user release specification that applied to the product. */
  SPECIFICATION,
  /** A built-in or user profile (rules with cited parameters). */
  PROFILE,
  /** The reference series of earlier lots that consistency criteria compared the lot with. */
  REFERENCE_SERIES
}
