package org.paracrine.fhir.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r5.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r5.model.BiologicallyDerivedProduct.BiologicallyDerivedProductPropertyComponent;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.DataType;
import org.hl7.fhir.r5.model.DateTimeType;
import org.hl7.fhir.r5.model.IntegerType;
import org.hl7.fhir.r5.model.MedicinalProductDefinition;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.StringType;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.source.Donor;
import org.paracrine.core.source.SourceMaterial;
import org.paracrine.core.vocabulary.TissueSource;

/**
 * Maps a product to the IG's product resource (MedicinalProductDefinition) and to a BiologicallyDerivedProduct of
 * category {@code biologicalAgent} that carries what matters for a biological starting material: source tissue
 * (UBERON), cell type (CL), donor and cell bank.
 */
final class Products {
  /** FHIR R5 BiologicallyDerivedProduct category code system. */
  static final String PRODUCT_CATEGORY = "http://hl7.org/fhir/product-category";

  private Products() {}

  static String key(SecretomeProduct p) {
    return p.id() + "@" + p.version();
  }

  static Reference addProduct(Bundle bundle, SecretomeProduct p) {
    MedicinalProductDefinition mpd = new MedicinalProductDefinition();
    Reference ref = Fhir.add(bundle, mpd, key(p));
    mpd.addIdentifier(Fhir.identifier("product", p.id()));
    mpd.setVersion(p.version());
    mpd.addName().setProductName(p.name());
    mpd.addClassification(Fhir.concept(p.type()));
    p.formulation().ifPresent(f -> mpd.setCombinedPharmaceuticalDoseForm(Fhir.concept(f.doseForm())));
    for (DosingRegimen r : p.regimens()) {
      mpd.addRoute(Fhir.concept(r.route()));
    }
    p.description().ifPresent(mpd::setDescription);
    return ref;
  }

  /**
   * Adds the biologically derived product: the product's source material, with the lot's own donor when the lot
   * has one (it takes precedence over the product's).
   */
  static Reference addBiologicalSource(Bundle bundle, SecretomeProduct p, Optional<Lot> lot) {
    BiologicallyDerivedProduct bdp = new BiologicallyDerivedProduct();
    Optional<Donor> lotDonor = lot.flatMap(Lot::donor);
    Reference ref = Fhir.add(bundle, bdp, key(p) + lotDonor.map(d -> "/" + lot.get().id()).orElse(""));
    bdp.addIdentifier(Fhir.identifier("product", p.id()));
    bdp.setProductCategory(new Coding(PRODUCT_CATEGORY, "biologicalAgent", "Biological Agent"));
    bdp.setProductCode(Fhir.concept(p.type()));
    SourceMaterial s = p.source();
    property(bdp, "source-material-type", "source material type", Fhir.concept(s.type()));
    s.tissue().ifPresent(t -> {
      property(bdp, "source-tissue", "source tissue", Fhir.concept(t));
      t.known().flatMap(TissueSource::cellOntologyId).flatMap(id -> Fhir.ontologyCoding(id, "mesenchymal stromal"
          + " cell of " + t.display())).ifPresent(c -> property(bdp, "cell-type", "cell type",
          new CodeableConcept(c).setText(c.getDisplay())));
    });
    s.cellBank().ifPresent(b -> {
      property(bdp, "cell-bank", "cell bank", new StringType(b.id()));
      property(bdp, "cell-bank-type", "cell bank type", Fhir.concept(b.type()));
      b.passage().ifPresent(n -> property(bdp, "passage", "passage", new IntegerType(n)));
    });
    lotDonor.or(s::donor).ifPresent(d -> {
      bdp.setBiologicalSourceEvent(Fhir.identifier("donor", d.id()));
      property(bdp, "donor-relationship", "donor relationship", Fhir.concept(d.relationship()));
      d.sex().ifPresent(x -> property(bdp, "donor-sex", "donor sex", Fhir.concept(x)));
      d.ageAtRecovery().ifPresent(a -> property(bdp, "donor-age", "donor age at recovery",
          Fhir.quantityOrText(a)));
      d.recoveryDate().ifPresent(r -> bdp.getCollection().setCollected(date(r)));
      d.eligibility().flatMap(e -> e.eligible()).ifPresent(e -> property(bdp, "donor-eligible", "donor eligible",
          new BooleanType(e)));
    });
    lot.flatMap(Lot::expiryDate).ifPresent(e -> bdp.setExpirationDateElement(date(e)));
    return ref;
  }

  private static void property(BiologicallyDerivedProduct bdp, String code, String display, DataType value) {
    BiologicallyDerivedProductPropertyComponent prop = bdp.addProperty();
    prop.setType(new CodeableConcept(new Coding(Fhir.codeSystem("biological-source-property"), code, display))
        .setText(display));
    prop.setValue(value);
  }

  static DateTimeType date(LocalDate d) {
    return new DateTimeType(d.toString());
  }
}
