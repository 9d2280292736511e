package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Routes of administration, coded with EDQM Standard Terms as published in the HL7 Europe UNICOM implementation guide,
 * value set "EDQM Route of Administration" (github.com/hl7-eu/unicom-ig; see docs/sources.md).
 *
 * <p>{@link #category()} groups routes for endotoxin limits: USP &lt;85&gt; gives K = 5 EU/kg for parenteral routes
 * other than intrathecal and 0.2 EU/kg for intrathecal; ophthalmic, inhalation, nasal and topical routes have no
 * compendial K. Intracochlear use has no EDQM term; it is a local code without an identifier. The ids of
 * intratumoral (20043000) and intraperitoneal (20038000) use, both parenteral (K = 5 EU/kg), are as listed in the Swiss
 * FOPH implementation guide CH EPL 1.0.0, value set "EDQM - Route Of Administration" (fhir.ch/ig/ch-epl, system
 * http://standardterms.edqm.eu).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum RouteOfAdministration implements Vocabulary {
  /** Intravenous use ({@code EDQM:20045000}). */
  INTRAVENOUS("intravenous", "Intravenous use", "EDQM:20045000", RouteCategory.PARENTERAL),
  /** Intramuscular use ({@code EDQM:20035000}). */
  INTRAMUSCULAR("intramuscular", "Intramuscular use", "EDQM:20035000", RouteCategory.PARENTERAL),
  /** Subcutaneous use ({@code EDQM:20066000}). */
  SUBCUTANEOUS("subcutaneous", "Subcutaneous use", "EDQM:20066000", RouteCategory.PARENTERAL),
  /** Intradermal use ({@code EDQM:20030000}). */
  INTRADERMAL("intradermal", "Intradermal use", "EDQM:20030000", RouteCategory.PARENTERAL),
  /** Intrathecal use ({@code EDQM:20042000}). */
  INTRATHECAL("intrathecal", "Intrathecal use", "EDQM:20042000", RouteCategory.INTRATHECAL),
  /** Intraarticular use ({@code EDQM:20024000}). */
  INTRA_ARTICULAR("intra-articular", "Intraarticular use", "EDQM:20024000", RouteCategory.PARENTERAL),
  /** Periarticular use ({@code EDQM:20057000}). */
  PERIARTICULAR("periarticular", "Periarticular use", "EDQM:20057000", RouteCategory.PARENTERAL),
  /** Intraarterial use ({@code EDQM:20023000}). */
  INTRA_ARTERIAL("intra-arterial", "Intraarterial use", "EDQM:20023000", RouteCategory.PARENTERAL),
  /** Intralesional use ({@code EDQM:20032000}). */
  INTRALESIONAL("intralesional", "Intralesional use", "EDQM:20032000", RouteCategory.PARENTERAL),
  /** Intratumoral use ({@code EDQM:20043000}). */
  INTRATUMORAL("intratumoral", "Intratumoral use", "EDQM:20043000", RouteCategory.PARENTERAL),
  /** Intraperitoneal use ({@code EDQM:20038000}). */
  INTRAPERITONEAL("intraperitoneal", "Intraperitoneal use", "EDQM:20038000", RouteCategory.PARENTERAL),
  /** Intracoronary use ({@code EDQM:20029000}). */
  INTRACORONARY("intracoronary", "Intracoronary use", "EDQM:20029000", RouteCategory.PARENTERAL),
  /** Intracardiac use ({@code EDQM:20026000}). */
  INTRACARDIAC("intracardiac", "Intracardiac use", "EDQM:20026000", RouteCategory.PARENTERAL),
  /** Intracerebral use ({@code EDQM:20027010}). */
  INTRACEREBRAL("intracerebral", "Intracerebral use", "EDQM:20027010", RouteCategory.CENTRAL_NERVOUS_SYSTEM),
  /** Intracisternal use ({@code EDQM:20028500}). */
  INTRACISTERNAL("intracisternal", "Intracisternal use", "EDQM:20028500", RouteCategory.CENTRAL_NERVOUS_SYSTEM),
  /** Epidural use ({@code EDQM:20009000}). */
  EPIDURAL("epidural", "Epidural use", "EDQM:20009000", RouteCategory.CENTRAL_NERVOUS_SYSTEM),
  /** Nasal use ({@code EDQM:20049000}). */
  NASAL("nasal", "Nasal use", "EDQM:20049000", RouteCategory.NASAL),
  /** Inhalation use ({@code EDQM:20020000}). */
  INHALATION("inhalation", "Inhalation use", "EDQM:20020000", RouteCategory.INHALATION),
  /** Endotracheopulmonary use ({@code EDQM:20008000}). */
  ENDOTRACHEOPULMONARY("endotracheopulmonary", "Endotracheopulmonary use", "EDQM:20008000", RouteCategory.INHALATION),
  /** Cutaneous use ({@code EDQM:20003000}). */
  CUTANEOUS("cutaneous", "Cutaneous use", "EDQM:20003000", RouteCategory.TOPICAL),
  /** Epilesional use ({@code EDQM:20010000}). */
  EPILESIONAL("epilesional", "Epilesional use", "EDQM:20010000", RouteCategory.TOPICAL),
  /** Ocular use ({@code EDQM:20051000}). */
  OCULAR("ocular", "Ocular use", "EDQM:20051000", RouteCategory.OPHTHALMIC),
  /** Subconjunctival use ({@code EDQM:20065000}). */
  SUBCONJUNCTIVAL("subconjunctival", "Subconjunctival use", "EDQM:20065000", RouteCategory.OPHTHALMIC),
  /** Intravitreal use ({@code EDQM:20047000}). */
  INTRAVITREAL("intravitreal", "Intravitreal use", "EDQM:20047000", RouteCategory.OPHTHALMIC),
  /** Intracameral use ({@code EDQM:20025500}). */
  INTRACAMERAL("intracameral", "Intracameral use", "EDQM:20025500", RouteCategory.OPHTHALMIC),
  /** Subretinal use ({@code EDQM:20081000}). */
  SUBRETINAL("subretinal", "Subretinal use", "EDQM:20081000", RouteCategory.OPHTHALMIC),
  /** Retrobulbar use ({@code EDQM:20061500}). */
  RETROBULBAR("retrobulbar", "Retrobulbar use", "EDQM:20061500", RouteCategory.OPHTHALMIC),
  /** Intraocular use ({@code EDQM:20036000}). */
  INTRAOCULAR("intraocular", "Intraocular use", "EDQM:20036000", RouteCategory.OPHTHALMIC),
  /** Periodontal use ({@code EDQM:20059000}). */
  PERIODONTAL("periodontal", "Periodontal use", "EDQM:20059000", RouteCategory.DENTAL),
  /** Dental use ({@code EDQM:20004000}). */
  DENTAL("dental", "Dental use", "EDQM:20004000", RouteCategory.DENTAL),
  /** Intracochlear use (local code; no EDQM term). */
  INTRACOCHLEAR("intracochlear", "Intracochlear use (local code; no EDQM term)", null, RouteCategory.OTHER),
  /** Route of administration not applicable ({@code EDQM:20062000}). */
  NOT_APPLICABLE("not-applicable", "Route of administration not applicable", "EDQM:20062000", RouteCategory.OTHER);

  private final String code;
  private final String display;
  private final String ontologyId;
  private final RouteCategory category;

  RouteOfAdministration(String code, String display, String ontologyId, RouteCategory category) {
    this.code = code;
    this.display = display;
    this.ontologyId = ontologyId;
    this.category = category;
  }

  /**
   * {@inheritDoc}
   *
   * @return the stable code
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * {@inheritDoc}
   *
   * @return the label
   */
  @Override
  public String display() {
    return display;
  }

  /**
   * {@inheritDoc}
   *
   * @return the identifier, or empty
   */
  @Override
  public Optional<String> ontologyId() {
    return Optional.ofNullable(ontologyId);
  }

  /**
   * Returns the route group that decides which endotoxin rule applies.
   *
   * @return the value
   */
  public RouteCategory category() {
    return category;
  }

  /**
   * Looks a constant up by its {@link #code()}.
   *
   * @param code the code
   * @return the constant, or empty if unknown
   */
  public static Optional<RouteOfAdministration> fromCode(String code) {
    return Term.lookupCode(RouteOfAdministration.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<RouteOfAdministration> term() {
    return Term.of(this);
  }
}
