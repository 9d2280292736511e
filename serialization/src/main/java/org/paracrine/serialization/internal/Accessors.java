package org.paracrine.serialization.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Methods of the core value types and their builders as functional objects, in two forms:
 * <ul>
 *   <li><em>plain</em>: a {@link MethodHandle} wrapped in a lambda. Made in microseconds, so a JVM that reads one
 *       record does not pay for more;
 *   <li><em>generated</em>: a small class made by {@link LambdaMetafactory}, as the compiler makes for a method
 *       reference. A call is an ordinary interface call whose target calls the method directly, where a method
 *       handle held in a field is invoked through a generic path on every call; the strict reader and the canonical
 *       writer make a few hundred calls per record. Making one takes a class definition (tens of microseconds), so
 *       the callers switch a type to generated accessors only once it has been used many times.
 * </ul>
 * Both forms behave the same: same results, same exceptions. Should the factory refuse a method, the generated form
 * falls back to the plain one.
 */
final class Accessors {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  /** Uses of a type before its accessors are generated. */
  static final int GENERATE_AFTER = 64;

  /**
   * Counts the uses of one type's accessors and tells when to generate them: once, at the {@value #GENERATE_AFTER}th
   * use. The count is racy (threads may lose increments, so the moment may come a little later), but it never
   * passes the threshold without some thread seeing it reached.
   */
  static final class Uses {
    private int count;

    /**
     * Counts one use.
     *
     * @return true for the use after which the accessors are to be generated
     */
    boolean countAndCheck() {
      return count < GENERATE_AFTER && ++count == GENERATE_AFTER;
    }
  }

  private Accessors() {}

  /**
   * A static no-argument factory ({@code ImmutableX.builder()}).
   *
   * @param factory the static method
   * @param generated true for a generated class, false for a plain wrapper of a method handle
   * @return a supplier calling it
   */
  @SuppressWarnings("unchecked")
  static Supplier<Object> supplier(Method factory, boolean generated) {
    MethodHandle target = unreflect(factory);
    if (!generated) {
      MethodHandle generic = target.asType(MethodType.methodType(Object.class));
      return () -> call(generic);
    }
    try {
      CallSite site = LambdaMetafactory.metafactory(LOOKUP, "get", MethodType.methodType(Supplier.class),
          MethodType.methodType(Object.class), target, MethodType.methodType(factory.getReturnType()));
      return (Supplier<Object>) site.getTarget().invoke();
    } catch (LambdaConversionException e) {
      MethodHandle generic = target.asType(MethodType.methodType(Object.class));
      return () -> call(generic);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot call " + factory, e);
    }
  }

  /**
   * An instance method without arguments ({@code Builder.build()}, an accessor such as {@code Lot.id()}); a
   * primitive result is boxed.
   *
   * @param method the method
   * @param receiver the class of the instances it is called on
   * @param generated true for a generated class, false for a plain wrapper of a method handle
   * @return a function calling it on its argument
   */
  @SuppressWarnings("unchecked")
  static UnaryOperator<Object> function(Method method, Class<?> receiver, boolean generated) {
    MethodHandle target = unreflect(method);
    if (!generated) {
      MethodHandle generic = target.asType(MethodType.methodType(Object.class, Object.class));
      return x -> call(generic, x);
    }
    try {
      CallSite site = LambdaMetafactory.metafactory(LOOKUP, "apply", MethodType.methodType(UnaryOperator.class),
          MethodType.methodType(Object.class, Object.class), target,
          MethodType.methodType(method.getReturnType(), receiver).wrap());
      return (UnaryOperator<Object>) site.getTarget().invoke();
    } catch (LambdaConversionException e) {
      MethodHandle generic = target.asType(MethodType.methodType(Object.class, Object.class));
      return x -> call(generic, x);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  /**
   * An instance method of one argument whose result is dropped ({@code Builder.x(T)}, {@code Builder.addX(T)});
   * a primitive parameter takes its boxed value.
   *
   * @param method the method
   * @param receiver the class of the instances it is called on
   * @param generated true for a generated class, false for a plain wrapper of a method handle
   * @return a setter calling it
   */
  static Setter setter(Method method, Class<?> receiver, boolean generated) {
    if (method.getParameterCount() != 1 || Modifier.isStatic(method.getModifiers())) {
      throw new IllegalArgumentException("not a one-argument instance method: " + method);
    }
    MethodHandle target = unreflect(method);
    if (!generated) {
      MethodHandle generic = target.asType(MethodType.methodType(void.class, Object.class, Object.class));
      return (builder, value) -> call(generic, builder, value);
    }
    Class<?> parameter = method.getParameterTypes()[0];
    Class<?> argument = parameter.isPrimitive() ? MethodType.methodType(parameter).wrap().returnType() : parameter;
    try {
      CallSite site = LambdaMetafactory.metafactory(LOOKUP, "set", MethodType.methodType(Setter.class),
          MethodType.methodType(void.class, Object.class, Object.class), target,
          MethodType.methodType(void.class, receiver, argument));
      return (Setter) site.getTarget().invoke();
    } catch (LambdaConversionException e) {
      MethodHandle generic = target.asType(MethodType.methodType(void.class, Object.class, Object.class));
      return (builder, value) -> call(generic, builder, value);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  private static MethodHandle unreflect(Method method) {
    try {
      return LOOKUP.unreflect(method);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  private static Object call(MethodHandle factory) {
    try {
      return (Object) factory.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object call(MethodHandle handle, Object target) {
    try {
      return (Object) handle.invokeExact(target);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static void call(MethodHandle handle, Object target, Object value) {
    try {
      handle.invokeExact(target, value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
