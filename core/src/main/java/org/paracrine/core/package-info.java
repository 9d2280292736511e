/**
 * Paracrine core: the immutable domain model of mesenchymal stromal cell (MSC) secretome products.
 *
 * <p>Sub-packages: {@code quantity} (exact values with UCUM units and dose arithmetic), {@code vocabulary}
 * (controlled terms with ontology identifiers), {@code source}, {@code process}, {@code product}, {@code ev},
 * {@code lot}, {@code spec} (release specifications as data) and {@code report} (release reports and findings).
 * All value types are immutable, thread-safe, built with builders and validated at construction.
 */
package org.paracrine.core;
