package org.paracrine.validation.internal.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.paracrine.core.spec.Selector;

/**
 * A selector with the canonical keys of its names computed once, when the checker is built.
 *
 * @param selector the selector
 * @param keys the canonical keys of {@link Selector#names()} ({@link Names#key(String)})
 */
public record CompiledSelector(Selector selector, List<String> keys) {
  /**
   * Compiles a selector.
   *
   * @param selector the selector
   * @return the compiled selector
   */
  public static CompiledSelector of(Selector selector) {
    return new CompiledSelector(selector, selector.names().stream().map(Names::key)
        .collect(Collectors.toUnmodifiableList()));
  }

  /**
   * Tells whether a recorded name matches one of the selector's names; with no names every value matches.
   *
   * @param name the recorded name (analyte, marker code), or null when the record has none
   * @return true if it matches
   */
  public boolean matchesAny(String name) {
    if (keys.isEmpty()) {
      return true;
    }
    return name != null && keys.contains(Names.key(name));
  }
}
