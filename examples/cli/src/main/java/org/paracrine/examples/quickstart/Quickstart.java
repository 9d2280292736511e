package org.paracrine.examples.quickstart;

import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.profiles.BuiltInProfiles;

/**
 * The Java quickstart of the README, as a compiled class: {@code QuickstartTest} runs it and checks that the
 * README shows exactly the code between the {@code README} markers below, so the README cannot drift from code
 * that compiles and works.
 */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Runs the quickstart and returns the report it produced.
   *
   * @return the release report of the reference bone-marrow EV lot
   */
  public static ReleaseReport run() {
    // README-BEGIN
    // A product and a lot: built here from the reference samples; usually read from JSON.
    SecretomeProduct product = ReferenceProducts.boneMarrowEvIntravenous();
    Lot lot = ReferenceLots.boneMarrowEvIntravenous();

    // Your own specification is data; the built-in profiles carry the cited standards.
    ReleaseSpecification spec = ReleaseSpecification.builder()
        .id("site-release").version("3").title("Site release specification")
        .addCriterion(AcceptanceCriterion.builder().id("endotoxin")
            .attribute(Term.of(QualityAttribute.ENDOTOXIN))
            .limit(QuantityRange.lessThan(Quantity.of("0.5", "[IU]/mL")))
            .warningBand(QuantityRange.lessThan(Quantity.of("0.4", "[IU]/mL")))
            .source(Citation.builder().label("World J Stem Cells 2025;17:110445")
                .doi("10.4252/wjsc.v17.i10.110445").build())
            .build())
        .build();

    ReleaseChecker checker = ReleaseChecker.builder()
        .addProfiles(BuiltInProfiles.all())   // ISCT 2006, MISEV2018, USP <71>/<85>, Ph. Eur. 2.6.7, 21 CFR 1271 ...
        .addSpecification(spec)
        .build();                             // build once, share: thread-safe
    ReleaseReport report = checker.check(product, lot);

    System.out.println(report.verdict());    // RELEASE, REJECT or INCOMPLETE
    report.findings(Outcome.FAIL).forEach(System.out::println);

    // The report is a standard record: exact JSON, a schema, a SHA-256 digest of its canonical form.
    ParacrineJson json = ParacrineJson.strict();
    String text = json.write(report);
    String digest = json.sha256(report);
    ReleaseReport sameReport = json.readReport(text);
    // README-END
    System.out.println("digest " + digest + ", round trip equal: " + sameReport.equals(report));
    return report;
  }

  /**
   * Runs the quickstart.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run();
  }
}
