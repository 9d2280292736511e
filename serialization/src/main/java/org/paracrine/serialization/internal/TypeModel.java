package org.paracrine.serialization.internal;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The record-format description of one core value type, derived by reflection from the Jackson annotations that
 * Immutables generates on {@code ImmutableX} (names, required flags) and the accessor return types (shapes).
 * It is the single source of truth for the strict tree validation and for the JSON Schema generator's fixes.
 */
public final class TypeModel {
  private static final Map<Class<?>, TypeModel> CACHE = new ConcurrentHashMap<>();

  private final Class<?> type;
  private final Class<?> implementation;
  private final Map<String, Property> properties;

  private TypeModel(Class<?> type, Class<?> implementation, Map<String, Property> properties) {
    this.type = type;
    this.implementation = implementation;
    this.properties = properties;
  }

  /**
   * Returns the model of a core value type.
   *
   * @param type a type annotated with {@code @JsonDeserialize(as = ImmutableX.class)}
   * @return the model
   * @throws IllegalArgumentException if the type is not a Paracrine value type
   */
  public static TypeModel of(Class<?> type) {
    TypeModel cached = CACHE.get(type);
    if (cached == null) {
      cached = build(type);
      CACHE.putIfAbsent(type, cached);
    }
    return cached;
  }

  /**
   * Tells whether a class is a Paracrine value object (has Immutables Jackson glue).
   *
   * @param type a class
   * @return true for value objects
   */
  public static boolean isValueType(Class<?> type) {
    JsonDeserialize d = type.getAnnotation(JsonDeserialize.class);
    return d != null && d.as() != Void.class && d.as() != type;
  }

  private static TypeModel build(Class<?> type) {
    if (!isValueType(type)) {
      throw new IllegalArgumentException(type.getName() + " is not a Paracrine value type");
    }
    Class<?> impl = type.getAnnotation(JsonDeserialize.class).as();
    List<Property> props = new ArrayList<>();
    for (Method m : impl.getMethods()) {
      com.fasterxml.jackson.annotation.JsonProperty jp =
          m.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      if (jp == null || m.getParameterCount() != 0 || m.getDeclaringClass() != impl) {
        continue;
      }
      Type t = m.getGenericReturnType();
      boolean optional = rawClass(t) == Optional.class;
      boolean list = rawClass(t) == List.class;
      Shape shape = optional ? shapeOf(typeArgument(t)) : shapeOf(t);
      props.add(new Property(jp.value().isEmpty() ? m.getName() : jp.value(), m.getName(),
          jp.required() && !optional && !list, shape));
    }
    props.sort(Comparator.comparing(Property::name));
    Map<String, Property> map = new LinkedHashMap<>();
    props.forEach(p -> map.put(p.name(), p));
    return new TypeModel(type, impl, Collections.unmodifiableMap(map));
  }

  private static Shape shapeOf(Type t) {
    Class<?> raw = rawClass(t);
    if (raw == String.class) {
      return new Shape.Text();
    } else if (raw == boolean.class || raw == Boolean.class) {
      return new Shape.Bool();
    } else if (raw == int.class || raw == Integer.class) {
      return new Shape.Int();
    } else if (raw == BigDecimal.class) {
      return new Shape.Decimal();
    } else if (raw == LocalDate.class) {
      return new Shape.Date();
    } else if (raw == Instant.class) {
      return new Shape.Timestamp();
    } else if (raw == Quantity.class) {
      return new Shape.QuantityShape();
    } else if (raw == Term.class) {
      return new Shape.TermShape(rawClass(typeArgument(t)));
    } else if (raw == List.class) {
      return new Shape.ListShape(shapeOf(typeArgument(t)));
    } else if (raw.isEnum()) {
      return new Shape.EnumShape(raw);
    } else if (isValueType(raw)) {
      return new Shape.ObjectShape(raw);
    }
    throw new IllegalArgumentException("no record-format shape for " + t.getTypeName());
  }

  private static Class<?> rawClass(Type t) {
    if (t instanceof Class<?>) {
      return (Class<?>) t;
    } else if (t instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) t).getRawType();
    }
    throw new IllegalArgumentException("unsupported type " + t.getTypeName());
  }

  private static Type typeArgument(Type t) {
    return ((ParameterizedType) t).getActualTypeArguments()[0];
  }

  /**
   * Returns the core type.
   *
   * @return the abstract value type
   */
  public Class<?> type() {
    return type;
  }

  /**
   * Returns the Immutables implementation class.
   *
   * @return the {@code ImmutableX} class
   */
  public Class<?> implementation() {
    return implementation;
  }

  /**
   * Returns the properties sorted by name.
   *
   * @return name to property, unmodifiable, in alphabetical order
   */
  public Map<String, Property> properties() {
    return properties;
  }

  /**
   * Finds a property by its accessor name.
   *
   * @param accessor the accessor method name
   * @return the property, or empty
   */
  public Optional<Property> byAccessor(String accessor) {
    return properties.values().stream().filter(p -> p.accessor().equals(accessor)).findFirst();
  }
}
