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
 * Builder methods of the core value types as small generated classes ({@link LambdaMetafactory}), as the compiler
 * makes for a method reference. A call through one of them is an ordinary interface call whose target calls the
 * builder method directly, where a {@link MethodHandle} held in a field is invoked through a generic path on every
 * call; the strict reader makes a few hundred such calls per record.
 *
 * <p>Should the factory refuse a method, the method handle is wrapped instead: slower, same behaviour.
 */
final class Accessors {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private Accessors() {}

  /**
   * A static no-argument factory ({@code ImmutableX.builder()}).
   *
   * @param factory the static method
   * @return a supplier calling it
   */
  @SuppressWarnings("unchecked")
  static Supplier<Object> supplier(Method factory) {
    MethodHandle target = unreflect(factory);
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
   * @return a function calling it on its argument
   */
  @SuppressWarnings("unchecked")
  static UnaryOperator<Object> function(Method method, Class<?> receiver) {
    MethodHandle target = unreflect(method);
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
   * @return a setter calling it
   */
  static Setter setter(Method method, Class<?> receiver) {
    if (method.getParameterCount() != 1 || Modifier.isStatic(method.getModifiers())) {
      throw new IllegalArgumentException("not a one-argument instance method: " + method);
    }
    MethodHandle target = unreflect(method);
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
