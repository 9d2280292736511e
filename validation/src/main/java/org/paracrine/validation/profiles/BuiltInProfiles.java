package org.paracrine.validation.profiles;

import java.util.List;
import org.paracrine.validation.ReleaseProfile;

/**
 * The built-in release profiles with their default (cited) parameters, and which products they apply to:
 *
 * <table>
 *   <caption>Built-in profiles</caption>
 *   <tr><th>Profile</th><th>Applies to</th><th>Source</th></tr>
 *   <tr><td>{@link Isct2006Profile}</td><td>cultured-cell source</td><td>Dominici 2006</td></tr>
 *   <tr><td>{@link Misev2018Profile}</td><td>EV preparations</td><td>MISEV2018 (MISEV2023 recorded)</td></tr>
 *   <tr><td>{@link MscSevTherapyProfile}</td><td>EV preparations from cultured cells</td><td>Witwer 2019</td></tr>
 *   <tr><td>{@link CompendialSafetyProfile}</td><td>all products</td><td>USP &lt;71&gt;, &lt;85&gt;; Ph. Eur.
 *       2.6.7</td></tr>
 *   <tr><td>{@link DonorEligibilityProfile}</td><td>all products (autologous: informational)</td><td>21 CFR 1271
 *       subpart C</td></tr>
 *   <tr><td>{@link BioprocessProfile}</td><td>cultured-cell source</td><td>MFDS 2024</td></tr>
 *   <tr><td>{@link FormulationProfile}</td><td>routes with a configured window</td><td>Paracrine defaults
 *       (unconfirmed)</td></tr>
 *   <tr><td>{@link EvPurityProfile}</td><td>EV preparations (warnings only)</td><td>Webber &amp; Clayton 2013
 *       (unconfirmed)</td></tr>
 * </table>
 *
 * <p>{@link LotReleaseProfile} (expiry against the checker's clock, shelf life, switchable process residuals) is built
 * in but not part of {@link #all()}: add it with {@code addProfile(LotReleaseProfile.withDefaults())} and a clock
 * that gives the check date.
 */
public final class BuiltInProfiles {
  private BuiltInProfiles() {}

  /**
   * Returns every built-in profile with default parameters, in the order above.
   *
   * @return the profiles
   */
  public static List<ReleaseProfile> all() {
    return List.of(Isct2006Profile.withDefaults(), Misev2018Profile.withDefaults(),
        MscSevTherapyProfile.withDefaults(), CompendialSafetyProfile.withDefaults(),
        DonorEligibilityProfile.withDefaults(), BioprocessProfile.withDefaults(), FormulationProfile.withDefaults(),
        EvPurityProfile.withDefaults());
  }
}
