package org.paracrine.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a company checks before adopting the library: one licence everywhere (LICENSE, NOTICE, POMs, javadoc
 * footer), the metadata a public repository requires on every published POM, a release profile that signs,
 * SBOMs, reproducible archives, and a build that points at nothing missing from the repository.
 */
class ReleaseReadinessTest {
  private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

  private static Element pom(String path) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document d = f.newDocumentBuilder().parse(ROOT.resolve(path).toFile());
    return d.getDocumentElement();
  }

  private static String text(Element e, String tag) {
    NodeList list = e.getElementsByTagName(tag);
    return list.getLength() == 0 ? null : list.item(0).getTextContent().trim();
  }

  @Test
  void theLicenceFileIsTheApacheLicenceVersion2AndTheNoticeNamesIt() throws Exception {
    String licence = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
    assertThat(licence).contains("Apache License", "Version 2.0, January 2004",
        "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", "END OF TERMS AND CONDITIONS");
    assertThat(Files.readString(ROOT.resolve("NOTICE"), StandardCharsets.UTF_8))
        .contains("Paracrine", "Apache License", "Version 2.0");
  }

  @Test
  void everyPublishedPomCarriesTheMetadataAPublicRepositoryRequires() throws Exception {
    for (String path : List.of("pom.xml", "bom/pom.xml")) {
      Element root = pom(path);
      assertThat(text(root, "url")).as(path).startsWith("https://");
      assertThat(text(root, "name")).as(path).isNotBlank();
      assertThat(text(root, "description")).as(path).isNotBlank();
      Element licence = (Element) root.getElementsByTagName("license").item(0);
      assertThat(text(licence, "name")).as(path).isEqualTo("Apache-2.0");
      assertThat(text(licence, "url")).as(path).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
      assertThat(root.getElementsByTagName("developer").getLength()).as(path).isPositive();
      Element scm = (Element) root.getElementsByTagName("scm").item(0);
      assertThat(text(scm, "connection")).as(path).startsWith("scm:git:");
      assertThat(text(scm, "url")).as(path).startsWith("https://");
      assertThat(text((Element) root.getElementsByTagName("issueManagement").item(0), "url")).as(path)
          .startsWith("https://");
    }
  }

  @Test
  void theParentConfiguresSigningSbomsReproducibleArchivesAndTheLicenceInTheJavadocFooter() throws Exception {
    String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    assertThat(parent).contains("<id>release</id>", "<artifactId>maven-gpg-plugin</artifactId>",
        "<artifactId>cyclonedx-maven-plugin</artifactId>", "<goal>makeBom</goal>",
        "<project.build.outputTimestamp>");
    assertThat(text(pom("pom.xml"), "bottom")).contains("Apache License, Version 2.0")
        .doesNotContain("All rights reserved");
    assertThat(parent).doesNotContainPattern("(?i)developers\\.md");
    assertThat(Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8))
        .contains("mvn -B -ntp verify\n", "interop/run.sh", "tools/check-reproducible.sh");
  }
}
