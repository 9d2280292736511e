package org.paracrine.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The records named on a command line, one at a time, found by the same rules as {@code check}
 * ({@link CliFiles}): a document file ({@code .json}, any letter case) is one record, every non-blank line of a
 * stream ({@code .ndjson}, {@code .jsonl}) is one record, and a directory stands for the documents and streams
 * below it (sorted by path); every other file found there is reported as skipped. A document is read only up to the
 * document-length limit, and an NDJSON line only up to the same limit. Used by {@code digest} and {@code validate}.
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
   * @param maxLength the longest document or NDJSON line read, in bytes (characters for a line)
   * @param records receives each record
   * @param problems receives one message per path that cannot be read, with the reason
   * @param skipped receives every file of a scanned directory that is neither a document nor a stream
   */
  static void forEach(List<String> paths, long maxLength, Consumer<Entry> records, Consumer<String> problems,
      Consumer<Path> skipped) {
    CliFiles.Found found = new CliFiles.Found();
    for (String given : paths) {
      Path p = Path.of(given);
      if (!Files.exists(p)) {
        problems.accept(given + ": no such file or directory");
        continue;
      }
      CliFiles.expand(p, found, (f, reason) -> problems.accept(f + ": " + reason));
    }
    found.skipped.forEach(skipped);
    for (Path f : found.documents) {
      try {
        byte[] bytes = CliFiles.readBounded(f, maxLength);
        if (bytes.length > maxLength) {
          problems.accept(f + ": longer than the document-length limit of " + maxLength + " bytes");
          continue;
        }
        records.accept(new Entry(f.toString(), 0, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString()));
      } catch (CharacterCodingException e) {
        problems.accept(f + ": not UTF-8 text");
      } catch (IOException e) {
        problems.accept(f + ": cannot read: " + CliFiles.reason(e));
      }
    }
    for (Path f : found.streams) {
      try {
        readLines(f, maxLength, records, problems);
      } catch (IOException | UncheckedIOException e) {
        problems.accept(f + ": cannot read: " + (e instanceof IOException ? CliFiles.reason((IOException) e)
            : "not UTF-8 text"));
      }
    }
  }

  private static void readLines(Path f, long maxLength, Consumer<Entry> records, Consumer<String> problems)
      throws IOException {
    String name = f.toString();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(f),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
      int number = 0;
      StringBuilder line = new StringBuilder();
      int c;
      boolean tooLong = false;
      boolean any = false;
      while ((c = in.read()) >= 0) {
        if (c == '\n') {
          number++;
          emit(name, number, line, tooLong, maxLength, records, problems);
          line.setLength(0);
          tooLong = false;
          any = true;
        } else if (line.length() < maxLength) {
          line.append((char) c);
        } else {
          tooLong = true;
        }
      }
      if (line.length() > 0 || tooLong) {
        number++;
        emit(name, number, line, tooLong, maxLength, records, problems);
        any = true;
      }
      if (!any) {
        problems.accept(name + ": no records (the stream is empty)");
      }
    }
  }

  private static void emit(String name, int number, StringBuilder line, boolean tooLong, long maxLength,
      Consumer<Entry> records, Consumer<String> problems) {
    if (tooLong) {
      problems.accept(name + ":" + number + ": line longer than the limit of " + maxLength + " characters");
    } else if (!line.toString().isBlank()) {
      records.accept(new Entry(name, number, line.toString().strip()));
    }
  }
}
