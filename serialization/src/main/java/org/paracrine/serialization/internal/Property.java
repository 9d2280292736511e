package org.paracrine.serialization.internal;

/**
 * One member of a value object in the record format.
 *
 * @param name JSON member name (the accessor name, camelCase)
 * @param accessor name of the accessor method on the core type
 * @param required true if the member must be present (not Optional, not a list, no default)
 * @param shape the JSON shape of the value
 */
public record Property(String name, String accessor, boolean required, Shape shape) {}
