package org.paracrine.core.spec;

import java.util.Optional;

/** The unit a selector kind's values are expressed in, where the kind fixes one; used to refuse a foreign limit. */
final class SelectorUnits {
  private SelectorUnits() {}

  /**
   * Returns a unit that the selected values are comparable with.
   *
   * @param s the selector
   * @return representative units separated by {@code |}, or empty when the kind does not fix a dimension (test results, composition)
   */
  static boolean accepts(Selector s, String limitUnit) {
    Optional<String> units = expectedUnit(s);
    if (units.isEmpty()) {
      return true;
    }
    for (String u : units.get().split("\\|")) {
      if (org.paracrine.core.quantity.Units.areComparable(limitUnit, u)) {
        return true;
      }
    }
    return false;
  }

  static Optional<String> expectedUnit(Selector s) {
    switch (s.kind()) {
      case CELL_MARKER:
      case CELL_VIABILITY:
      case HARVEST_VIABILITY:
        return Optional.of("%");
      case EV_MARKER:
        return Optional.of("%");
      case PARTICLE_CONCENTRATION:
        return Optional.of("{particles}/mL|/mL");
      case PROTEIN_CONCENTRATION:
        return Optional.of("ug/mL");
      case PARTICLE_PROTEIN_RATIO:
        return Optional.of("{particles}/ug|/ug");
      case SIZE_CLAIM:
        return Optional.of("nm");
      case SIZE:
        return Optional.of(s.statistic().orElse(SizeStatistic.D50) == SizeStatistic.FRACTION_WITHIN ? "%" : "nm");
      case FORMULATION:
        switch (s.parameter().orElse("")) {
          case "ph":
            return Optional.of("[pH]");
          case "fill-volume":
            return Optional.of("mL");
          default:
            return Optional.empty();
        }
      case PROCESS_PARAMETER:
      case EXPANSION_PARAMETER:
        switch (s.parameter().orElse("")) {
          case "temperature":
            return Optional.of("Cel");
          case "duration":
          case "doubling-time":
          case "priming-duration":
            return Optional.of("h");
          case "medium-volume":
            return Optional.of("mL");
          default:
            return Optional.empty();
        }
      case DONOR_SPECIMEN_TIMING:
        return Optional.of("d");
      case LOT_DATE:
        return Optional.of("d");
      case TEST_RESULT:
        return "incubation-duration".equals(s.parameter().orElse("")) ? Optional.of("d") : Optional.empty();
      default:
        return Optional.empty();
    }
  }
}
