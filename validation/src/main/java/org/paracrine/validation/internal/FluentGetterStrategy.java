package org.paracrine.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see fluent accessors ({@code id()}, {@code testResults()}) as properties: any method
 * without parameters that returns a value and is not one of {@link Object}'s methods. The property name is the
 * method name, which is also the JSON property name Jackson writes, so violation paths and record paths agree.
 * Without this strategy Hibernate Validator only knows {@code getX()}/{@code isX()} and silently ignores every
 * constraint on the core types.
 */
public final class FluentGetterStrategy implements GetterPropertySelectionStrategy {
  private static final Set<String> OBJECT_METHODS =
      Set.of("getClass", "hashCode", "toString", "clone", "notify", "notifyAll", "wait", "finalize");

  /** Creates the strategy. */
  public FluentGetterStrategy() {}

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
        || OBJECT_METHODS.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
