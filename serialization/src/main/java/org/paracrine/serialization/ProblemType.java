package org.paracrine.serialization;

/**
 * What kind of problem a {@link Problem} describes. The type is stable; messages may be reworded.
 */
public enum ProblemType {
  /** The input is not well-formed JSON (includes invalid UTF-8, NaN/Infinity, trailing content). */
  SYNTAX,
  /** An object has the same member name twice. */
  DUPLICATE_KEY,
  /** The input exceeds a configured limit (nesting depth, string, number or name length, document size). */
  LIMIT,
  /** A member is not part of the record format (strict mode only). */
  UNKNOWN_PROPERTY,
  /** A required member is absent. */
  MISSING_PROPERTY,
  /** A value has the wrong JSON type (e.g. a string where a number is expected, or {@code null}). */
  WRONG_TYPE,
  /** A value has the right JSON type but is not acceptable (bad date, unit, code, out-of-range integer). */
  INVALID_VALUE,
  /** The value breaks an invariant of the domain type (e.g. expiry before manufacture). */
  INVARIANT,
  /** The {@code kind} member is absent, unknown or not the expected kind. */
  WRONG_KIND,
  /** The {@code schemaVersion} member names a version this library cannot read. */
  UNSUPPORTED_VERSION,
  /**
   * An NDJSON stream does not match its manifest: the manifest announced by the header is missing (the stream was
   * truncated), or the record count or SHA-256 differ, or lines follow the manifest.
   */
  INTEGRITY
}
