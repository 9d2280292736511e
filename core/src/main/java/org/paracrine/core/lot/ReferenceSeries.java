package org.paracrine.core.lot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.constraints.Identifier;
import org.paracrine.core.internal.Check;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A time-ordered series of earlier lots of one product, used as the reference for lot-to-lot consistency: an
 * identified, versioned document (record kind {@code reference-series}) whose entries hold each lot's id, date,
 * composition profile and total protein.
 *
 * <p>Entries rather than full lots: the analysis needs only these four facts, the full lot records stay their own
 * documents (a reference series of 20 lots does not repeat 20 sets of release tests), and a series can be
 * assembled from lots with {@link ReferenceEntry#of(Lot)}. A report that used a series records its id and version.
 *
 * <p>Invariants: non-blank id, version and product id; lot ids unique; entries in time order (each manufacture
 * date on or after the previous one; record order breaks ties).
 *
 * <pre>{@code
 * ReferenceSeries series = ReferenceSeries.builder().id("uc-cm-reference").version("2025-06")
 *     .productId("uc-msc-cm").addEntry(ReferenceEntry.of(lot1)).addEntry(ReferenceEntry.of(lot2)).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReferenceSeries.class)
@JsonDeserialize(as = ImmutableReferenceSeries.class)
public abstract class ReferenceSeries {
  ReferenceSeries() {}

  /**
   * Returns the series id.
   *
   * @return the id
   */
  @Identifier
  public abstract String id();

  /**
   * Returns the series version.
   *
   * @return the version
   */
  @Identifier
  public abstract String version();

  /**
   * Returns the id of the product whose lots these are.
   *
   * @return the product id
   */
  @Identifier
  public abstract String productId();

  /**
   * Returns a description (e.g. how lots were chosen).
   *
   * @return the description, or empty
   */
  public abstract Optional<@Size(max = 4000) String> description();

  /**
   * Returns the entries in time order.
   *
   * @return the entries, possibly empty
   */
  @Size(max = 10000)
  public abstract List<@Valid ReferenceEntry> entries();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableReferenceSeries.Builder builder() {
    return ImmutableReferenceSeries.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "ReferenceSeries";
      Check.notBlank(id(), t, "id");
      Check.notBlank(version(), t, "version");
      Check.notBlank(productId(), t, "productId");
      Check.unique(entries(), ReferenceEntry::lotId, t, "entries.lotId");
      for (int i = 1; i < entries().size(); i++) {
        ReferenceEntry prev = entries().get(i - 1);
        ReferenceEntry e = entries().get(i);
        Check.require(!e.manufactureDate().isBefore(prev.manufactureDate()), t, "entries[" + i + "].manufactureDate",
            e.manufactureDate(), "a date on or after the previous entry's " + prev.manufactureDate() + " (lot "
                + prev.lotId() + "): entries are in time order");
      }
    });
  }
}
