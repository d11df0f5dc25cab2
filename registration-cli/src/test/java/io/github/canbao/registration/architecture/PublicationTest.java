package io.github.canbao.registration.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a central repository asks of each published POM (issue 8), read from the POM files: name,
 * description, URL, licence, developers and SCM, in the parent (which the modules inherit them
 * from) and in the BOM (which has no parent); the BOM's version is the reactor's and it manages
 * every published module; the build is pinned to a fixed output timestamp so that it reproduces
 * ({@code tools/reproducible-build.sh} checks the jars themselves).
 */
@DisplayName("POMs: the metadata a central repository requires, and a BOM that matches the reactor")
class PublicationTest {

  private static final Path ROOT = Path.of("..");
  private static final List<String> PUBLISHED = List.of(
      "registration-codes", "registration-model", "registration-rules", "registration-batch",
      "registration-spark", "registration-testkit", "registration-cli");

  @Test
  void parentAndBomCarryTheRequiredMetadata() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    Element bom = pom(ROOT.resolve("registration-bom/pom.xml"));
    for (Element project : List.of(parent, bom)) {
      for (String required : List.of("name", "description", "url", "licenses/license/name", "licenses/license/url",
          "developers/developer/name", "scm/connection", "scm/url")) {
        assertThat(text(project, required)).as("%s of %s", required, text(project, "artifactId")).isNotBlank();
      }
    }
    for (String shared : List.of("url", "licenses/license/url", "developers/developer/name", "scm/connection", "scm/url")) {
      assertThat(text(bom, shared)).as("the BOM's %s", shared).isEqualTo(text(parent, shared));
    }
    assertThat(text(parent, "properties/project.build.outputTimestamp")).as("a fixed timestamp for reproducible jars")
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  }

  @Test
  void everyPublishedModuleHasANameAndDescriptionAndItsModuleName() throws Exception {
    for (String module : PUBLISHED) {
      Element project = pom(ROOT.resolve(module).resolve("pom.xml"));
      assertThat(text(project, "name")).as("name of %s", module).isNotBlank();
      assertThat(text(project, "description")).as("description of %s", module).isNotBlank();
      // Automatic-Module-Name: the parent's jar configuration writes this property; each module sets its own
      assertThat(text(project, "properties/automatic.module.name")).as("automatic.module.name of %s", module)
          .isEqualTo("io.github.canbao.registration." + module.substring("registration-".length()));
    }
  }

  @Test
  void theBomManagesEveryPublishedModuleAtTheReactorsVersion() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    Element bom = pom(ROOT.resolve("registration-bom/pom.xml"));
    assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
    List<String> managed = new ArrayList<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      managed.add(text((Element) dependencies.item(i), "artifactId"));
    }
    assertThat(managed).containsExactlyInAnyOrderElementsOf(PUBLISHED);
  }

  private static Element pom(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
  }

  /** The text at a path of child elements ({@code scm/url}), or "" when there is none. */
  private static String text(Element from, String path) {
    Element at = from;
    for (String name : path.split("/")) {
      Element next = null;
      for (Node child = at.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element e && e.getTagName().equals(name)) {
          next = e;
          break;
        }
      }
      if (next == null) {
        return "";
      }
      at = next;
    }
    return at.getTextContent().strip();
  }
}
