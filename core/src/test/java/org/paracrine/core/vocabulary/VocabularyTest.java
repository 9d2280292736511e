package org.paracrine.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  static List<Class<? extends Enum<?>>> vocabularies() {
    return List.of(TissueSource.class, SourceMaterialType.class, ProductType.class, MisevCategory.class,
        Marker.class, EvIsolationMethod.class, Measurand.class, AnalyticalMethod.class, RouteOfAdministration.class,
        DoseForm.class, CultureFormat.class, SupplementType.class, OxygenCondition.class, PrimingAgent.class,
        DownstreamOperation.class, DonorRelationship.class, DonorSex.class, DonorTestType.class,
        SpecimenSource.class, SampledMaterial.class, QualitativeOutcome.class, QualityAttribute.class,
        GuidelineVersion.class, ParticleClass.class, DoseBasis.class, ContainerType.class, CellBankType.class, DifferentiationLineage.class,
        Analyte.class, AnalyteKind.class, NormalisationBasis.class);
  }

  private static final Pattern CURIE = Pattern.compile("(UBERON|CL|HGNC|EDQM|CHEBI):[0-9]+");

  @ParameterizedTest
  @MethodSource("vocabularies")
  void everyTermHasAUniqueCodeADisplayAndAWellFormedIdentifier(Class<? extends Enum<?>> type) {
    Set<String> codes = new HashSet<>();
    for (Enum<?> e : type.getEnumConstants()) {
      Vocabulary v = (Vocabulary) e;
      assertThat(v.code()).as(e.name()).isNotBlank();
      assertThat(codes.add(v.code())).as("duplicate code " + v.code()).isTrue();
      assertThat(v.display()).as(e.name()).isNotBlank();
      v.ontologyId().ifPresent(id -> assertThat(id).matches(CURIE));
    }
  }

  static Stream<Arguments> tissueIds() {
    return Stream.of(
        Arguments.of(TissueSource.BONE_MARROW, "UBERON:0002371", "CL:0002540"),
        Arguments.of(TissueSource.ADIPOSE_TISSUE, "UBERON:0001013", "CL:0002570"),
        Arguments.of(TissueSource.UMBILICAL_CORD, "UBERON:0002331", "CL:0002569"),
        Arguments.of(TissueSource.WHARTONS_JELLY, "UBERON:0003422", "CL:0002568"),
        Arguments.of(TissueSource.PLACENTA, "UBERON:0001987", null),
        Arguments.of(TissueSource.AMNIOTIC_FLUID, "UBERON:0000173", null),
        Arguments.of(TissueSource.AMNION, "UBERON:0000305", "CL:0002537"),
        Arguments.of(TissueSource.DENTAL_PULP, "UBERON:0001754", null),
        Arguments.of(TissueSource.MENSTRUAL_BLOOD, "UBERON:0001295", "CL:0002255"),
        Arguments.of(TissueSource.PERIPHERAL_BLOOD, "UBERON:0000178", null),
        Arguments.of(TissueSource.IPSC_DERIVED, null, null));
  }

  @ParameterizedTest
  @MethodSource("tissueIds")
  void tissueSourcesCarryTheConfirmedUberonAndCellOntologyIds(TissueSource t, String uberon, String cl) {
    assertThat(t.ontologyId().orElse(null)).isEqualTo(uberon);
    assertThat(t.cellOntologyId().orElse(null)).isEqualTo(cl);
  }

  @Test
  void perinatalTissuesAreMarked() {
    assertThat(Stream.of(TissueSource.values()).filter(TissueSource::perinatal))
        .containsExactlyInAnyOrder(TissueSource.UMBILICAL_CORD, TissueSource.WHARTONS_JELLY, TissueSource.PLACENTA,
            TissueSource.AMNIOTIC_FLUID, TissueSource.AMNION);
  }

  @Test
  void markersCarryTheirHgncIds() {
    Map<Marker, String> expected = Map.ofEntries(
        Map.entry(Marker.CD9, "HGNC:1709"), Map.entry(Marker.CD63, "HGNC:1692"), Map.entry(Marker.CD81, "HGNC:1701"),
        Map.entry(Marker.TSG101, "HGNC:15971"), Map.entry(Marker.PDCD6IP, "HGNC:8766"),
        Map.entry(Marker.SDCBP, "HGNC:10662"), Map.entry(Marker.FLOT1, "HGNC:3757"),
        Map.entry(Marker.CANX, "HGNC:1473"), Map.entry(Marker.GOLGA2, "HGNC:4425"),
        Map.entry(Marker.APOA1, "HGNC:600"), Map.entry(Marker.APOB, "HGNC:603"), Map.entry(Marker.ALB, "HGNC:399"),
        Map.entry(Marker.NT5E, "HGNC:8021"), Map.entry(Marker.THY1, "HGNC:11801"), Map.entry(Marker.ENG, "HGNC:3349"),
        Map.entry(Marker.CD44, "HGNC:1681"), Map.entry(Marker.ITGB1, "HGNC:6153"), Map.entry(Marker.CD34, "HGNC:1662"),
        Map.entry(Marker.PTPRC, "HGNC:9666"), Map.entry(Marker.CD14, "HGNC:1628"),
        Map.entry(Marker.ITGAM, "HGNC:6149"), Map.entry(Marker.CD79A, "HGNC:1698"),
        Map.entry(Marker.CD19, "HGNC:1633"), Map.entry(Marker.HLA_DRA, "HGNC:4947"),
        Map.entry(Marker.CCR7, "HGNC:1608"));
    expected.forEach((m, id) -> assertThat(m.ontologyId()).as(m.name()).contains(id));
    assertThat(Marker.HISTONES.ontologyId()).isEmpty();
    assertThat(expected).hasSize(Marker.values().length - 1);
  }

  @Test
  void markersAreFoundByCommonNameOrSymbol() {
    assertThat(Marker.byName("CD73")).contains(Marker.NT5E);
    assertThat(Marker.byName("nt5e")).contains(Marker.NT5E);
    assertThat(Marker.byName("ALIX")).contains(Marker.PDCD6IP);
    assertThat(Marker.byName("HLA-DR")).contains(Marker.HLA_DRA);
    assertThat(Marker.byName("CD999")).isEmpty();
  }

  @Test
  void markersCarryMisevCategories() {
    assertThat(Marker.CD63.misevCategory()).contains(MisevCategory.TRANSMEMBRANE_OR_GPI);
    assertThat(Marker.TSG101.misevCategory()).contains(MisevCategory.CYTOSOLIC);
    assertThat(Marker.APOA1.misevCategory()).contains(MisevCategory.NON_EV_STRUCTURES);
    assertThat(Marker.GOLGA2.misevCategory()).contains(MisevCategory.OTHER_INTRACELLULAR);
    assertThat(Marker.CCR7.misevCategory()).isEmpty();
  }

  @Test
  void producingCellMembraneProteinsAreMisevCategoryOneNotOnlyTetraspanins() {
    for (Marker m : List.of(Marker.NT5E, Marker.THY1, Marker.ENG, Marker.CD44, Marker.ITGB1, Marker.ITGAM)) {
      assertThat(m.misevCategory()).as(m.code()).contains(MisevCategory.TRANSMEMBRANE_OR_GPI);
    }
  }

  @Test
  void routesCarryEdqmCodesAndEndotoxinCategories() {
    assertThat(RouteOfAdministration.INTRAVENOUS.ontologyId()).contains("EDQM:20045000");
    assertThat(RouteOfAdministration.INTRATHECAL.ontologyId()).contains("EDQM:20042000");
    assertThat(RouteOfAdministration.INHALATION.ontologyId()).contains("EDQM:20020000");
    assertThat(RouteOfAdministration.EPILESIONAL.ontologyId()).contains("EDQM:20010000");
    assertThat(RouteOfAdministration.INTRA_ARTICULAR.ontologyId()).contains("EDQM:20024000");
    assertThat(RouteOfAdministration.OCULAR.ontologyId()).contains("EDQM:20051000");
    assertThat(RouteOfAdministration.INTRACOCHLEAR.ontologyId()).isEmpty();
    assertThat(RouteOfAdministration.INTRAVENOUS.category()).isEqualTo(RouteCategory.PARENTERAL);
    assertThat(RouteOfAdministration.INTRATHECAL.category()).isEqualTo(RouteCategory.INTRATHECAL);
    assertThat(RouteOfAdministration.INTRAVITREAL.category()).isEqualTo(RouteCategory.OPHTHALMIC);
    assertThat(RouteOfAdministration.INHALATION.category()).isEqualTo(RouteCategory.INHALATION);
  }

  @Test
  void doseFormsCarryEdqmCodes() {
    assertThat(DoseForm.GEL.ontologyId()).contains("EDQM:10503000");
    assertThat(DoseForm.LYOPHILISATE_FOR_SOLUTION_FOR_INJECTION.ontologyId()).contains("EDQM:11217000");
    assertThat(DoseForm.NEBULISER_SOLUTION.ontologyId()).contains("EDQM:11101000");
    assertThat(DoseForm.SOLUTION_FOR_INJECTION.ontologyId()).contains("EDQM:11201000");
  }

  @Test
  void methodsFillTheirMisevSlots() {
    assertThat(AnalyticalMethod.NTA.singleParticleNonImaging()).isTrue();
    assertThat(AnalyticalMethod.NTA.measurand()).contains(Measurand.PARTICLES);
    assertThat(AnalyticalMethod.CRYO_EM.singleVesicleImaging()).isTrue();
    assertThat(AnalyticalMethod.DYNAMIC_LIGHT_SCATTERING.singleParticleNonImaging()).isFalse();
    assertThat(AnalyticalMethod.BCA.measurand()).contains(Measurand.PROTEIN);
    assertThat(AnalyticalMethod.LIPID_ASSAY.measurand()).contains(Measurand.LIPID);
  }

  @Test
  void outcomesKnowWhetherTheyMeanFoundOrNotFound() {
    assertThat(QualitativeOutcome.NO_GROWTH.negative()).isTrue();
    assertThat(QualitativeOutcome.PRESENT.positive()).isTrue();
    assertThat(QualitativeOutcome.CONFORMS.positive() || QualitativeOutcome.CONFORMS.negative()).isFalse();
  }

  @Test
  void aKnownCodeParsesToItsConstant() {
    Term<TissueSource> t = Term.parse(TissueSource.class, "BM");
    assertThat(t.isKnown()).isTrue();
    assertThat(t.known()).contains(TissueSource.BONE_MARROW);
    assertThat(t.is(TissueSource.BONE_MARROW)).isTrue();
    assertThat(t).isEqualTo(TissueSource.BONE_MARROW.term());
    assertThat(t.display()).isEqualTo("bone marrow");
    assertThat(t.toString()).isEqualTo("BM");
    assertThat(TissueSource.fromCode("BM")).contains(TissueSource.BONE_MARROW);
  }

  @Test
  void knownIsOneSharedInstancePerTerm() {
    // rules ask every term for its constant on every check: the answer is built with the term, not on each call
    Term<TissueSource> t = Term.parse(TissueSource.class, "BM");
    assertThat(t.known()).isSameAs(t.known()).isSameAs(TissueSource.BONE_MARROW.term().known());
    Term<TissueSource> unknown = Term.parse(TissueSource.class, "OLFACTORY_MUCOSA");
    assertThat(unknown.known()).isSameAs(java.util.Optional.empty());
  }

  @Test
  void anUnknownCodeIsKeptNotLost() {
    Term<TissueSource> t = Term.parse(TissueSource.class, "OLFACTORY_MUCOSA");
    assertThat(t.isKnown()).isFalse();
    assertThat(t.code()).isEqualTo("OLFACTORY_MUCOSA");
    assertThat(t.known()).isEmpty();
    assertThat(t.display()).isEqualTo("OLFACTORY_MUCOSA");
    assertThat(t.toString()).isEqualTo("OLFACTORY_MUCOSA?");
    assertThat(t).isEqualTo(Term.parse(TissueSource.class, "OLFACTORY_MUCOSA"));
    assertThat(t).isNotEqualTo(Term.parse(DonorSex.class, "OLFACTORY_MUCOSA"));
    assertThat(t.vocabulary()).isEqualTo(TissueSource.class);
  }

  @Test
  void codesAreCaseSensitive() {
    assertThat(Term.parse(TissueSource.class, "bm").isKnown()).isFalse();
  }

  @Test
  void blankOverlongOrControlCodesAreRefused() {
    assertThatThrownBy(() -> Term.parse(TissueSource.class, " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid TissueSource code").hasMessageContaining("[BM, AT, UC, WJ, PL, AF, ...]");
    assertThatThrownBy(() -> Term.parse(TissueSource.class, "x".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 128");
    assertThatThrownBy(() -> Term.parse(TissueSource.class, "a\nb")).isInstanceOf(IllegalArgumentException.class);
  }
}
