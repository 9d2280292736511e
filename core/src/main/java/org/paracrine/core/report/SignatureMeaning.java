package org.paracrine.core.report;

/**
 * The meaning of an electronic signature on a report, recorded with the signer's name and the time as 21 CFR
 * 11.50(a) requires ("the meaning (such as review, approval, responsibility, or authorship) associated with the
 * signature") and EU GMP Annex 11 section 14 expects.
 */
public enum SignatureMeaning {
  /** The signer wrote or produced the record (e.g. the analyst who ran the check). */
  AUTHORED,
  /** The signer reviewed the record (e.g. a second analyst or a QC reviewer). */
  REVIEWED,
  /** The signer approved the record (e.g. quality assurance approving the lot's release decision). */
  APPROVED,
  /** The signer takes responsibility for the record (e.g. the qualified person certifying the lot). */
  RESPONSIBLE
}
