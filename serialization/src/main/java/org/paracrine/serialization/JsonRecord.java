package org.paracrine.serialization;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A document read from JSON together with the members this version of the record format does not know
 * (lenient mode only), so that writing the record back loses nothing.
 *
 * <p>Unknown members are kept by JSON Pointer with their exact JSON text (numbers keep their digits). When the
 * record is written, each is put back into the object its pointer names, after the known members; one whose
 * parent object no longer exists in the written value (because {@link #withValue(Object)} removed it) is left
 * out. In strict mode records never have unknown members.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the document type
 */
public final class JsonRecord<T> {
  private final DocumentKind kind;
  private final T value;
  private final Map<String, String> unknownMembers;

  private JsonRecord(DocumentKind kind, T value, Map<String, String> unknownMembers) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.value = Objects.requireNonNull(value, "value");
    // a record read in strict mode has none: no copy for it
    this.unknownMembers = unknownMembers.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(unknownMembers));
    if (!kind.documentType().isInstance(value)) {
      throw new IllegalArgumentException("value is a " + value.getClass().getSimpleName() + ", not a " + kind);
    }
  }

  /**
   * Creates a record.
   *
   * @param <T> the document type
   * @param value the document
   * @param unknownMembers JSON Pointer to JSON text of members to write back with the value
   * @return the record
   * @throws IllegalArgumentException if the value is not a document type
   */
  public static <T> JsonRecord<T> of(T value, Map<String, String> unknownMembers) {
    return new JsonRecord<>(DocumentKind.of(value.getClass()), value, unknownMembers);
  }

  /**
   * Creates a record without unknown members.
   *
   * @param <T> the document type
   * @param value the document
   * @return the record
   */
  public static <T> JsonRecord<T> of(T value) {
    return of(value, Map.of());
  }

  /**
   * Returns the document kind.
   *
   * @return the kind
   */
  public DocumentKind kind() {
    return kind;
  }

  /**
   * Returns the document.
   *
   * @return the value, never null
   */
  public T value() {
    return value;
  }

  /**
   * Returns the members that were not part of the record format, by JSON Pointer, in document order.
   *
   * @return pointer to the member's exact JSON text, unmodifiable, empty in strict mode
   */
  public Map<String, String> unknownMembers() {
    return unknownMembers;
  }

  /**
   * Returns a record with another value of the same kind and the same unknown members.
   *
   * @param newValue the new value
   * @return the record
   * @throws IllegalArgumentException if the value is of another kind
   */
  public JsonRecord<T> withValue(T newValue) {
    return new JsonRecord<>(kind, newValue, unknownMembers);
  }

  /**
   * Equality by kind, value and unknown members.
   *
   * @param o another object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof JsonRecord && kind == ((JsonRecord<?>) o).kind && value.equals(((JsonRecord<?>) o).value)
        && unknownMembers.equals(((JsonRecord<?>) o).unknownMembers);
  }

  /**
   * Hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, value, unknownMembers);
  }

  /**
   * Returns a short description.
   *
   * @return kind, value type and unknown member pointers
   */
  @Override
  public String toString() {
    return "JsonRecord[" + kind.kind() + ", unknown=" + unknownMembers.keySet() + "]";
  }
}
