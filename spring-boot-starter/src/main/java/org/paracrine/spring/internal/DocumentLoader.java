package org.paracrine.spring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.RecordFormatException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads Paracrine documents (specifications, reference series) from Spring resource locations or patterns
 * ({@code classpath*:specs/*.json}, {@code file:/etc/paracrine/*.json}) at start-up. A location that matches
 * nothing, or a document that does not read, stops the start with a message naming the resource.
 */
public final class DocumentLoader {
  private final ResourcePatternResolver resolver;
  private final ParacrineJson json;

  /**
   * Creates the loader.
   *
   * @param resolver resolves locations and patterns
   * @param json reads the documents
   */
  public DocumentLoader(ResourcePatternResolver resolver, ParacrineJson json) {
    this.resolver = resolver;
    this.json = json;
  }

  /**
   * Loads every document of a type from the locations, in location order and, within a pattern, by file name.
   *
   * @param <T> the document type
   * @param locations resource locations or patterns
   * @param type the document type
   * @param property the property that named the locations, for messages
   * @return the documents
   * @throws IllegalStateException if a location matches nothing or a document does not read
   */
  public <T> List<T> load(List<String> locations, Class<T> type, String property) {
    List<T> out = new ArrayList<>();
    for (String location : locations) {
      Resource[] found;
      try {
        found = resolver.getResources(location);
      } catch (IOException e) {
        throw new UncheckedIOException(property + ": cannot list \"" + location + "\"", e);
      }
      List<Resource> readable = new ArrayList<>(Arrays.stream(found).filter(Resource::isReadable).toList());
      if (readable.isEmpty()) {
        throw new IllegalStateException(property + ": \"" + location + "\" matches no readable resource");
      }
      readable.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
      for (Resource r : readable) {
        try (InputStream in = r.getInputStream()) {
          out.add(json.read(in, type));
        } catch (IOException e) {
          throw new UncheckedIOException(property + ": cannot read " + r.getDescription(), e);
        } catch (RecordFormatException e) {
          throw new IllegalStateException(property + ": " + r.getDescription() + " is not a valid "
              + type.getSimpleName() + " document: " + e.getMessage(), e);
        }
      }
    }
    return out;
  }
}
