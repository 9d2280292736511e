/**
 * The Paracrine record format: strict, exact, versioned JSON for products, lots, release specifications and
 * release reports ({@link org.paracrine.serialization.ParacrineJson}), a Jackson 3 module for your own mapper
 * ({@link org.paracrine.serialization.ParacrineModule}), JSON Schemas (see
 * {@link org.paracrine.serialization.DocumentKind#schemaResource()}), NDJSON streams
 * ({@link org.paracrine.serialization.NdjsonReader}, {@link org.paracrine.serialization.NdjsonWriter}) and an
 * RFC 8785 canonical form with SHA-256 digest.
 *
 * <p>Every reader answers bad input with a {@link org.paracrine.serialization.RecordFormatException} listing
 * each {@link org.paracrine.serialization.Problem} with its JSON Pointer; no Jackson exception escapes.
 */
package org.paracrine.serialization;
