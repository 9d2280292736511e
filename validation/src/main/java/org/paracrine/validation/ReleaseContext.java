package org.paracrine.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.QualityAttribute;

/**
 * What a release rule sees: the product (route, dose, source, process, formulation), the lot (results) and the
 * user specifications evaluated beside the profiles (and the reference series their consistency criteria use), so that a profile can tell when a product-specific limit
 * takes precedence over its own default. Immutable and thread-safe, apart from what the rules of the check share
 * through it ({@link #shared}).
 */
public final class ReleaseContext {
  private final SecretomeProduct product;
  private final Lot lot;
  private final List<ReleaseSpecification> specifications;
  private final Optional<ReferenceSeries> referenceSeries;
  private final Optional<java.time.Instant> checkedAt;
  /** {@link #specificationsCovering} per attribute code, made and filled on first use (one context, one check). */
  private volatile java.util.Map<String, List<ReleaseSpecification>> covering;
  /** What the rules of this check share ({@link #shared}): keys and values in order of first use; guarded by this. */
  private Object[] sharedKeys;
  private Object[] sharedValues;
  private int sharedCount;

  private ReleaseContext(SecretomeProduct product, Lot lot, List<ReleaseSpecification> specifications,
      Optional<ReferenceSeries> referenceSeries, Optional<java.time.Instant> checkedAt) {
    this.product = Objects.requireNonNull(product, "product");
    this.lot = Objects.requireNonNull(lot, "lot");
    this.specifications = List.copyOf(specifications);
    this.referenceSeries = Objects.requireNonNull(referenceSeries, "referenceSeries");
    this.checkedAt = Objects.requireNonNull(checkedAt, "checkedAt");
  }

  /**
   * Creates the context of one check at a given time: rules that depend on the date (e.g. expiry) use
   * {@link #checkedAt()}, the same instant the report's provenance records.
   *
   * @param product the product description
   * @param lot the lot
   * @param specifications user specifications evaluated in the same run
   * @param referenceSeries the reference series of the product's earlier lots, or empty
   * @param checkedAt the check time, from the checker's clock
   * @return the context
   */
  public static ReleaseContext of(SecretomeProduct product, Lot lot, List<ReleaseSpecification> specifications,
      Optional<ReferenceSeries> referenceSeries, java.time.Instant checkedAt) {
    return new ReleaseContext(product, lot, specifications, referenceSeries,
        Optional.of(Objects.requireNonNull(checkedAt, "checkedAt")));
  }

  /**
   * Returns the check time: the instant the report's provenance records, from the checker's clock.
   *
   * @return the instant, or empty for a context made without one
   */
  public Optional<java.time.Instant> checkedAt() {
    return checkedAt;
  }

  /**
   * Creates a context with the reference series of the product, for consistency criteria.
   *
   * @param product the product description
   * @param lot the lot
   * @param specifications user specifications evaluated in the same run
   * @param referenceSeries the reference series of the product's earlier lots, or empty
   * @return the context
   */
  public static ReleaseContext of(SecretomeProduct product, Lot lot, List<ReleaseSpecification> specifications,
      Optional<ReferenceSeries> referenceSeries) {
    return new ReleaseContext(product, lot, specifications, referenceSeries, Optional.empty());
  }

  /**
   * Returns the reference series of the product's earlier lots that consistency criteria compare the lot with.
   *
   * @return the series, or empty
   */
  public Optional<ReferenceSeries> referenceSeries() {
    return referenceSeries;
  }

  /**
   * Creates a context.
   *
   * @param product the product description
   * @param lot the lot
   * @param specifications user specifications evaluated in the same run
   * @return the context
   */
  public static ReleaseContext of(SecretomeProduct product, Lot lot, List<ReleaseSpecification> specifications) {
    return new ReleaseContext(product, lot, specifications, Optional.empty(), Optional.empty());
  }

  /**
   * Creates a context without user specifications.
   *
   * @param product the product description
   * @param lot the lot
   * @return the context
   */
  public static ReleaseContext of(SecretomeProduct product, Lot lot) {
    return new ReleaseContext(product, lot, List.of(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns the product.
   *
   * @return the product
   */
  public SecretomeProduct product() {
    return product;
  }

  /**
   * Returns the lot.
   *
   * @return the lot
   */
  public Lot lot() {
    return lot;
  }

  /**
   * Returns the user specifications of this run.
   *
   * @return the specifications, possibly empty
   */
  public List<ReleaseSpecification> specifications() {
    return specifications;
  }

  /**
   * Returns the user specifications that set a product-specific limit for an attribute (a criterion on the
   * attribute with a numeric limit or acceptable outcomes).
   *
   * @param attribute the attribute, e.g. {@link QualityAttribute#ENDOTOXIN}
   * @return the specifications, possibly empty
   */
  public List<ReleaseSpecification> specificationsCovering(QualityAttribute attribute) {
    if (specifications.isEmpty()) {
      return List.of();
    }
    java.util.Map<String, List<ReleaseSpecification>> c = covering;
    if (c == null) {
      synchronized (this) {
        c = covering;
        if (c == null) {
          c = new java.util.concurrent.ConcurrentHashMap<>();
          covering = c;
        }
      }
    }
    return c.computeIfAbsent(attribute.code(), k -> covers(attribute));
  }

  /**
   * Returns what the rules of this check share under a key, made on first use: profiles, checklists and limit
   * functions run for one check can share work on its lot this way (the release engine shares its index of the
   * lot's results and values). A context serves one check, so the value lives as long as the check.
   *
   * <p>Thread-safe: the value is made once, under the context's lock, and every caller gets the same instance; a
   * value that is not thread-safe itself is for the thread of the check.
   *
   * @param <T> the type of the value
   * @param key the key, compared by identity (a constant of the rule that uses it)
   * @param make makes the value from this context
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public synchronized <T> T shared(Object key, java.util.function.Function<ReleaseContext, T> make) {
    for (int i = 0; i < sharedCount; i++) {
      if (sharedKeys[i] == key) {
        return (T) sharedValues[i];
      }
    }
    T value = Objects.requireNonNull(make.apply(this), "the value made for a shared key");
    if (sharedKeys == null) {
      sharedKeys = new Object[2];
      sharedValues = new Object[2];
    } else if (sharedCount == sharedKeys.length) {
      sharedKeys = java.util.Arrays.copyOf(sharedKeys, 2 * sharedCount);
      sharedValues = java.util.Arrays.copyOf(sharedValues, 2 * sharedCount);
    }
    sharedKeys[sharedCount] = key;
    sharedValues[sharedCount] = value;
    sharedCount++;
    return value;
  }

  private List<ReleaseSpecification> covers(QualityAttribute attribute) {
    return specifications.stream()
        .filter(s -> s.criteria().stream().anyMatch(c -> c.selector().map(x -> x.attribute()).orElse(c.attribute())
            .map(a -> a.is(attribute)).orElse(false)))
        .collect(Collectors.toUnmodifiableList());
  }
}
