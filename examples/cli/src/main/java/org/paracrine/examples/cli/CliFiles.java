package org.paracrine.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Finding and reading the CLI's input files: directories are walked recursively; {@code .json} files are
 * documents and {@code .ndjson} / {@code .jsonl} files are NDJSON streams (extensions in any letter case); every
 * other file in a directory is listed as skipped, and every file that cannot be read is reported with the reason.
 */
final class CliFiles {
  private CliFiles() {}

  /** The inputs found under the paths given. */
  static final class Found {
    final List<Path> documents = new ArrayList<>();
    final List<Path> streams = new ArrayList<>();
    final List<Path> skipped = new ArrayList<>();
  }

  static boolean isStream(Path f) {
    String name = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".ndjson") || name.endsWith(".jsonl");
  }

  static boolean isDocument(Path f) {
    String name = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json");
  }

  /**
   * Expands one path given on the command line: a file is taken as it is (a stream by its extension, else a
   * document); a directory is walked, sorted by path.
   *
   * @param p the path (exists)
   * @param found receives documents, streams and skipped files
   * @param problems receives (path, reason) for anything that cannot be read
   */
  static void expand(Path p, Found found, BiConsumer<Path, String> problems) {
    if (!Files.isDirectory(p)) {
      (isStream(p) ? found.streams : found.documents).add(p);
      return;
    }
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(p, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isSymbolicLink() && !Files.exists(f)) {
            problems.accept(f, "no such file (a broken symbolic link)");
          } else if (attrs.isSymbolicLink() && Files.isDirectory(f)) {
            found.skipped.add(f);
          } else {
            files.add(f);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          problems.accept(f, reason(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.accept(p, reason(e));
    }
    files.sort(null);
    for (Path f : files) {
      if (isStream(f)) {
        found.streams.add(f);
      } else if (isDocument(f)) {
        found.documents.add(f);
      } else {
        found.skipped.add(f);
      }
    }
  }

  /**
   * Reads a document file, at most {@code max + 1} bytes, so an endless or huge input costs at most the limit.
   *
   * @param f the file
   * @param max the document-length limit
   * @return the bytes; longer than {@code max} when the file is too long
   * @throws IOException when the file cannot be read
   */
  static byte[] readBounded(Path f, long max) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      return in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
    }
  }

  /**
   * Says in plain words why a file cannot be read.
   *
   * @param e the failure
   * @return e.g. {@code "permission denied"}, {@code "no such file"}, {@code "is a directory"}
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return lowerFirst(((FileSystemException) e).getReason());
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "input/output error" : lowerFirst(m);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
