package org.paracrine.core.vocabulary;

/**
 * Groups of routes of administration that decide which bacterial-endotoxin rule applies (USP &lt;85&gt;; FDA
 * "Pyrogen and Endotoxins Testing: Questions and Answers", 2012).
 */
public enum RouteCategory {
  /** Parenteral routes other than intrathecal: USP &lt;85&gt; K = 5 EU/kg. */
  PARENTERAL,
  /** Intrathecal: USP &lt;85&gt; K = 0.2 EU/kg. */
  INTRATHECAL,
  /** Other central-nervous-system routes (intracerebral, intracisternal, epidural): no compendial K is stated. */
  CENTRAL_NERVOUS_SYSTEM,
  /** Ophthalmic routes: no compendial K; a product-specific, justified limit is required. */
  OPHTHALMIC,
  /** Inhalation and endotracheopulmonary: no compendial K. */
  INHALATION,
  /** Nasal: no compendial K. */
  NASAL,
  /** Cutaneous and epilesional: no compendial K. */
  TOPICAL,
  /** Dental and periodontal: no compendial K. */
  DENTAL,
  /** Any other route, including routes without an EDQM term. */
  OTHER
}
