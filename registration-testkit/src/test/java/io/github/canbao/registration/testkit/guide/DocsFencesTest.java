package io.github.canbao.registration.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every fenced block of the README and {@code docs/} is checked by some test, so that "every code
 * sample in the docs is compiled by a test" (issue 8) holds for the pages written next as well:
 * <ul>
 *   <li>{@code java compile=…}: compiled and run by the page's guide test (table below);
 *       {@code java not-compiled} is allowed only with its reason in the text before it;
 *   <li>{@code <lang> file=… step=N}: written and checked step by step by {@link RuleAuthorGuideTest};
 *   <li>{@code bash}: {@code ./registration} lines parse ({@code CommandSamplesTest} in the CLI),
 *       {@code spark-submit} lines parse ({@code SparkGuideTest}), {@code ./mvnw} lines name modules
 *       and files that exist, {@code java -jar} names a jar the build makes (here);
 *   <li>{@code xml}: our coordinates name a module of this build at its version (here);
 *   <li>{@code text}: program output or a folder layout, not code.
 * </ul>
 */
@DisplayName("README and docs/: every fenced block is a kind some test checks")
class DocsFencesTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern FENCE = Pattern.compile("^```(\\S*)([^\\n]*)\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

  /** The pages with compiled Java samples, and the test (by its source file) that compiles them. */
  private static final Map<String, String> JAVA_RUNNERS = Map.of(
      "README.md", "registration-testkit/src/test/java/io/github/canbao/registration/testkit/guide/ReadmeSamplesTest.java",
      "docs/testers.md", "registration-testkit/src/test/java/io/github/canbao/registration/testkit/guide/TestersGuideTest.java",
      "docs/vendors.md", "registration-batch/src/test/java/io/github/canbao/registration/batch/guide/VendorsGuideTest.java",
      "docs/spark.md", "registration-spark/src/test/java/io/github/canbao/registration/spark/guide/SparkGuideTest.java");

  record Fence(String page, int line, String language, String info, String body) {
    @Override
    public String toString() {
      return page + ":" + line + " ```" + language + info;
    }
  }

  @Test
  void everyFenceIsOfACheckedKind() throws IOException {
    List<Fence> fences = fences();
    assertThat(fences).hasSizeGreaterThan(30);
    for (Fence fence : fences) {
      boolean checked = switch (fence.language()) {
        case "java" -> fence.info().matches(" compile=\\S+\\.java| not-compiled");
        case "bash", "xml", "text" -> fence.info().isBlank();
        default -> fence.page().equals("docs/rule-authors.md") && fence.info().matches(" file=\\S+ step=\\d+");
      };
      assertThat(checked).as("%s: a kind of block no test checks", fence).isTrue();
    }
  }

  @Test
  void everyPageWithCompiledJavaHasItsRunner() throws IOException {
    for (Fence fence : fences()) {
      if (fence.info().startsWith(" compile=")) {
        assertThat(JAVA_RUNNERS).as("%s: which test compiles this page's samples", fence).containsKey(fence.page());
      }
    }
    for (Map.Entry<String, String> runner : JAVA_RUNNERS.entrySet()) {
      Path test = ROOT.resolve(runner.getValue());
      assertThat(test).exists();
      String name = Path.of(runner.getKey()).getFileName().toString();
      assertThat(Files.readString(test, StandardCharsets.UTF_8)).as("%s reads %s", test, name)
          .contains(name.equals("README.md") ? "readme()" : "\"" + name + "\"");
    }
  }

  @Test
  void everyNotCompiledSampleSaysWhy() throws IOException {
    for (Fence fence : fences()) {
      if (fence.info().equals(" not-compiled")) {
        String page = Files.readString(ROOT.resolve(fence.page()), StandardCharsets.UTF_8);
        String before = page.substring(0, page.indexOf("```java not-compiled"));
        String paragraph = before.substring(before.stripTrailing().lastIndexOf("\n\n") + 1);
        assertThat(paragraph).as("%s: the paragraph before a not-compiled sample says why", fence)
            .contains("not-compiled");
      }
    }
  }

  @Test
  void everyMavenWrapperLineNamesWhatExists() throws IOException {
    int seen = 0;
    for (Fence fence : fences()) {
      if (!fence.language().equals("bash")) {
        continue;
      }
      for (String line : fence.body().split("\n")) {
        String command = line.replaceAll("\\s+#.*$", "").strip();
        List<String> words = List.of(command.split("\\s+"));
        if (command.startsWith("./mvnw")) {
          seen++;
          for (int i = 0; i < words.size() - 1; i++) {
            if (words.get(i).equals("-pl")) {
              for (String module : words.get(i + 1).split(",")) {
                assertThat(ROOT.resolve(module.replaceFirst("^!", "")).resolve("pom.xml")).as("%s: %s", fence, command).exists();
              }
            } else if (words.get(i).equals("-f")) {
              assertThat(ROOT.resolve(words.get(i + 1))).as("%s: %s", fence, command).exists();
            }
          }
        } else if (command.startsWith("java -jar ")) {
          seen++;
          String jar = words.get(2);
          String module = jar.substring(0, jar.indexOf('/'));
          assertThat(ROOT.resolve(module).resolve("pom.xml")).as("%s: %s", fence, command).exists();
          assertThat(Files.readString(ROOT.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8))
              .as("%s: the module's build makes the jar %s", fence, jar)
              .contains("<finalName>" + Path.of(jar).getFileName().toString().replace(".jar", "") + "</finalName>");
        }
      }
    }
    assertThat(seen).isGreaterThanOrEqualTo(4);
  }

  @Test
  void everyDependencySnippetNamesOurModulesAtTheirVersion() throws Exception {
    String version = projectVersion();
    int seen = 0;
    for (Fence fence : fences()) {
      if (!fence.language().equals("xml")) {
        continue;
      }
      Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new InputSource(new StringReader("<snippet>" + fence.body() + "</snippet>")))
          .getDocumentElement();
      NodeList dependencies = root.getElementsByTagName("dependency");
      for (int i = 0; i < dependencies.getLength(); i++) {
        Element dependency = (Element) dependencies.item(i);
        if (!text(dependency, "groupId").equals("io.github.canbao")) {
          continue;
        }
        seen++;
        String artifact = text(dependency, "artifactId");
        assertThat(ROOT.resolve(artifact).resolve("pom.xml")).as("%s: %s is a module of this build", fence, artifact).exists();
        String shown = text(dependency, "version");
        if (!shown.isEmpty()) {
          assertThat(shown).as("%s: the version of %s", fence, artifact).isEqualTo(version);
        }
      }
    }
    assertThat(seen).isGreaterThanOrEqualTo(3);
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }

  private static String projectVersion() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<artifactId>registration-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find()).as("the parent POM's version").isTrue();
    return m.group(1);
  }

  private static List<Fence> fences() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<Fence> fences = new ArrayList<>();
    for (Path page : pages) {
      String text = Files.readString(page, StandardCharsets.UTF_8);
      Matcher m = FENCE.matcher(text);
      while (m.find()) {
        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        fences.add(new Fence(ROOT.relativize(page).toString(), line, m.group(1), m.group(2), m.group(3)));
      }
    }
    return fences;
  }
}
