package org.paracrine.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The repository cites primary sources only (guidelines, pharmacopoeia chapters, regulations, papers, ontologies;
 * see docs/sources.md): no source file, script or document may refer to a private team note or to a developer file
 * that is not part of the repository.
 */
class PrimarySourcesTest {
  private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

  /** File types that carry javadoc, comments or documentation. */
  private static final Set<String> EXTENSIONS = Set.of("java", "py", "md", "xml", "json", "yml", "yaml",
      "properties", "sh", "js", "mjs", "txt", "html");

  /** Directories that hold build output, dependencies or tool state rather than sources. */
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules", "__pycache__");

  /**
   * References that must not appear. The first also matches when a comment wraps between the two words (javadoc
   * {@code *}, Python {@code #}, {@code //}).
   */
  private static final List<Pattern> FORBIDDEN = List.of(
      Pattern.compile("domain[\\s*#/]*brief", Pattern.CASE_INSENSITIVE),
      Pattern.compile("developers\\.md", Pattern.CASE_INSENSITIVE));

  private static List<String> offences(String text) {
    List<String> found = new ArrayList<>();
    for (Pattern p : FORBIDDEN) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        found.add("line " + line + ": " + m.group().replaceAll("\\s+", " "));
      }
    }
    return found;
  }

  private static List<Path> sourceFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        boolean skip = !dir.equals(ROOT) && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name));
        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (attrs.isRegularFile() && dot > 0
            && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return files;
  }

  @Test
  void noSourceFileOrDocumentRefersToAPrivateNoteOrAMissingDeveloperFile() throws IOException {
    List<Path> files = sourceFiles();
    assertThat(files).as("files scanned under %s", ROOT)
        .contains(ROOT.resolve("README.md"), ROOT.resolve("docs/sources.md"), ROOT.resolve("tools/gen_vocabulary.py"),
            ROOT.resolve("core/src/main/java/org/paracrine/core/spec/Confidence.java"));
    List<String> offending = new ArrayList<>();
    for (Path file : files) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (java.nio.charset.MalformedInputException e) {
        continue;
      } catch (IOException e) {
        throw new UncheckedIOException(file.toString(), e);
      }
      for (String o : offences(text)) {
        offending.add(ROOT.relativize(file) + " " + o);
      }
    }
    assertThat(offending).as("cite the primary source instead (see docs/sources.md)").isEmpty();
  }

  @Test
  void theCheckFindsAReferenceEvenWhenAJavadocOrPythonCommentWrapsBetweenItsWords() {
    assertThat(offences("/**\n * Sources: the Domain\n * Brief §6.\n */"))
        .containsExactly("line 2: Domain" + " * Brief");
    assertThat(offences("# from the domain\n# brief\n")).hasSize(1);
    assertThat(offences("See " + "Developers" + ".MD for details.")).containsExactly("line 1: Developers" + ".MD");
    assertThat(offences("MISEV2018 domain of application; brief summary in docs/sources.md")).isEmpty();
  }

  @Test
  void theSourcesDocumentUsesTheConfidenceValuesOfTheModel() throws IOException {
    String sources = Files.readString(ROOT.resolve("docs/sources.md"), StandardCharsets.UTF_8);
    for (org.paracrine.core.spec.Confidence c : org.paracrine.core.spec.Confidence.values()) {
      assertThat(sources).contains("| " + c.name() + " |");
    }
    assertThat(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8)).contains("docs/sources.md");
  }
}
