package org.paracrine.serialization;

import java.util.Objects;
import org.paracrine.serialization.internal.Canonicalizer;

/**
 * SHA-256 digests of Paracrine documents, computed over the UTF-8 bytes of their canonical form (see
 * {@link ParacrineJson#canonical(Object)}). Use them to detect tampering: recompute the digest of a record read
 * from elsewhere and compare it with the digest stored or sent beside it.
 *
 * <pre>{@code
 * String digest = Digests.sha256(lot);                  // 64 lower-case hex characters
 * boolean intact = digest.equals(Digests.sha256(ParacrineJson.strict().readLot(received)));
 * }</pre>
 */
public final class Digests {
  private Digests() {}

  /**
   * Returns the SHA-256 of a document's canonical form, as written by {@link ParacrineJson#strict()}.
   *
   * @param document a product, lot, specification or report, or a {@link JsonRecord}
   * @return 64 lower-case hexadecimal characters
   * @throws IllegalArgumentException if the value is not a document
   */
  public static String sha256(Object document) {
    return ParacrineJson.strict().sha256(document);
  }

  /**
   * Returns the SHA-256 of the UTF-8 bytes of a text, such as an already canonical form.
   *
   * @param text the text
   * @return 64 lower-case hexadecimal characters
   */
  public static String sha256Hex(String text) {
    return Canonicalizer.sha256(Objects.requireNonNull(text, "text"));
  }
}
