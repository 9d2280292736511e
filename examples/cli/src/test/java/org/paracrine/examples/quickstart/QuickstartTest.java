package org.paracrine.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.report.Verdict;

class QuickstartTest {
  private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

  @Test
  void theQuickstartReleasesTheReferenceLotAndRecordsItsSpecification() {
    ReleaseReport report = Quickstart.run();
    assertThat(report.verdict()).isEqualTo(Verdict.RELEASE);
    assertThat(report.specifications()).contains(SpecificationRef.of("site-release", "3"));
  }

  @Test
  void theQuickstartInAFreshJvmPrintsNothingOnStandardErrorNotEvenALibraryBanner() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        Quickstart.class.getName()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    assertThat(err).isEmpty();
  }

  @Test
  void theReadmeShowsExactlyTheQuickstartCode() throws IOException {
    List<String> source = Files.readAllLines(ROOT.resolve(
        "examples/cli/src/main/java/org/paracrine/examples/quickstart/Quickstart.java"));
    int begin = source.indexOf("    // README-BEGIN");
    int end = source.indexOf("    // README-END");
    String code = source.subList(begin + 1, end).stream()
        .map(l -> l.startsWith("    ") ? l.substring(4) : l).collect(Collectors.joining("\n"));
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertThat(readme).contains("```java\n" + code + "\n```");
  }
}
