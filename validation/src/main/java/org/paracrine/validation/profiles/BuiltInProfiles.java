package org.paracrine.validation.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

import java.util.List;
import org.paracrine.validation.ReleaseProfile;

/**
 * The built-in release profiles with their default (cited) parameters, and which products they apply to:
 *
 * <table>
 *   <caption>Built-in profiles</caption>
 *   <tr><th>Profile</th><th>Applies to</th><th>Source</th></tr>
 *   <tr><td>{@link Isct2006Profile}</td><td>cultured-cell source</td><td>Dominici 2006</td></tr>
 *   <tr><td>{@link Misev2018Profile}</td><td>EV preparations tagged MISEV2018 (characterisation)</td>
 *       <td>MISEV2018</td></tr>
 *   <tr><td>{@link Misev2023Profile}</td><td>EV preparations tagged MISEV2023 (characterisation)</td>
 *       <td>MISEV2023</td></tr>
 *   <tr><td>{@link MscSevTherapyProfile}</td><td>EV preparations from cultured cells (characterisation)</td>
 *       <td>Witwer 2019</td></tr>
 *   <tr><td>{@link PotencyProfile}</td><td>EV preparations from cultured cells; other product types on
 *       request</td><td>FDA 2023 draft potency guidance</td></tr>
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
 * in but opt-in ({@link #optIn()}, not part of {@link #all()}): its verdict depends on the date of the check, so a
 * caller adds it together with the clock that gives the check date ({@code addProfile(LotReleaseProfile
 * .withDefaults())} and {@code clock(...)}; on the command line {@code --profile paracrine.lot-release
 * --check-date YYYY-MM-DD}).
 */
public final class BuiltInProfiles {
  private BuiltInProfiles() {}

  /**
   * Returns every built-in profile with default parameters, in the order above.
   *
   * @return the profiles
   */
  public static List<ReleaseProfile> all() {
    return List.of(Isct2006Profile.withDefaults(), Misev2018Profile.withDefaults(), Misev2023Profile.withDefaults(),
        MscSevTherapyProfile.withDefaults(), PotencyProfile.withDefaults(), CompendialSafetyProfile.withDefaults(),
        DonorEligibilityProfile.withDefaults(), BioprocessProfile.withDefaults(), FormulationProfile.withDefaults(),
        EvPurityProfile.withDefaults());
  }

  /**
   * Returns the built-in profiles that a caller adds explicitly, with default parameters: today
   * {@link LotReleaseProfile}, whose expiry rule depends on the check date.
   *
   * @return the opt-in profiles
   */
  public static List<ReleaseProfile> optIn() {
    return List.of(LotReleaseProfile.withDefaults());
  }

  /**
   * Returns every built-in profile: {@link #all()} followed by {@link #optIn()}.
   *
   * @return the profiles
   */
  public static List<ReleaseProfile> known() {
    List<ReleaseProfile> known = new java.util.ArrayList<>(all());
    known.addAll(optIn());
    return List.copyOf(known);
  }

  /** Where the profile documents are kept in this jar: {@code <id>.json} under this folder. */
  public static final String DOCUMENT_FOLDER = "org/paracrine/validation/profiles/";

  /**
   * Returns the specification document of a built-in data profile ({@link #known()}) with its default parameters, as
   * shipped in this
   * jar: a JSON {@code specification} document in the Paracrine record format, the same text that
   * {@code paracrine profiles --show <id>} prints. Read it with {@code ParacrineJson.strict().read(text,
   * ReleaseSpecification.class)} ({@code paracrine-serialization}) to copy and change it: a checker given the
   * changed document as a specification and not given the built-in profile applies the changed rules. The build
   * checks that each document is exactly the profile's {@link ReleaseProfile#specification()}.
   *
   * @param id the profile id, e.g. {@code paracrine.compendial-safety}
   * @return the document text (UTF-8 JSON), or empty if no built-in data profile has the id
   */
  public static Optional<String> document(String id) {
    Objects.requireNonNull(id, "id");
    if (known().stream().noneMatch(p -> p.id().equals(id) && p.specification().isPresent())) {
      return Optional.empty();
    }
    try (InputStream in = BuiltInProfiles.class.getClassLoader().getResourceAsStream(DOCUMENT_FOLDER + id + ".json")) {
      if (in == null) {
        throw new IllegalStateException("the document of built-in profile " + id + " is missing from this jar");
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the document of built-in profile " + id + " failed", e);
    }
  }
}
