package org.paracrine.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.paracrine.core.constraints.QuantityBetween;
import org.paracrine.core.constraints.UcumUnit;
import org.paracrine.core.quantity.Quantity;

/**
 * A quick first look at a value for the Jakarta Validation constraints Hibernate Validator would check on it: it
 * answers {@code true} only when the validator would report no violation at all, so a clean record (the usual
 * case) need not go through the validator's reflective traversal, which costs several microseconds per lot.
 *
 * <p>The plan for each class is derived once from the validator's own metadata
 * ({@link Validator#getConstraintsForClass}), so it checks exactly the constraints, properties and cascades the
 * validator sees, and nothing it does not. Each constraint is tested with the same rule the validator applies:
 * {@link Size} on the length of text or the size of a collection, {@link Pattern} with its flags on the whole text,
 * {@link NotNull}, Paracrine's {@link UcumUnit} and {@link QuantityBetween} through their own validator classes, and
 * a composed constraint (such as {@code @Identifier}) through the constraints it is composed of.
 *
 * <p>Anything else makes the answer {@code false}, never a guess: a constraint of another kind, a container other
 * than {@link Optional} or a {@link Collection}, an accessor that cannot be called, a value of an unexpected type or
 * an exception from an accessor. The caller then asks the validator, which explains the violations (or finds
 * none). A {@code false} answer therefore costs time, never a finding.
 *
 * <p>Thread-safe; plans are kept per class for the life of the class.
 */
public final class ConstraintPrecheck {
  /** Deepest nesting of cascaded values walked; deeper values are left to the validator. */
  private static final int MAX_DEPTH = 32;

  private static final ClassValue<Plan> PLANS = new ClassValue<>() {
    @Override
    protected Plan computeValue(Class<?> type) {
      return Plan.of(type, ValidatorHolder.validator());
    }
  };

  private ConstraintPrecheck() {}

  /**
   * Tells whether the shared validator would find no constraint violation in a value and every value cascaded from
   * it.
   *
   * @param value the value, e.g. a lot or a product (not null)
   * @return {@code true} if it certainly has none; {@code false} if it has one or this check cannot tell
   */
  public static boolean clean(Object value) {
    try {
      return walk(value, 0);
    } catch (RuntimeException e) {
      return false; // a test that cannot decide: the validator reports what it reports
    }
  }

  /**
   * Says why a class is not fully understood by this check (a constraint, container or cascade it does not know),
   * for tests and diagnosis. A class it understands takes the quick path when clean; values cascaded from it are
   * planned when met, by their own class.
   *
   * @param type a class
   * @return the first thing this check does not understand, or empty if it understands the class
   */
  public static Optional<String> unsupportedBecause(Class<?> type) {
    return Optional.ofNullable(PLANS.get(type).reason);
  }

  private static boolean walk(Object bean, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    Plan plan = PLANS.get(bean.getClass());
    if (plan.reason != null) {
      return false; // not understood: left to the validator
    }
    if (!all(plan.beanTests, bean)) {
      return false;
    }
    for (PropertyCheck p : plan.properties) {
      Object value;
      try {
        value = p.getter.invokeExact(bean);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable t) {
        return false; // an accessor that throws: the validator reports what it reports
      }
      if (!all(p.tests, value)) {
        return false;
      }
      if (p.container == Container.NONE) {
        if (p.cascaded && value != null && !walk(value, depth + 1)) {
          return false;
        }
        continue;
      }
      if (value == null) {
        continue; // no container: nothing to extract, as for the validator
      }
      if (p.container == Container.OPTIONAL) {
        if (!(value instanceof Optional)) {
          return false;
        }
        Object content = ((Optional<?>) value).orElse(null); // an empty optional is extracted as null
        if (!element(p, content, depth)) {
          return false;
        }
      } else {
        if (!(value instanceof Collection)) {
          return false;
        }
        for (Object element : (Collection<?>) value) {
          if (!element(p, element, depth)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean element(PropertyCheck p, Object element, int depth) {
    return all(p.elementTests, element) && (!p.elementCascaded || element == null || walk(element, depth + 1));
  }

  private static boolean all(Predicate<Object>[] tests, Object value) {
    for (Predicate<Object> t : tests) {
      if (!t.test(value)) {
        return false;
      }
    }
    return true;
  }

  /** Where a property's element constraints and cascade apply. */
  private enum Container {
    NONE, OPTIONAL, COLLECTION
  }

  /** One constrained or cascaded property of a class. */
  private static final class PropertyCheck {
    final MethodHandle getter;
    final Predicate<Object>[] tests;
    final boolean cascaded;
    final Container container;
    final Predicate<Object>[] elementTests;
    final boolean elementCascaded;

    PropertyCheck(MethodHandle getter, Predicate<Object>[] tests, boolean cascaded, Container container,
        Predicate<Object>[] elementTests, boolean elementCascaded) {
      this.getter = getter;
      this.tests = tests;
      this.cascaded = cascaded;
      this.container = container;
      this.elementTests = elementTests;
      this.elementCascaded = elementCascaded;
    }
  }

  /** What to check on the values of one class. */
  private static final class Plan {
    static final Plan NOTHING = new Plan(null, none(), List.of());

    /** What this check does not understand in the class, or null if it understands all of it. */
    final String reason;
    final Predicate<Object>[] beanTests;
    final PropertyCheck[] properties;

    Plan(String reason, Predicate<Object>[] beanTests, List<PropertyCheck> properties) {
      this.reason = reason;
      this.beanTests = beanTests;
      this.properties = properties.toArray(new PropertyCheck[0]);
    }

    static Plan unsupported(Class<?> type, String reason) {
      return new Plan(type.getName() + ": " + reason, none(), List.of());
    }

    static Plan of(Class<?> type, Validator validator) {
      BeanDescriptor bean;
      try {
        bean = validator.getConstraintsForClass(type);
      } catch (RuntimeException e) {
        return unsupported(type, "the validator has no metadata for it");
      }
      if (!bean.isBeanConstrained()) {
        return NOTHING;
      }
      Predicate<Object>[] beanTests = tests(bean.getConstraintDescriptors());
      if (beanTests == null) {
        return unsupported(type, "a class-level constraint of another kind");
      }
      List<PropertyCheck> properties = new ArrayList<>();
      for (PropertyDescriptor p : bean.getConstrainedProperties()) {
        try {
          properties.add(property(type, p));
        } catch (Unsupported e) {
          return unsupported(type, e.getMessage());
        }
      }
      return new Plan(null, beanTests, properties);
    }

    private static PropertyCheck property(Class<?> type, PropertyDescriptor p) throws Unsupported {
      Method accessor = accessor(type, p.getPropertyName());
      if (accessor == null) {
        throw new Unsupported("no public accessor " + p.getPropertyName() + "()");
      }
      MethodHandle getter;
      try {
        getter = MethodHandles.publicLookup().unreflect(accessor)
            .asType(MethodType.methodType(Object.class, Object.class));
      } catch (IllegalAccessException e) {
        throw new Unsupported("accessor " + p.getPropertyName() + "() cannot be called");
      }
      Predicate<Object>[] tests = tests(p.getConstraintDescriptors());
      if (tests == null) {
        throw new Unsupported("a constraint of another kind on " + p.getPropertyName());
      }
      Set<ContainerElementTypeDescriptor> elements = p.getConstrainedContainerElementTypes();
      Class<?> declared = accessor.getReturnType(); // the descriptor's element class is the unwrapped one
      boolean optional = Optional.class.isAssignableFrom(declared);
      boolean collection = Collection.class.isAssignableFrom(declared);
      if (elements.isEmpty()) {
        if (p.isCascaded() && (optional || collection || Map.class.isAssignableFrom(declared)
            || declared.isArray())) {
          throw new Unsupported("a cascade declared on the container " + p.getPropertyName() + " itself");
        }
        return new PropertyCheck(getter, tests, p.isCascaded(), Container.NONE, none(), false);
      }
      if (elements.size() != 1 || p.isCascaded() || !(optional || collection)) {
        throw new Unsupported("constraints in a container of type " + declared.getName() + " on "
            + p.getPropertyName());
      }
      ContainerElementTypeDescriptor e = elements.iterator().next();
      Predicate<Object>[] elementTests = tests(e.getConstraintDescriptors());
      if (elementTests == null) {
        throw new Unsupported("a constraint of another kind on the elements of " + p.getPropertyName());
      }
      if (e.getTypeArgumentIndex() == null || e.getTypeArgumentIndex() != 0
          || !e.getConstrainedContainerElementTypes().isEmpty()) {
        throw new Unsupported("nested or other type arguments constrained in " + p.getPropertyName());
      }
      if (!e.getContainerClass().isAssignableFrom(declared)) {
        throw new Unsupported("elements of " + e.getContainerClass().getName() + " constrained in "
            + p.getPropertyName());
      }
      return new PropertyCheck(getter, tests, false, optional ? Container.OPTIONAL : Container.COLLECTION,
          elementTests, e.isCascaded());
    }

    private static Method accessor(Class<?> type, String name) {
      try {
        Method m = type.getMethod(name);
        return Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class ? null : m;
      } catch (NoSuchMethodException | SecurityException e) {
        return null;
      }
    }
  }

  /** Something in a class's constraints that this check leaves to the validator. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  @SuppressWarnings("unchecked")
  private static Predicate<Object>[] none() {
    return new Predicate[0];
  }

  /** The tests of a set of constraints, or null if one of them is not understood. */
  @SuppressWarnings("unchecked")
  private static Predicate<Object>[] tests(Set<ConstraintDescriptor<?>> descriptors) {
    List<Predicate<Object>> out = new ArrayList<>();
    for (ConstraintDescriptor<?> d : descriptors) {
      if (!test(d, out)) {
        return null;
      }
    }
    return out.toArray(new Predicate[0]);
  }

  /** Adds the tests of one constraint and of everything it is composed of; false if one is not understood. */
  private static boolean test(ConstraintDescriptor<?> d, List<Predicate<Object>> out) {
    Annotation a = d.getAnnotation();
    Class<? extends Annotation> kind = a.annotationType();
    if (kind == Size.class) {
      int min = ((Size) a).min();
      int max = ((Size) a).max();
      out.add(v -> size(v, min, max));
    } else if (kind == Pattern.class) {
      java.util.regex.Pattern regex = regex((Pattern) a);
      out.add(v -> v == null || (v instanceof CharSequence && regex.matcher((CharSequence) v).matches()));
    } else if (kind == NotNull.class) {
      out.add(v -> v != null);
    } else if (kind == UcumUnit.class) {
      UcumUnitValidator validator = new UcumUnitValidator();
      validator.initialize((UcumUnit) a);
      out.add(quantity(validator));
    } else if (kind == QuantityBetween.class) {
      QuantityBetweenValidator validator = new QuantityBetweenValidator();
      validator.initialize((QuantityBetween) a);
      out.add(quantity(validator));
    } else if (!d.getConstraintValidatorClasses().isEmpty() || d.getComposingConstraints().isEmpty()) {
      return false; // a constraint with a validator this check does not know
    }
    for (ConstraintDescriptor<?> c : d.getComposingConstraints()) {
      if (!test(c, out)) {
        return false;
      }
    }
    return true;
  }

  private static Predicate<Object> quantity(ConstraintValidator<?, Quantity> validator) {
    return v -> v == null || (v instanceof Quantity && validator.isValid((Quantity) v, null));
  }

  private static boolean size(Object v, int min, int max) {
    int size;
    if (v == null) {
      return true;
    } else if (v instanceof CharSequence) {
      size = ((CharSequence) v).length();
    } else if (v instanceof Collection) {
      size = ((Collection<?>) v).size();
    } else if (v instanceof Map) {
      size = ((Map<?, ?>) v).size();
    } else {
      return false;
    }
    return size >= min && size <= max;
  }

  private static java.util.regex.Pattern regex(Pattern p) {
    int flags = 0;
    for (Pattern.Flag f : p.flags()) {
      flags |= f.getValue();
    }
    return java.util.regex.Pattern.compile(p.regexp(), flags);
  }
}
