package org.paracrine.validation.internal;

import org.paracrine.validation.internal.engine.Pointers;

/**
 * A value with the JSON Pointer where it sits in the evaluated record.
 *
 * @param <T> the value type
 * @param value the value
 * @param path the pointer
 */
public record Located<T>(T value, String path) {
  /**
   * Returns the pointer of a child property or index; the pointers of a record's members are built once and kept.
   *
   * @param tokens property names or indexes
   * @return the pointer
   */
  public String at(Object... tokens) {
    return Pointers.path(path, tokens);
  }
}
