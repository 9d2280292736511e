package org.paracrine.core.lot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.paracrine.core.assay.AnalyteResult;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.constraints.Identifier;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.source.Donor;
import org.paracrine.core.source.MscIdentity;
import org.paracrine.core.vocabulary.QualityAttribute;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A manufactured lot of a secretome product: identity, dates, lineage, lot-specific donor and identity results,
 * EV characterisation and release test results. A lot refers to its product by id and version.
 *
 * <p>Invariants: non-blank id and product id; expiry on or after manufacture; a lot is not its own parent;
 * quantity a non-negative volume or mass; each analyte appears once per normalisation basis in the composition.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLot.class)
@JsonDeserialize(as = ImmutableLot.class)
public abstract class Lot {
  Lot() {}

  /**
   * Returns the lot number.
   *
   * @return the lot id
   */
  @Identifier
  public abstract String id();

  /**
   * Returns the id of the product this lot is of.
   *
   * @return the product id
   */
  @Identifier
  public abstract String productId();

  /**
   * Returns the product version this lot was made to.
   *
   * @return the version, or empty
   */
  public abstract Optional<@Identifier String> productVersion();

  /**
   * Returns the date of manufacture.
   *
   * @return the date
   */
  public abstract LocalDate manufactureDate();

  /**
   * Returns the expiry date.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> expiryDate();

  /**
   * Returns the lots this lot was made from (e.g. conditioned-medium harvests pooled into it).
   *
   * @return parent lot ids, possibly empty
   */
  public abstract List<String> parentLots();

  /**
   * Returns the donor of this lot's starting material, when it is lot-specific (it takes precedence over the
   * product's source donor).
   *
   * @return the donor, or empty
   */
  public abstract Optional<@Valid Donor> donor();

  /**
   * Returns the identity results of the producing cells of this lot.
   *
   * @return the results, or empty
   */
  public abstract Optional<@Valid MscIdentity> cellIdentity();

  /**
   * Returns the EV characterisation of this lot.
   *
   * @return the characterisation, or empty
   */
  public abstract Optional<@Valid EvCharacterisation> evCharacterisation();

  /**
   * Returns the release and in-process test results.
   *
   * @return results, possibly empty
   */
  @Size(max = 1000)
  public abstract List<@Valid TestResult> testResults();

  /**
   * Returns the lot's composition profile: measured secreted analytes (growth factors, cytokines, chemokines,
   * enzymes, small molecules) with their normalisation basis.
   *
   * @return analyte results, possibly empty
   */
  public abstract List<AnalyteResult> composition();

  /**
   * Returns the quantity manufactured (total volume or mass).
   *
   * @return the quantity, or empty
   */
  public abstract Optional<Quantity> quantity();

  /**
   * Returns the test results for an attribute, in record order.
   *
   * @param attribute the attribute
   * @return matching results, possibly empty
   */
  public List<TestResult> results(QualityAttribute attribute) {
    return testResults().stream().filter(r -> r.attribute().is(attribute)).collect(Collectors.toList());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableLot.Builder builder() {
    return ImmutableLot.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(id(), "Lot", "id");
      Check.notBlank(productId(), "Lot", "productId");
      expiryDate().ifPresent(e -> Check.require(!e.isBefore(manufactureDate()), "Lot", "expiryDate", e,
          () -> "a date on or after manufactureDate " + manufactureDate()));
      Check.require(!parentLots().contains(id()), "Lot", "parentLots", parentLots(),
          () -> "parent lots other than the lot itself (" + id() + ")");
      Check.unique(composition(), a -> a.analyte().code() + " " + a.normalisation().code(), "Lot", "composition");
      quantity().ifPresent(q -> {
        Check.require(q.isConvertibleTo("mL") || q.isConvertibleTo("g"), "Lot", "quantity", q, "a volume or a mass");
        Check.nonNegative(q, "Lot", "quantity");
      });
    });
  }
}
