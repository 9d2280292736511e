package org.paracrine.validation.profiles;

import java.util.Set;
import org.immutables.value.Value;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.ProductType;

/**
 * Parameters of {@link LotReleaseProfile}: lot dating (always on) and the process-residual and safety requirements a
 * specification switches on per product type (all off by default: which apply to an MSC secretome product is a
 * product decision, and their figures come from guidance written for other products).
 *
 * <p>Defaults and their sources: residual host-cell DNA not more than 10 ng per dose (WHO TRS 978, Annex 3, for
 * continuous cell lines; figure not re-read in the primary text, confidence VERIFY); subvisible particles of 10 µm
 * or larger not more than 6000 and of 25 µm or larger not more than 600 per container (USP &lt;788&gt; light
 * obscuration, small-volume injections; confidence VERIFY); adventitious viruses not detected (ICH Q5A(R2)); a
 * residual antibiotic needs a product-specific limit, so its rule only requires a reported result (Korea MFDS EV
 * guideline 2024: characterise and limit; no figure).
 */
@Value.Immutable
public abstract class LotReleaseParameters {
  LotReleaseParameters() {}

  /**
   * Tells whether a lot checked after its expiry date fails and its expiry must lie within the product's stated shelf
   * life (21 CFR 211.137; 21 CFR 610.53).
   *
   * @return default true
   */
  @Value.Default
  public boolean requireDating() {
    return true;
  }

  /**
   * Returns the product types whose lots need a residual host-cell DNA result within
   * {@link #residualDnaPerDose()}.
   *
   * @return default none
   */
  public abstract Set<ProductType> residualDnaFor();

  /**
   * Returns the largest residual host-cell DNA per dose.
   *
   * @return default {@code 10 ng} (WHO TRS 978, Annex 3; VERIFY)
   */
  @Value.Default
  public Quantity residualDnaPerDose() {
    return Quantity.of(10, "ng");
  }

  /**
   * Returns the product types whose lots need an adventitious-virus result that is negative (not detected).
   *
   * @return default none
   */
  public abstract Set<ProductType> adventitiousAgentsFor();

  /**
   * Returns the product types whose lots need a residual-antibiotic result (reported; the limit is product-specific).
   *
   * @return default none
   */
  public abstract Set<ProductType> residualAntibioticsFor();

  /**
   * Returns the product types whose lots need subvisible-particle counts (analytes {@code >=10um} and
   * {@code >=25um}) within {@link #subvisibleParticles10um()} and {@link #subvisibleParticles25um()}.
   *
   * @return default none
   */
  public abstract Set<ProductType> subvisibleParticlesFor();

  /**
   * Returns the largest count of particles of 10 µm or larger per container.
   *
   * @return default {@code 6000 {particles}} (USP &lt;788&gt;; VERIFY)
   */
  @Value.Default
  public Quantity subvisibleParticles10um() {
    return Quantity.of(6000, "{particles}");
  }

  /**
   * Returns the largest count of particles of 25 µm or larger per container.
   *
   * @return default {@code 600 {particles}} (USP &lt;788&gt;; VERIFY)
   */
  @Value.Default
  public Quantity subvisibleParticles25um() {
    return Quantity.of(600, "{particles}");
  }

  /**
   * Returns the defaults.
   *
   * @return the defaults
   */
  public static LotReleaseParameters defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableLotReleaseParameters.Builder builder() {
    return ImmutableLotReleaseParameters.builder();
  }
}
