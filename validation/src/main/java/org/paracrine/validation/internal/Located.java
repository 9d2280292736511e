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

  /**
   * Returns the pointer of a child property (no array of tokens).
   *
   * @param member the property name
   * @return the pointer
   */
  public String at(String member) {
    return Pointers.member(path, member);
  }

  /**
   * Returns the pointer of an element of a child list (no array of tokens).
   *
   * @param list the list property
   * @param i the element index
   * @return the pointer
   */
  public String at(String list, int i) {
    return Pointers.at(Pointers.member(path, list), i);
  }

  /**
   * Returns the pointer of a member of an element of a child list (no array of tokens).
   *
   * @param list the list property
   * @param i the element index
   * @param member the member name of the element
   * @return the pointer
   */
  public String at(String list, int i, String member) {
    return Pointers.at(Pointers.member(path, list), i, member);
  }
}
