package org.paracrine.serialization.internal;

import org.paracrine.core.report.DocumentDigester;
import org.paracrine.serialization.ParacrineJson;

/**
 * The {@link DocumentDigester} service of this module: {@code ParacrineJson.strict().sha256(document)}, found by
 * {@link java.util.ServiceLoader} so that a release engine fingerprints its inputs when serialization is present.
 */
public final class CanonicalDigester implements DocumentDigester {
  /** Creates the digester (stateless). */
  public CanonicalDigester() {
    // stateless
  }

  /**
   * Returns the SHA-256 of the document's canonical form.
   *
   * @param document a document
   * @return 64 lowercase hexadecimal digits
   */
  @Override
  public String sha256(Object document) {
    return ParacrineJson.strict().sha256(document);
  }
}
