package org.paracrine.core.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.DoseCalculator;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.DoseBasis;
import org.paracrine.core.vocabulary.DownstreamOperation;
import org.paracrine.core.vocabulary.EvIsolationMethod;
import org.paracrine.core.vocabulary.OxygenCondition;
import org.paracrine.core.vocabulary.PrimingAgent;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.RouteOfAdministration;
import org.paracrine.core.vocabulary.SourceMaterialType;
import org.paracrine.core.vocabulary.SupplementType;
import org.paracrine.core.vocabulary.TissueSource;

/** The five real-product fixtures of the foundation issue, built through the public API. */
class ReferenceProductsTest {

  @Test
  void boneMarrowEvProductIsDosed15MillilitresOnDays1And4ForA70KgAdult() {
    SecretomeProduct p = ReferenceProducts.boneMarrowEvIntravenous();
    assertThat(p.type().known()).contains(ProductType.EV_FRACTION);
    assertThat(p.source().tissue().orElseThrow().known()).contains(TissueSource.BONE_MARROW);
    assertThat(p.source().donor().orElseThrow().relationship().code()).isEqualTo("allogeneic");
    DosingRegimen r = p.regimens().get(0);
    assertThat(r.route().known()).contains(RouteOfAdministration.INTRAVENOUS);
    assertThat(r.dose().basis().known()).contains(DoseBasis.VOLUME);
    assertThat(r.dose().amount()).isEqualTo(Quantity.of(15, "mL"));
    assertThat(r.dose().perBodyMass()).isFalse();
    assertThat(r.schedule().orElseThrow().days()).containsExactly(1, 4);
    assertThat(r.referenceBodyMass()).contains(Quantity.of(70, "kg"));
    assertThat(DoseCalculator.perBodyMass(r.dose().amount(), r.referenceBodyMass().orElseThrow()).value()
        .toPlainString()).startsWith("0.2142857142857142857142857142857143");
  }

  @Test
  void amnioticFluidProductIsANativeBiofluidGivenAs1MillilitreOnDays0To8In100MillilitresSaline() {
    SecretomeProduct p = ReferenceProducts.amnioticFluidEvIntravenous();
    assertThat(p.source().type().known()).contains(SourceMaterialType.NATIVE_BIOFLUID);
    assertThat(p.source().tissue().orElseThrow().known()).contains(TissueSource.AMNIOTIC_FLUID);
    assertThat(p.source().cellBank()).isEmpty();
    assertThat(p.process().orElseThrow().conditioning()).isEmpty();
    DosingRegimen r = p.regimens().get(0);
    assertThat(r.dose().amount()).isEqualTo(Quantity.of(1, "mL"));
    assertThat(r.schedule().orElseThrow().days()).containsExactly(0, 4, 8);
    assertThat(r.dilution().orElseThrow().volume()).isEqualTo(Quantity.of(100, "mL"));
    var ev = ReferenceLots.amnioticFluidEvIntravenous().evCharacterisation().orElseThrow();
    assertThat(ev.particleConcentration().orElseThrow().value()).isEqualTo(Quantity.of("2.0E+11", "{particles}/mL"));
    assertThat(ev.proteinConcentration().orElseThrow().value().to("mg/mL").value()).isEqualByComparingTo("1.4");
    Quantity particlesPerDose = DoseCalculator.amount(ev.particleConcentration().get().value(), r.dose().amount());
    assertThat(particlesPerDose).isEqualTo(Quantity.of("2.0E+11", "{particles}"));
  }

  @Test
  void gelContains10PercentUmbilicalCordSecretomeForWounds() {
    SecretomeProduct p = ReferenceProducts.umbilicalCordSecretomeGel();
    assertThat(p.source().tissue().orElseThrow().known()).contains(TissueSource.UMBILICAL_CORD);
    assertThat(p.formulation().orElseThrow().doseForm().code()).isEqualTo("gel");
    assertThat(p.formulation().orElseThrow().secretomeContent()).contains(Quantity.of(10, "%"));
    assertThat(p.formulation().orElseThrow().secretomeContentBasis()).isEmpty();
    DosingRegimen r = p.regimens().get(0);
    assertThat(r.route().known()).contains(RouteOfAdministration.EPILESIONAL);
    assertThat(r.dose().basis().known()).contains(DoseBasis.PERCENT_IN_VEHICLE);
    assertThat(r.schedule().orElseThrow().days()).isEmpty();
    assertThat(r.schedule().orElseThrow().description()).isPresent();
  }

  @Test
  void nebulisedAdiposeEvsDeliver2E8ParticlesIn3Millilitres() {
    SecretomeProduct p = ReferenceProducts.adiposeEvNebulised();
    assertThat(p.source().tissue().orElseThrow().known()).contains(TissueSource.ADIPOSE_TISSUE);
    DosingRegimen r = p.regimens().get(0);
    assertThat(r.route().known()).contains(RouteOfAdministration.INHALATION);
    assertThat(r.dose().basis().known()).contains(DoseBasis.PARTICLES);
    assertThat(r.dose().amount()).isEqualTo(Quantity.of("2.0E+8", "{particles}"));
    assertThat(r.deliveredVolume()).contains(Quantity.of(3, "mL"));
    var lot = ReferenceLots.adiposeEvNebulised().evCharacterisation().orElseThrow();
    Quantity volume = DoseCalculator.volumeFor(r.dose().amount(), lot.particleConcentration().get().value());
    assertThat(volume.value()).isBetween(new java.math.BigDecimal("2.98"), new java.math.BigDecimal("2.99"));
  }

  @Test
  void lyophilisedSecretomeIsMadeUnderHypoxiaWithInterferonPrimingTffAndSterileFiltration() {
    SecretomeProduct p = ReferenceProducts.lyophilisedBoneMarrowSecretomeIntraArticular();
    assertThat(p.type().known()).contains(ProductType.LYOPHILISED_SECRETOME);
    var conditioning = p.process().orElseThrow().conditioning().orElseThrow();
    assertThat(conditioning.oxygen()).contains(Quantity.of(5, "%"));
    assertThat(conditioning.oxygenCondition().orElseThrow().known()).contains(OxygenCondition.HYPOXIA);
    assertThat(conditioning.supplement().orElseThrow().known()).contains(SupplementType.SERUM_FREE);
    assertThat(conditioning.duration()).contains(Quantity.of(48, "h"));
    assertThat(conditioning.priming()).hasSize(1);
    assertThat(conditioning.priming().get(0).agent().known()).contains(PrimingAgent.IFN_GAMMA);
    var downstream = p.process().get().downstream();
    assertThat(downstream).anySatisfy(s -> {
      assertThat(s.operation().known()).contains(DownstreamOperation.CONCENTRATION);
      assertThat(s.method().orElseThrow().known()).contains(EvIsolationMethod.TANGENTIAL_FLOW_FILTRATION);
    });
    assertThat(downstream).anySatisfy(s -> {
      assertThat(s.operation().known()).contains(DownstreamOperation.STERILE_FILTRATION);
      assertThat(s.poreSize()).contains(Quantity.of("0.22", "um"));
    });
    assertThat(downstream.get(downstream.size() - 1).operation().known())
        .contains(DownstreamOperation.LYOPHILISATION);
    assertThat(p.formulation().orElseThrow().reconstitution()).isPresent();
    assertThat(p.regimens().get(0).route().known()).contains(RouteOfAdministration.INTRA_ARTICULAR);
  }

  @Test
  void thereAreFiveProductsAndFiveMatchingLots() {
    assertThat(ReferenceProducts.all()).hasSize(5).extracting(SecretomeProduct::id).doesNotHaveDuplicates();
    assertThat(ReferenceLots.all()).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(ReferenceLots.all().get(i).productId()).isEqualTo(ReferenceProducts.all().get(i).id());
    }
    assertThat(ReferenceProducts.boneMarrowEvIntravenous()).isEqualTo(ReferenceProducts.boneMarrowEvIntravenous());
  }
}
