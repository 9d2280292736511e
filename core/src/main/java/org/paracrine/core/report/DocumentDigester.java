package org.paracrine.core.report;

/**
 * Computes the SHA-256 of a Paracrine document's canonical form, for {@link Provenance#inputs()}. Core defines
 * the contract only; {@code paracrine-serialization} implements it ({@code ParacrineJson.strict()::sha256}, also
 * registered for {@link java.util.ServiceLoader} as the {@code DocumentDigester} service), so a release engine can
 * fingerprint its inputs without depending on a JSON library.
 *
 * <p>Implementations must be thread-safe and deterministic: equal documents give equal digests.
 */
@FunctionalInterface
public interface DocumentDigester {
  /**
   * Returns the SHA-256 of a document's canonical form.
   *
   * @param document a product, lot, specification, reference series or report
   * @return 64 lowercase hexadecimal digits
   * @throws IllegalArgumentException if the value is not a document this digester knows
   */
  String sha256(Object document);
}
