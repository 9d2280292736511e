package org.paracrine.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The records named on a command line, one at a time: a {@code *.json} file is one record, every non-blank line
 * of a {@code *.ndjson} file is one record, and a directory stands for the {@code *.json} and {@code *.ndjson}
 * files below it (sorted by path). Used by {@code digest} and {@code validate}.
 */
final class RecordFiles {
  /** One record and where it came from. */
  static final class Entry {
    final String source;
    final int line;
    final String text;

    Entry(String source, int line, String text) {
      this.source = source;
      this.line = line;
      this.text = text;
    }

    /** Returns {@code file} or {@code file:line} for a line of an NDJSON file. */
    String label() {
      return line > 0 ? source + ":" + line : source;
    }
  }

  private RecordFiles() {}

  /**
   * Visits every record of the given paths in order.
   *
   * @param paths files or directories as given on the command line
   * @param records receives each record
   * @param problems receives one message per path that cannot be read
   */
  static void forEach(List<String> paths, Consumer<Entry> records, Consumer<String> problems) {
    for (String given : paths) {
      Path p = Path.of(given);
      if (!Files.exists(p)) {
        problems.accept(given + ": no such file or directory");
        continue;
      }
      List<Path> files;
      try {
        files = expand(p);
      } catch (IOException | UncheckedIOException e) {
        problems.accept(given + ": cannot be listed");
        continue;
      }
      for (Path f : files) {
        String name = f.toString();
        try {
          if (name.endsWith(".ndjson")) {
            readLines(f, name, records);
          } else {
            records.accept(new Entry(name, 0, Files.readString(f, StandardCharsets.UTF_8)));
          }
        } catch (IOException | UncheckedIOException e) {
          problems.accept(name + ": cannot be read as UTF-8 text");
        }
      }
    }
  }

  private static void readLines(Path f, String name, Consumer<Entry> records) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (!line.isBlank()) {
          records.accept(new Entry(name, number, line));
        }
      }
    }
  }

  private static List<Path> expand(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".json") || f.getFileName().toString().endsWith(".ndjson"))
          .sorted().collect(Collectors.toCollection(ArrayList::new));
    }
  }
}
