package org.paracrine.serialization.internal;

/**
 * Sets one member of a value on an Immutables builder: {@code builder.x(value)} or {@code builder.addX(value)},
 * the builder's own return value dropped.
 */
@FunctionalInterface
interface Setter {
  /**
   * Sets the member.
   *
   * @param builder the builder
   * @param value the member's value, boxed for a primitive member
   */
  void set(Object builder, Object value);
}
