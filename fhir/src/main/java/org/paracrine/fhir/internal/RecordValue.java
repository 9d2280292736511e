package org.paracrine.fhir.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.source.MscIdentity;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;

/**
 * The recorded result a finding points at (a lot's test result, EV measurement or marker result, or a marker result
 * of the product's cell identity), resolved from the finding's JSON Pointer into the checked {@code {product, lot}}
 * document. It gives the exported Observation the record's own value, censoring, limits, method and date rather than
 * the finding's text.
 */
final class RecordValue {
  Optional<Term<QualityAttribute>> attribute = Optional.empty();
  Optional<String> analyte = Optional.empty();
  Optional<Term<Marker>> marker = Optional.empty();
  Optional<Term<AnalyticalMethod>> method = Optional.empty();
  Optional<Quantity> value = Optional.empty();
  Optional<Censoring> censoring = Optional.empty();
  Optional<Quantity> lod = Optional.empty();
  Optional<Quantity> loq = Optional.empty();
  Optional<Term<QualitativeOutcome>> outcome = Optional.empty();
  Optional<LocalDate> date = Optional.empty();

  private RecordValue() {}

  /**
   * Resolves a finding's pointer.
   *
   * @param product the checked product
   * @param lot the checked lot
   * @param pointer the pointer, e.g. {@code /lot/testResults/2/value}
   * @return the value, or empty when the pointer does not lead to a recorded result
   */
  static Optional<RecordValue> resolve(SecretomeProduct product, Lot lot, String pointer) {
    String[] t = pointer.split("/", -1);
    // t[0] is "" (pointers start with "/")
    if (t.length < 3) {
      return Optional.empty();
    }
    if ("lot".equals(t[1])) {
      switch (t[2]) {
        case "testResults":
          return index(t, 3, lot.testResults()).map(RecordValue::of);
        case "cellIdentity":
          return lot.cellIdentity().flatMap(i -> identityMarker(i, t, 3));
        case "evCharacterisation":
          if (t.length < 4 || lot.evCharacterisation().isEmpty()) {
            return Optional.empty();
          }
          var ev = lot.evCharacterisation().get();
          switch (t[3]) {
            case "markers":
              return index(t, 4, ev.markers()).map(RecordValue::of);
            case "particleConcentration":
              return ev.particleConcentration().map(m -> of(m, QualityAttribute.PARTICLE_CONCENTRATION));
            case "proteinConcentration":
              return ev.proteinConcentration().map(m -> of(m, QualityAttribute.TOTAL_PROTEIN));
            case "lipidConcentration":
              return ev.lipidConcentration().map(m -> of(m, QualityAttribute.TOTAL_LIPID));
            default:
              return Optional.empty();
          }
        default:
          return Optional.empty();
      }
    }
    if ("product".equals(t[1]) && t.length > 4 && "source".equals(t[2]) && "identity".equals(t[3])) {
      return product.source().identity().flatMap(i -> identityMarker(i, t, 4));
    }
    return Optional.empty();
  }

  /** Resolves {@code markers/<i>} at token {@code at} below an identity. */
  private static Optional<RecordValue> identityMarker(MscIdentity identity, String[] t, int at) {
    if (t.length < at + 2 || !"markers".equals(t[at])) {
      return Optional.empty();
    }
    Optional<RecordValue> v = index(t, at + 1, identity.markers()).map(RecordValue::of);
    v.ifPresent(r -> r.date = identity.testDate());
    return v;
  }

  private static <T> Optional<T> index(String[] t, int at, List<T> list) {
    if (t.length <= at) {
      return Optional.empty();
    }
    try {
      int i = Integer.parseInt(t[at]);
      return i >= 0 && i < list.size() ? Optional.of(list.get(i)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static RecordValue of(TestResult r) {
    RecordValue v = new RecordValue();
    v.attribute = Optional.of(r.attribute());
    v.analyte = r.analyte();
    v.marker = r.analyte().flatMap(Marker::byName).map(Term::of);
    v.method = r.method();
    v.value = r.value();
    v.censoring = r.censoring();
    v.lod = r.lod();
    v.loq = r.loq();
    v.outcome = r.outcome();
    v.date = r.testDate();
    return v;
  }

  private static RecordValue of(MarkerResult r) {
    RecordValue v = new RecordValue();
    v.attribute = Optional.of(Term.of(QualityAttribute.MARKER));
    v.analyte = Optional.of(r.marker().code());
    v.marker = Optional.of(r.marker());
    v.method = r.method();
    v.value = r.percentPositive();
    v.outcome = r.outcome();
    return v;
  }

  private static RecordValue of(Measurement m, QualityAttribute attribute) {
    RecordValue v = new RecordValue();
    v.attribute = Optional.of(Term.of(attribute));
    v.method = m.method();
    v.value = Optional.of(m.value());
    v.censoring = m.censoring();
    v.lod = m.lod();
    v.loq = m.loq();
    return v;
  }
}
