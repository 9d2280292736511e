package org.paracrine.core.report;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One input of a release check, named and fingerprinted: its role, its document kind, its id and version, and the
 * SHA-256 of its canonical form (RFC 8785 JSON canonicalization with numbers as exact decimal strings, as computed
 * by {@code ParacrineJson.sha256}). Two specifications with the same id and version but other limits have different
 * digests, so a report tells them apart.
 *
 * <p>The digest is absent only for an input that is not a document: a profile whose rules are written in code is
 * identified by its id, its version and the library version of the {@link Provenance}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInputDigest.class)
@JsonDeserialize(as = ImmutableInputDigest.class)
public abstract class InputDigest {

  InputDigest() {}

  /**
   * Returns the part the input played.
   *
   * @return the role
   */
  public abstract InputRole role();

  /**
   * Returns the document kind of the input, as written in its {@code "kind"} member.
   *
   * @return e.g. {@code "lot"}, {@code "specification"}, {@code "reference-series"}, or {@code "profile"} for rules
   *     written in code
   */
  public abstract String kind();

  /**
   * Returns the id of the input (lot id, product id, specification or profile id, series id).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the version of the input, when it has one (products, specifications, profiles, series).
   *
   * @return the version, or empty (lots have no version)
   */
  public abstract Optional<String> version();

  /**
   * Returns the SHA-256 of the input's canonical form.
   *
   * @return 64 lowercase hexadecimal digits, or empty for rules written in code
   */
  public abstract Optional<String> sha256();

  /**
   * Tells whether a text is a SHA-256 digest in the form this record uses.
   *
   * @param text the text, may be null
   * @return true for exactly 64 lowercase hexadecimal digits
   */
  public static boolean isSha256Hex(String text) {
    if (text == null || text.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true; // every report checks each input digest: a loop, not a regular expression
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableInputDigest.Builder builder() {
    return ImmutableInputDigest.builder();
  }

  @Value.Check
  void check() {
    Check.notBlank(kind(), "InputDigest", "kind");
    Check.notBlank(id(), "InputDigest", "id");
    version().ifPresent(v -> Check.notBlank(v, "InputDigest", "version"));
    sha256().ifPresent(d -> Check.require(isSha256Hex(d), "InputDigest", "sha256", d,
        "64 lowercase hexadecimal digits"));
  }
}
