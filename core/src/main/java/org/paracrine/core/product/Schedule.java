package org.paracrine.core.product;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * When doses are given: the treatment days as numbered in the protocol (e.g. days 1 and 4, or days 0, 4 and 8)
 * and how many doses per treatment day. A schedule that is not day-based (e.g. "apply at each dressing change")
 * keeps {@link #days()} empty and says so in {@link #description()}.
 *
 * <p>Invariants: days are ≥ 0 and strictly increasing; doses per day ≥ 1; an empty day list needs a
 * description.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSchedule.class)
@JsonDeserialize(as = ImmutableSchedule.class)
public abstract class Schedule {
  Schedule() {}

  /**
   * Returns the treatment days, as numbered in the protocol.
   *
   * @return strictly increasing day numbers, possibly empty
   */
  public abstract List<Integer> days();

  /**
   * Returns the number of doses on each treatment day.
   *
   * @return doses per day (≥ 1); default 1
   */
  @Value.Default
  public int dosesPerDay() {
    return 1;
  }

  /**
   * Returns a description of the schedule.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the total number of administrations: days × doses per day.
   *
   * @return the count (0 when the schedule is not day-based)
   */
  public int administrations() {
    return days().size() * dosesPerDay();
  }

  /**
   * Creates a schedule of single doses on the given days.
   *
   * @param days the day numbers
   * @return the schedule
   */
  public static Schedule onDays(int... days) {
    return ImmutableSchedule.builder().addDays(days).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableSchedule.Builder builder() {
    return ImmutableSchedule.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      int previous = -1;
      for (int d : days()) {
        Check.require(d > previous, "Schedule", "days", days(), "day numbers ≥ 0 in strictly increasing order");
        previous = d;
      }
      Check.require(dosesPerDay() >= 1, "Schedule", "dosesPerDay", dosesPerDay(), "at least 1");
      Check.require(!days().isEmpty() || description().isPresent(), "Schedule", "days", "[]",
          "treatment days, or a description of a schedule that is not day-based");
    });
  }
}
