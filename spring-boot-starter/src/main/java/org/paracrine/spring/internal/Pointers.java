package org.paracrine.spring.internal;

import java.util.ArrayList;
import java.util.List;
import org.paracrine.core.report.JsonPointer;

/** Converts Spring property paths to JSON Pointers. */
public final class Pointers {
  private Pointers() {}

  /**
   * Converts a property path such as {@code lot.testResults[3].value} to {@code /lot/testResults/3/value}.
   *
   * @param propertyPath the path
   * @return the JSON Pointer
   */
  public static String fromPropertyPath(String propertyPath) {
    List<Object> tokens = new ArrayList<>();
    for (String part : propertyPath.split("\\.")) {
      int bracket = part.indexOf('[');
      if (bracket < 0) {
        tokens.add(part);
        continue;
      }
      tokens.add(part.substring(0, bracket));
      for (String index : part.substring(bracket + 1).split("\\]\\[?")) {
        if (!index.isEmpty()) {
          tokens.add(index.replace("]", ""));
        }
      }
    }
    tokens.removeIf(t -> t.toString().isEmpty());
    return JsonPointer.of(tokens.toArray());
  }
}
