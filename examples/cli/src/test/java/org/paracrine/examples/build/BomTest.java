package org.paracrine.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Guards that the BOM stays importable by users: no parent (so none of Paracrine's build settings leak into a
 * user's build), packaging pom, and one managed entry, at the project version, for every published module.
 */
class BomTest {
  private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(pom.toFile());
  }

  private static String child(Element e, String name) {
    NodeList list = e.getElementsByTagName(name);
    return list.getLength() == 0 ? null : list.item(0).getTextContent().trim();
  }

  @Test
  void theBomManagesEveryPublishedModuleAtTheProjectVersionAndHasNoParent() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    String version = child(parent.getDocumentElement(), "version");
    Document bom = read(ROOT.resolve("bom/pom.xml"));
    Element root = bom.getDocumentElement();
    assertThat(root.getElementsByTagName("parent").getLength()).isZero();
    assertThat(child(root, "packaging")).isEqualTo("pom");
    assertThat(child(root, "version")).isEqualTo(version);
    List<String> managed = new ArrayList<>();
    NodeList deps = root.getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      assertThat(child(d, "groupId")).isEqualTo("org.paracrine");
      assertThat(child(d, "version")).isEqualTo(version);
      managed.add(child(d, "artifactId"));
    }
    List<String> published = new ArrayList<>();
    for (String module : List.of("core", "validation", "serialization", "signature", "fhir", "documents",
        "spring-boot-starter")) {
      assertThat(ROOT.resolve(module).resolve(".published-library")).exists();
      published.add("paracrine-" + module);
    }
    assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
  }
}
