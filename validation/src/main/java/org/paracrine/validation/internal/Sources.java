package org.paracrine.validation.internal;

import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.Confidence;

/**
 * The citations attached to built-in findings, each with the confidence of its number in the primary source
 * (confirmed, verify, unconfirmed). docs/sources.md lists the same sources with locators and what is taken from
 * each.
 */
public final class Sources {
  private Sources() {}

  private static Citation cite(String label, String reference, String doi, String url, Confidence confidence) {
    var b = Citation.builder().label(label).reference(reference).confidence(confidence);
    if (doi != null) {
      b.doi(doi);
    }
    if (url != null) {
      b.url(url);
    }
    return b.build();
  }

  /** ISCT minimal criteria for MSC (Dominici 2006). */
  public static final Citation DOMINICI_2006 = cite("ISCT 2006 (Dominici)",
      "Dominici M et al. Minimal criteria for defining multipotent mesenchymal stromal cells. The International"
          + " Society for Cellular Therapy position statement. Cytotherapy 2006;8(4):315-317",
      "10.1080/14653240600855905", null, Confidence.CONFIRMED);

  /** MISEV2018 (Théry 2018). */
  public static final Citation MISEV2018 = cite("MISEV2018 (Thery 2018)",
      "Thery C et al. Minimal information for studies of extracellular vesicles 2018 (MISEV2018). J Extracell"
          + " Vesicles 2018;7:1535750",
      "10.1080/20013078.2018.1535750", null, Confidence.CONFIRMED);

  /** MISEV2023 (Welsh 2024). */
  public static final Citation MISEV2023 = cite("MISEV2023 (Welsh 2024)",
      "Welsh JA et al. Minimal information for studies of extracellular vesicles (MISEV2023). J Extracell Vesicles"
          + " 2024;13:e12404",
      "10.1002/jev2.12404", null, Confidence.CONFIRMED);

  /** Witwer 2019, MSC-sEV for therapy: the pillars (abstract). */
  public static final Citation WITWER_2019 = cite("Witwer 2019 (ISEV/ISCT MSC-sEV)",
      "Witwer KW et al. Defining mesenchymal stromal cell (MSC)-derived small extracellular vesicles for"
          + " therapeutic applications. J Extracell Vesicles 2019;8:1609206",
      "10.1080/20013078.2019.1609206", null, Confidence.CONFIRMED);

  /** Witwer 2019, details of a pillar that were not re-read in the full text. */
  public static final Citation WITWER_2019_DETAIL = Citation.builder().from(WITWER_2019)
      .confidence(Confidence.VERIFY).build();

  /** Nguyen 2024, MSC-EV surface markers across products. */
  public static final Citation NGUYEN_2024 = cite("Nguyen 2024 (MSC-EV markers)",
      "Nguyen VVT et al. Multiplex bead-based EV flow cytometry across 11 MSC-EV products. J Extracell Vesicles"
          + " 2024;13(6):e12463",
      "10.1002/jev2.12463", null, Confidence.CONFIRMED);

  /** USP &lt;85&gt; bacterial endotoxins: K/M. */
  public static final Citation USP_85 = cite("USP <85>",
      "United States Pharmacopeia <85> Bacterial Endotoxins Test; Ph. Eur. 5.1.10 (limit = K/M)", null, null,
      Confidence.CONFIRMED);

  /** FDA Q&amp;A 2012: routes without a parenteral K. */
  public static final Citation FDA_ENDOTOXIN_QA_2012 = cite("FDA Pyrogen and Endotoxins Testing Q&A (2012)",
      "FDA Guidance for Industry: Pyrogen and Endotoxins Testing: Questions and Answers (2012); Ph. Eur. 5.1.10:"
          + " limits for other routes are set during development",
      null, null, Confidence.CONFIRMED);

  /** USP &lt;71&gt; / Ph. Eur. 2.6.1 sterility. */
  public static final Citation USP_71 = cite("USP <71> / Ph. Eur. 2.6.1",
      "United States Pharmacopeia <71> Sterility Tests; Ph. Eur. 2.6.1 Sterility; 21 CFR 610.12", null, null,
      Confidence.CONFIRMED);

  /** Ph. Eur. 2.6.7 mycoplasma. */
  public static final Citation PH_EUR_267 = cite("Ph. Eur. 2.6.7",
      "European Pharmacopoeia 2.6.7 Mycoplasmas", null, null, Confidence.CONFIRMED);

  /** 21 CFR 1271.45/.80 donor eligibility and specimen timing. */
  public static final Citation CFR_1271_80 = cite("21 CFR 1271.80",
      "21 CFR 1271.45 (eligibility determination) and 1271.80 (general requirements for donor testing: (a) birth"
          + " mother's specimen for a donor 1 month of age or younger, (b) specimen within 7 days of recovery, up to"
          + " 30 days before for peripheral blood stem/progenitor cells, bone marrow and oocytes, (c) FDA-licensed,"
          + " approved or cleared donor screening tests)",
      null, "https://www.ecfr.gov/current/title-21/part-1271/subpart-C", Confidence.CONFIRMED);

  /** FDA guidance (August 2016): HBV NAT for HCT/P donors, in addition to HBsAg and anti-HBc. */
  public static final Citation FDA_HBV_NAT_2016 = cite("FDA HBV NAT guidance (2016)",
      "FDA Guidance for Industry: Use of Nucleic Acid Tests to Reduce the Risk of Transmission of Hepatitis B Virus"
          + " from Donors of Human Cells, Tissues, and Cellular and Tissue-Based Products (August 2016), docket"
          + " FDA-2015-D-5073: FDA-licensed HBV NAT in addition to HBsAg and total anti-HBc",
      null, "https://www.fda.gov/regulatory-information/search-fda-guidance-documents/use-nucleic-acid-tests-reduce-risk"
          + "-transmission-hepatitis-b-virus-donors-human-cells-tissues-and", Confidence.CONFIRMED);

  /** FDA guidance (September 2016): WNV NAT for living HCT/P donors, seasonal in the United States. */
  public static final Citation FDA_WNV_NAT_2016 = cite("FDA WNV NAT guidance (2016)",
      "FDA Guidance for Industry: Use of Nucleic Acid Tests to Reduce the Risk of Transmission of West Nile Virus from"
          + " Living Donors of Human Cells, Tissues, and Cellular and Tissue-Based Products (September 2016, corrected"
          + " May 2017), docket FDA-2013-D-1143, section III.A.1: FDA-licensed WNV NAT for HCT/Ps recovered from"
          + " June 1 through October 31 (establishments in the United States; year-round for others)",
      null, "https://www.fda.gov/regulatory-information/search-fda-guidance-documents/use-nucleic-acid-tests-reduce-risk"
          + "-transmission-west-nile-virus-living-donors-human-cells-tissues", Confidence.CONFIRMED);

  /** 21 CFR 1271.85(a) required tests for all donors. */
  public static final Citation CFR_1271_85A = cite("21 CFR 1271.85(a)",
      "21 CFR 1271.85(a): donor testing for HIV-1, HIV-2, HBV, HCV and Treponema pallidum", null,
      "https://www.ecfr.gov/current/title-21/part-1271/subpart-C", Confidence.CONFIRMED);

  /** 21 CFR 1271.85(b) viable, leukocyte-rich cells (list seen only second-hand). */
  public static final Citation CFR_1271_85B = cite("21 CFR 1271.85(b)",
      "21 CFR 1271.85(b): additional testing (HTLV-I/II, CMV) for donors of viable, leukocyte-rich cells or tissue;"
          + " exact wording not re-read",
      null, "https://www.ecfr.gov/current/title-21/part-1271/subpart-C", Confidence.VERIFY);

  /** 21 CFR 1271.90 autologous exception. */
  public static final Citation CFR_1271_90 = cite("21 CFR 1271.90",
      "21 CFR 1271.90(a)(1): donor-eligibility determination not required for autologous use", null,
      "https://www.ecfr.gov/current/title-21/part-1271/subpart-C", Confidence.VERIFY);

  /** MFDS 2024 EV guideline (process and culture items). */
  public static final Citation MFDS_2024 = cite("MFDS 2024",
      "Korea MFDS Guideline on Quality, Non-clinical and Clinical Assessment of EV Therapy Products"
          + " (Guidance-0917-03, 2024)",
      null, null, Confidence.CONFIRMED);

  /**
   * Human platelet lysate as MSC culture supplement: it carries platelet-derived EVs into the culture (Guiotto et
   * al., J Transl Med 2020;18:351).
   */
  public static final Citation GUIOTTO_2020 = cite("Guiotto 2020 (hPL in MSC culture)",
      "Guiotto M, Raffoul W, Hart AM, Riehle MO, di Summa PG. Human platelet lysate to substitute fetal bovine serum"
          + " in hMSC expansion for translational applications: a systematic review. J Transl Med 2020;18:351",
      "10.1186/s12967-020-02489-4", null, Confidence.CONFIRMED);

  /**
   * Virus safety of serum supplements in every culture step that contributes to the product: stated for animal serum
   * by MFDS 2024; applied to supplements derived from human blood (donor screening, pathogen reduction) by analogy,
   * which is why the confidence is VERIFY.
   */
  public static final Citation SERUM_VIRUS_SAFETY = cite("MFDS 2024 (serum in any culture step)",
      "Korea MFDS Guideline on Quality, Non-clinical and Clinical Assessment of EV Therapy Products"
          + " (Guidance-0917-03, 2024): animal materials; human blood-derived supplements by analogy",
      null, null, Confidence.VERIFY);

  /** Oxygen levels in MSC culture (Phelps 2023). */
  public static final Citation PHELPS_2023 = cite("Phelps 2023 (O2 in MSC culture)",
      "Phelps J et al. Stem Cell Res Ther 2023 (physioxia 2-9 % O2; hypoxia conditioning at 5 % O2 in"
          + " Front Bioeng Biotechnol 2019, DOI 10.3389/fbioe.2019.00292)",
      "10.1186/s13287-023-03439-9", null, Confidence.VERIFY);

  /** Priming agents: concentration and duration must be stated (doses not confirmed). */
  public static final Citation PRIMING = cite("Lopez-Garcia 2021 (MSC priming)",
      "Lopez-Garcia L, Castro-Manrreza ME. TNF-alpha and IFN-gamma participate in improving the immunoregulatory"
          + " capacity of MSCs. IJMS 2021;22:9531; Chouaib B et al. IJMS 2023;24:12594",
      null, null, Confidence.CONFIRMED);

  /** Formulation windows: Paracrine defaults without a compendial source. */
  public static final Citation FORMULATION_DEFAULTS = cite("Paracrine formulation defaults (unconfirmed)",
      "No compendial pH or osmolality limit exists; defaults centred on blood pH 7.4 (Stranz M, Kastango ES."
          + " IJPC 2002) and an isotonic 290 mOsm/kg; osmolality 200-400 mOsm/kg quoted by non-authoritative"
          + " sources",
      null, null, Confidence.UNCONFIRMED);

  /** Ophthalmic tolerance 0.6-2.0 % NaCl equivalent (Remington-derived). */
  public static final Citation OPHTHALMIC_TONICITY = cite("Ophthalmic tonicity 0.6-2.0 % NaCl",
      "Ophthalmic solutions tolerated from 0.6 % to 2.0 % NaCl equivalent (Remington-derived; IJARBS 2016);"
          + " converted with 0.9 % NaCl = 290 mOsm/kg: 193.33-644.44 mOsm/kg, applied as 193.4-644.4 (rounded inward)",
      "10.22192/ijarbs.2016.03.10.028", null, Confidence.VERIFY);

  /** Webber &amp; Clayton 2013 purity bands (not confirmed). */
  public static final Citation WEBBER_CLAYTON_2013 = cite("Webber & Clayton 2013 (unconfirmed bands)",
      "Webber J, Clayton A. How pure are your vesicles? J Extracell Vesicles 2013;2:19861 (band thresholds widely"
          + " quoted but not confirmed in the full text)",
      "10.3402/jev.v2i0.19861", null, Confidence.UNCONFIRMED);

  /**
   * MISEV2018 marker items with the detection threshold: MISEV2018 asks that a marker be shown, but no primary source
   * gives a percentage above which an EV marker counts as detected, so the threshold is a documented Paracrine
   * default (verify).
   */
  public static final Citation MISEV2018_MARKER_THRESHOLD = Citation.builder().from(MISEV2018)
      .label("MISEV2018 (Thery 2018); detection threshold a Paracrine default")
      .reference("Thery C et al. MISEV2018. J Extracell Vesicles 2018;7:1535750 (items M1-M3). No primary source"
          + " gives a percentage above which an EV marker counts as detected: the threshold is a parameter, default"
          + " 2 % by analogy with the <= 2 % ceiling for negative markers of ISCT 2006 (Dominici M et al.,"
          + " Cytotherapy 2006;8:315)")
      .confidence(Confidence.VERIFY).build();

  /** Witwer 2019 / Nguyen 2024 marker criteria with the detection threshold (verify, as above). */
  public static final Citation NGUYEN_2024_MARKER_THRESHOLD = Citation.builder().from(NGUYEN_2024)
      .label("Nguyen 2024 (MSC-EV markers); detection threshold a Paracrine default")
      .reference("Nguyen VVT et al. J Extracell Vesicles 2024;13(6):e12463 (markers consistently positive or"
          + " negative). No primary source gives a percentage above which an EV marker counts as detected: the"
          + " threshold is a parameter, default 2 % by analogy with the <= 2 % ceiling for negative markers of ISCT"
          + " 2006 (Dominici M et al., Cytotherapy 2006;8:315)")
      .confidence(Confidence.VERIFY).build();

  /** MISEV2023 items whose wording was not re-read in the full text (verify). */
  public static final Citation MISEV2023_DETAIL = Citation.builder().from(MISEV2023)
      .confidence(Confidence.VERIFY).build();

  /**
   * FDA draft guidance on potency assurance (December 2023): a potency assay for lot release with an acceptance
   * criterion, and reference materials against which results are compared.
   */
  public static final Citation FDA_POTENCY_2023 = cite("FDA 2023 draft potency assurance",
      "U.S. FDA. Potency Assurance for Cellular and Gene Therapy Products; Draft Guidance for Industry. December"
          + " 2023. Docket FDA-2023-D-4299",
      null, "https://www.fda.gov/regulatory-information/search-fda-guidance-documents/"
          + "potency-assurance-cellular-and-gene-therapy-products", Confidence.CONFIRMED);

  /** FDA 2023 draft: the reference-standard comparison (wording not re-read in the full text; verify). */
  public static final Citation FDA_POTENCY_2023_REFERENCE = Citation.builder().from(FDA_POTENCY_2023)
      .confidence(Confidence.VERIFY).build();

  /** EV-METRIC (EV-TRACK 2017). */
  public static final Citation EV_TRACK_2017 = cite("EV-TRACK 2017 (EV-METRIC)",
      "EV-TRACK Consortium (Van Deun J et al.). EV-TRACK: transparent reporting and centralizing knowledge in"
          + " extracellular vesicle research. Nat Methods 2017",
      "10.1038/nmeth.4185", null, Confidence.VERIFY);

  /** Paracrine's own structural and record-consistency rules. */
  public static final Citation PARACRINE = cite("Paracrine record rules",
      "Paracrine record format: constraints of the core types and consistency of lot and product", null, null,
      Confidence.CONFIRMED);

  /** Nelson 1984, the eight tests for special causes (details not re-read in the primary text). */
  public static final Citation NELSON_1984 = cite("Nelson 1984 (control-chart tests)",
      "Nelson LS. The Shewhart control chart - tests for special causes. J Qual Technol 1984;16(4):237-239",
      null, null, Confidence.VERIFY);

  /** Western Electric handbook 1956, zone rules (not re-read). */
  public static final Citation WESTERN_ELECTRIC_1956 = cite("Western Electric 1956 (zone rules)",
      "Western Electric Company. Statistical Quality Control Handbook. Indianapolis: Western Electric; 1956", null,
      null, Confidence.VERIFY);

  /** Shewhart 3-sigma control limits (not re-read). */
  public static final Citation SHEWHART_1931 = cite("Shewhart 1931 (3-sigma limits)",
      "Shewhart WA. Economic Control of Quality of Manufactured Product. New York: Van Nostrand; 1931", null, null,
      Confidence.VERIFY);

  /**
   * Returns the citation of one Nelson test: its number, the Western Electric equivalent, and for test 1 the
   * Shewhart 3-sigma limits.
   *
   * @param rule the rule
   * @return the citation (confidence: verify)
   */
  public static Citation controlChart(org.paracrine.core.spec.ControlChartRule rule) {
    String label = "Nelson 1984 test " + rule.number() + (rule.number() == 1 ? " (Shewhart 3-sigma)" : "");
    String reference = NELSON_1984.reference().orElseThrow() + "; test " + rule.number() + ": "
        + rule.description() + ". " + rule.westernElectric() + ": " + WESTERN_ELECTRIC_1956.reference().orElseThrow()
        + (rule.number() == 1 ? ". " + SHEWHART_1931.reference().orElseThrow() : "");
    return cite(label, reference, null, null, Confidence.VERIFY);
  }

  /** Paracrine's consistency analysis: statistics, conversions and the censoring policy. */
  public static final Citation PARACRINE_CONSISTENCY = cite("Paracrine consistency analysis",
      "Paracrine lot-to-lot consistency: BigDecimal statistics (sample SD, n - 1), exact per-mL/per-ug-protein"
          + " conversion with each lot's own total protein, censored values never replaced by numbers",
      null, null, Confidence.CONFIRMED);

  /** Ph. Eur. 2.6.7 as revised in edition 12.2: NAT alone, its sensitivity and sampling (text not seen). */
  public static final Citation PH_EUR_267_NAT = cite("Ph. Eur. 2.6.7 (edition 12.2)",
      "European Pharmacopoeia 2.6.7 Mycoplasmas, revised in supplement 12.2, applicable from 1 April 2026: a"
          + " nucleic-acid amplification technique used alone detects 10 CFU/mL or fewer, or fewer than 100 genome"
          + " copies/mL; cells and culture supernatant are tested (figures from summaries of the revised chapter)",
      null, null, Confidence.VERIFY);

  /** 21 CFR 610.12 sterility (culture-based or validated alternative methods). */
  public static final Citation CFR_610_12 = cite("21 CFR 610.12",
      "21 CFR 610.12 Sterility (2012 final rule): each lot is tested by a method that is appropriate, validated and"
          + " verified, culture-based (e.g. USP <71>: at least 14 days' incubation) or not",
      null, "https://www.ecfr.gov/current/title-21/chapter-I/subchapter-F/part-610/subpart-B/section-610.12",
      Confidence.CONFIRMED);

  /** Lot expiry and shelf life (21 CFR 610.53 dating periods; 21 CFR 211.137 expiration dating). */
  public static final Citation EXPIRY_DATING = cite("21 CFR 211.137 / 610.53",
      "21 CFR 211.137 (expiration dating) and 21 CFR 610.53 (dating periods of licensed biologics, counted from the"
          + " date of manufacture): a lot is not released after its expiry date, and its expiry lies within the"
          + " product's stated dating period (shelf life)",
      null, "https://www.ecfr.gov/current/title-21/part-610/section-610.53", Confidence.VERIFY);

  /** WHO TRS 978 Annex 3: residual cell-substrate DNA. */
  public static final Citation WHO_TRS_978_A3 = cite("WHO TRS 978, Annex 3",
      "WHO Recommendations for the evaluation of animal cell cultures as substrates for the manufacture of biological"
          + " medicinal products (TRS 978, 2013, Annex 3): residual DNA from continuous cell lines in parenteral"
          + " products, 10 ng per dose (figure not re-read in the primary text)",
      null, null, Confidence.VERIFY);

  /** USP &lt;788&gt; particulate matter in injections. */
  public static final Citation USP_788 = cite("USP <788>",
      "United States Pharmacopeia <788> Particulate Matter in Injections, light obscuration test for small-volume"
          + " injections: not more than 6000 particles of 10 um or larger and 600 of 25 um or larger per container"
          + " (figures not re-read in the primary text)",
      null, null, Confidence.VERIFY);

  /** Process residuals and adventitious agents: characterise and set criteria (MFDS 2024; ICH Q5A). */
  public static final Citation RESIDUALS_MFDS_Q5A = cite("MFDS 2024; ICH Q5A(R2)",
      "Korea MFDS EV guideline 2024 (residual serum, antibiotics and other media components are characterised and"
          + " limited; no figure given) and ICH Q5A(R2) (testing for adventitious viruses)",
      null, null, Confidence.VERIFY);
}
