package org.paracrine.core.assay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.DoseCalculator;
import org.paracrine.core.quantity.IncomparableUnitsException;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.Analyte;
import org.paracrine.core.vocabulary.AnalyteKind;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.NormalisationBasis;
import org.paracrine.core.vocabulary.Term;

class AnalyteResultTest {

  private static final Quantity PROTEIN = Quantity.of("85", "ug/mL");

  @Test
  void analytesCarryConfirmedIdentifiers() {
    assertThat(Analyte.VEGFA.ontologyId()).contains("HGNC:12680");
    assertThat(Analyte.TNFAIP6.ontologyId()).contains("HGNC:11898");
    assertThat(Analyte.IDO1.ontologyId()).contains("HGNC:6059");
    assertThat(Analyte.PGE2.ontologyId()).contains("CHEBI:15551");
    assertThat(Analyte.KYNURENINE.ontologyId()).contains("CHEBI:16946");
    assertThat(Analyte.CXCL8.ontologyId()).isEmpty();
    assertThat(Analyte.byName("TSG-6")).contains(Analyte.TNFAIP6);
    assertThat(Analyte.byName("il-8")).contains(Analyte.CXCL8);
    assertThat(Analyte.PGE2.kind()).isEqualTo(AnalyteKind.SMALL_MOLECULE);
  }

  @Test
  void aValueBelowTheLoqMustBeCensored() {
    assertThatThrownBy(() -> AnalyteResult.builder().analyte(Term.of(Analyte.IL10)).value(Quantity.of(0, "pg/mL"))
        .normalisation(Term.of(NormalisationBasis.PER_ML_PRODUCT)).loq(Quantity.of("7.8", "pg/mL")).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("AnalyteResult.value: was 0 pg/mL, expected a value ≥ loq 7.8 pg/mL, or censoring BELOW_LOQ"
            + " with the LOQ as value (never a number below the LOQ)");
  }

  @Test
  void aCensoredValueKeepsTheLimitNotZero() {
    AnalyteResult r = AnalyteResult.builder().analyte(Term.of(Analyte.IL10)).value(Quantity.of("7.8", "pg/mL"))
        .normalisation(Term.of(NormalisationBasis.PER_ML_PRODUCT)).loq(Quantity.of("7.8", "pg/mL"))
        .censoring(Censoring.BELOW_LOQ).method(Term.of(AnalyticalMethod.ELISA)).build();
    assertThat(r.quantified()).isFalse();
    assertThat(r.value().value()).isEqualByComparingTo("7.8");
  }

  @Test
  void theUnitMustFitTheNormalisation() {
    assertThatThrownBy(() -> AnalyteResult.perMillilitre(Analyte.VEGFA, Quantity.of(1250, "pg/ug"),
        AnalyticalMethod.ELISA)).isInstanceOf(InvariantViolationException.class)
        .hasMessage("AnalyteResult.value: was 1250 pg/ug, expected an amount per volume, e.g. pg/mL, for"
            + " normalisation per-mL");
    assertThatThrownBy(() -> AnalyteResult.builder().analyte(Term.of(Analyte.VEGFA)).value(Quantity.of(5, "pg/mL"))
        .normalisation(Term.of(NormalisationBasis.PER_UG_TOTAL_PROTEIN)).build())
        .isInstanceOf(InvariantViolationException.class).hasMessageContaining("per-ug-protein");
    assertThatThrownBy(() -> AnalyteResult.builder().analyte(Term.of(Analyte.VEGFA)).value(Quantity.of(5, "pg/mL"))
        .normalisation(Term.of(NormalisationBasis.PER_MILLION_CELLS_PER_DAY)).build())
        .isInstanceOf(InvariantViolationException.class).hasMessageContaining("per-1E6-cells-per-24h");
    assertThat(AnalyteResult.builder().analyte(Term.of(Analyte.VEGFA)).value(Quantity.of(410, "pg/10*6{cells}/d"))
        .normalisation(Term.of(NormalisationBasis.PER_MILLION_CELLS_PER_DAY)).build().value().unit())
        .isEqualTo("pg/10*6{cells}/d");
  }

  @Test
  void perMillilitreToPerMicrogramProteinUsesTheLotsOwnProtein() {
    AnalyteResult perMl = AnalyteResult.builder().from(AnalyteResult.perMillilitre(Analyte.VEGFA,
        Quantity.of(1275, "pg/mL"), AnalyticalMethod.ELISA)).loq(Quantity.of("8.5", "pg/mL")).build();
    AnalyteResult perUg = AnalyteNormalisation.toPerMicrogramProtein(perMl, PROTEIN);
    assertThat(perUg.normalisation().is(NormalisationBasis.PER_UG_TOTAL_PROTEIN)).isTrue();
    assertThat(perUg.value().unit()).isEqualTo("pg/ug");
    assertThat(perUg.value().value()).isEqualByComparingTo("15");
    assertThat(perUg.loq().orElseThrow().value()).isEqualByComparingTo("0.1");
    AnalyteResult back = AnalyteNormalisation.toPerMillilitre(perUg, PROTEIN);
    assertThat(back.value().to("pg/mL").value()).isEqualByComparingTo("1275");
    assertThat(back.loq().orElseThrow().to("pg/mL").value()).isEqualByComparingTo("8.5");
  }

  @Test
  void conversionAcrossVolumeAndMassUnitsIsExact() {
    AnalyteResult perMl = AnalyteResult.perMillilitre(Analyte.HGF, Quantity.of("2.4", "ng/mL"),
        AnalyticalMethod.ELISA);
    AnalyteResult perUg = AnalyteNormalisation.toPerMicrogramProtein(perMl, Quantity.of("0.12", "mg/mL"));
    assertThat(perUg.value().to("pg/ug").value()).isEqualByComparingTo("20");
  }

  @Test
  void conversionRefusesTheWrongBasisOrProtein() {
    AnalyteResult perMl = AnalyteResult.perMillilitre(Analyte.HGF, Quantity.of("2.4", "ng/mL"),
        AnalyticalMethod.ELISA);
    assertThatThrownBy(() -> AnalyteNormalisation.toPerMillilitre(perMl, PROTEIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a result normalised per-ug-protein, was per-mL for HGF");
    assertThatThrownBy(() -> AnalyteNormalisation.toPerMicrogramProtein(perMl, Quantity.of(85, "ug")))
        .isInstanceOf(IncomparableUnitsException.class).hasMessageContaining("mass per volume");
    assertThatThrownBy(() -> AnalyteNormalisation.toPerMicrogramProtein(perMl, Quantity.of(0, "ug/mL")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("greater than zero");
  }

  @Test
  void particleToProteinRatioIsAConcentrationRatio() {
    Quantity ratio = DoseCalculator.concentrationRatio(Quantity.of("3.1E+11", "{particles}/mL"),
        Quantity.of("0.0095", "mg/mL"));
    assertThat(ratio.unit()).isEqualTo("{particles}/mg");
    assertThat(ratio.to("{particles}/ug").value().toBigInteger().toString()).startsWith("32631578947");
    assertThat(DoseCalculator.concentrationRatio(Quantity.of("2.0E+11", "{particles}/mL"),
        Quantity.of("1.4", "mg/L")).to("{particles}/ug").value()).isGreaterThan(java.math.BigDecimal.ZERO);
  }

  @Test
  void aLotListsEachAnalyteOncePerBasis() {
    AnalyteResult a = AnalyteResult.perMillilitre(Analyte.IL6, Quantity.of(900, "pg/mL"), AnalyticalMethod.ELISA);
    assertThatThrownBy(() -> Lot.builder().id("L").productId("P").manufactureDate(LocalDate.of(2025, 1, 1))
        .addComposition(a).addComposition(a).build()).isInstanceOf(InvariantViolationException.class)
        .hasMessage("Lot.composition: was IL6 per-mL, expected unique entries (this one occurs more than once)");
  }
}
