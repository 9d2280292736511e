package org.paracrine.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.ev.ImmutableEvCharacterisation;
import org.paracrine.core.lot.ImmutableLot;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.ImmutableSecretomeProduct;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.source.ImmutableMscIdentity;
import org.paracrine.core.source.ImmutableSourceMaterial;
import org.paracrine.core.source.MscIdentity;
import org.paracrine.core.source.SourceMaterial;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.QualityAttribute;

/** Test helpers: reference fixtures and small edits of them. */
final class Fixtures {
  private Fixtures() {}

  static SecretomeProduct bmProduct() {
    return ReferenceProducts.boneMarrowEvIntravenous();
  }

  static Lot bmLot() {
    return ReferenceLots.boneMarrowEvIntravenous();
  }

  /** Runs one profile (no structural validation) and returns the findings of that profile only. */
  static List<Finding> run(ReleaseProfile profile, SecretomeProduct product, Lot lot) {
    return report(profile, product, lot).findings();
  }

  static ReleaseReport report(ReleaseProfile profile, SecretomeProduct product, Lot lot) {
    return ReleaseChecker.builder().structuralValidation(false).addProfile(profile).build().check(product, lot);
  }

  /** Every code a built-in profile or the engine can give: the enum plus the codes of the data profiles. */
  static java.util.Set<String> knownCodes() {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (FindingCode c : FindingCode.values()) {
      codes.add(c.code());
    }
    for (ReleaseProfile p : org.paracrine.validation.profiles.BuiltInProfiles.all()) {
      p.specification().ifPresent(s -> codes.addAll(FindingCodes.of(s)));
    }
    return codes;
  }

  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).collect(Collectors.toList());
  }

  static List<Finding> withCode(List<Finding> findings, String code) {
    return findings.stream().filter(f -> f.code().equals(code)).collect(Collectors.toList());
  }

  static Finding only(List<Finding> findings, String code) {
    List<Finding> matches = withCode(findings, code);
    if (matches.size() != 1) {
      throw new AssertionError("expected exactly one " + code + " but found " + matches.size() + " in " + findings);
    }
    return matches.get(0);
  }

  static List<Finding> notPassing(List<Finding> findings) {
    return findings.stream().filter(f -> f.outcome() != org.paracrine.core.report.Outcome.PASS
        && f.outcome() != org.paracrine.core.report.Outcome.NOT_APPLICABLE).collect(Collectors.toList());
  }

  static Lot replaceResults(Lot lot, QualityAttribute attribute, TestResult... replacements) {
    List<TestResult> results = new ArrayList<>();
    boolean replaced = false;
    for (TestResult r : lot.testResults()) {
      if (r.attribute().is(attribute)) {
        if (!replaced) {
          results.addAll(List.of(replacements));
          replaced = true;
        }
      } else {
        results.add(r);
      }
    }
    if (!replaced) {
      results.addAll(List.of(replacements));
    }
    return Lot.builder().from(lot).testResults(results).build();
  }

  static Lot withoutResults(Lot lot, QualityAttribute attribute) {
    return Lot.builder().from(lot).testResults(lot.testResults().stream()
        .filter(r -> !r.attribute().is(attribute)).collect(Collectors.toList())).build();
  }

  static Lot editEv(Lot lot, UnaryOperator<ImmutableEvCharacterisation.Builder> edit) {
    EvCharacterisation ev = lot.evCharacterisation().orElseThrow();
    return Lot.builder().from(lot).evCharacterisation(edit.apply(EvCharacterisation.builder().from(ev)).build())
        .build();
  }

  static List<MarkerResult> evMarkers(Lot lot) {
    return lot.evCharacterisation().orElseThrow().markers();
  }

  static Lot editLot(Lot lot, UnaryOperator<ImmutableLot.Builder> edit) {
    return edit.apply(Lot.builder().from(lot)).build();
  }

  static SecretomeProduct editProduct(SecretomeProduct p, UnaryOperator<ImmutableSecretomeProduct.Builder> edit) {
    return edit.apply(SecretomeProduct.builder().from(p)).build();
  }

  static SecretomeProduct editSource(SecretomeProduct p, UnaryOperator<ImmutableSourceMaterial.Builder> edit) {
    return editProduct(p, b -> b.source(edit.apply(SourceMaterial.builder().from(p.source())).build()));
  }

  /** The identity markers of the bone-marrow reference product (CD73, CD90, CD105, CD44, CD45, CD34, CD14, CD19, HLA-DR). */
  static List<MarkerResult> markers() {
    return bmProduct().source().identity().orElseThrow().markers();
  }

  static SecretomeProduct editIdentity(SecretomeProduct p, UnaryOperator<ImmutableMscIdentity.Builder> edit) {
    MscIdentity id = p.source().identity().orElseThrow();
    return editSource(p, s -> s.identity(edit.apply(MscIdentity.builder().from(id)).build()));
  }

  /** Replaces (or adds) the percentage result of one marker. */
  static List<MarkerResult> setPercent(List<MarkerResult> markers, Marker marker, String percent) {
    List<MarkerResult> out = new ArrayList<>();
    boolean done = false;
    for (MarkerResult m : markers) {
      if (m.marker().is(marker)) {
        out.add(MarkerResult.percent(marker, percent));
        done = true;
      } else {
        out.add(m);
      }
    }
    if (!done) {
      out.add(MarkerResult.percent(marker, percent));
    }
    return out;
  }

  static List<MarkerResult> remove(List<MarkerResult> markers, Marker... remove) {
    List<Marker> gone = List.of(remove);
    return markers.stream().filter(m -> gone.stream().noneMatch(m.marker()::is)).collect(Collectors.toList());
  }
}
