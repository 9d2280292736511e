package org.paracrine.core.source;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.constraints.Identifier;
import org.paracrine.core.internal.Check;
import org.paracrine.core.vocabulary.CellBankType;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The cell bank producing cells came from, with the passage and population doublings reached (MFDS 2024 asks
 * for passage number and doubling time to be standardised; passage changes the secretome, Chouaib B et al.,
 * IJMS 2023;24:12594).
 *
 * <p>Invariants: passage ≥ 0; population doublings ≥ 0.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCellBank.class)
@JsonDeserialize(as = ImmutableCellBank.class)
public abstract class CellBank {
  CellBank() {}

  /**
   * Returns the bank identifier.
   *
   * @return the identifier
   */
  @Identifier
  public abstract String id();

  /**
   * Returns the bank tier.
   *
   * @return master, working or primary isolate
   */
  public abstract Term<CellBankType> type();

  /**
   * Returns the passage of the banked cells.
   *
   * @return passage number (≥ 0), or empty
   */
  public abstract Optional<Integer> passage();

  /**
   * Returns the cumulative population doublings of the banked cells.
   *
   * @return doublings (≥ 0), or empty
   */
  public abstract Optional<BigDecimal> populationDoublings();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableCellBank.Builder builder() {
    return ImmutableCellBank.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(id(), "CellBank", "id");
      passage().ifPresent(p -> Check.require(p >= 0, "CellBank", "passage", p, "a passage number ≥ 0"));
      populationDoublings().ifPresent(d -> Check.require(d.signum() >= 0, "CellBank", "populationDoublings", d,
          "population doublings ≥ 0"));
    });
  }
}
