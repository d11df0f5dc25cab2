package io.github.canbao.registration.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DEVELOPERS.md allows no dependency "without a reason you write in docs/decisions/": every
 * artifact a POM of this repository names (dependencies, imported BOMs, plugins), other than our
 * own modules, appears by its artifact id in decision 0001's tables.
 */
@DisplayName("docs/decisions/0001: every dependency and plugin a POM names is listed with its reason")
class DependencyDecisionsTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern ARTIFACT = Pattern.compile(
      "<(?:dependency|plugin)>\\s*(?:<groupId>([^<]+)</groupId>\\s*)?<artifactId>([^<]+)</artifactId>");

  @Test
  void everyArtifactIsListed() throws IOException {
    String decision = Files.readString(ROOT.resolve("docs/decisions/0001-build-and-dependencies.md"), StandardCharsets.UTF_8);
    Set<String> named = new TreeSet<>();
    for (Path pom : poms()) {
      String text = Files.readString(pom, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
      Matcher m = ARTIFACT.matcher(text);
      while (m.find()) {
        if (!"io.github.canbao".equals(m.group(1))) {
          named.add(m.group(2));
        }
      }
    }
    assertThat(named).as("artifacts named by the POMs").contains("drools-core", "guava", "maven-surefire-plugin");
    List<String> unlisted = named.stream().filter(a -> !decision.contains("`" + a + "`")).toList();
    assertThat(unlisted).as("artifacts without their line in decision 0001").isEmpty();
  }

  private static List<Path> poms() throws IOException {
    List<Path> poms = new ArrayList<>(List.of(ROOT.resolve("pom.xml")));
    for (Path folder : List.of(ROOT, ROOT.resolve("examples"))) {
      try (Stream<Path> children = Files.list(folder)) {
        children.map(c -> c.resolve("pom.xml")).filter(Files::exists).sorted().forEach(poms::add);
      }
    }
    return poms;
  }
}
