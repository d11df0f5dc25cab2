package io.github.canbao.registration.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.rules.RuleSets;
import io.github.canbao.registration.rules.scenario.ScenarioResult;
import io.github.canbao.registration.rules.scenario.ScenarioRunner;
import io.github.canbao.registration.rules.scenario.ScenarioTable;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles and runs every Java block of docs/testers.md marked {@code compile=<path>}: the tests
 * are run the way JUnit would (each {@code @Test}, each dynamic test of a {@code @TestFactory},
 * each argument of a {@code @MethodSource}), a {@code main} is called. A Java block must be marked
 * either {@code compile=} or {@code not-compiled}.
 */
@DisplayName("issue 6, docs/testers.md: every Java sample compiles and passes")
class TestersGuideTest {

  private static final Path GUIDE = Path.of("..", "docs", "testers.md");
  private static final Pattern BLOCK = Pattern.compile("```java([^\\n]*)\\n(.*?)```", Pattern.DOTALL);

  record Block(String info, String text) {}

  @Test
  void samplesCompileAndPass(@TempDir Path work) throws Exception {
    List<Block> blocks = blocks();
    List<Path> sources = new ArrayList<>();
    for (Block block : blocks) {
      String info = block.info().strip();
      assertThat(info).as("a Java block is marked compile=… or not-compiled").matches("compile=\\S+\\.java|not-compiled");
      if (info.startsWith("compile=")) {
        Path file = work.resolve("src").resolve(info.substring("compile=".length()));
        Files.createDirectories(file.getParent());
        Files.writeString(file, block.text(), StandardCharsets.UTF_8);
        sources.add(file);
      }
    }
    assertThat(sources).hasSizeGreaterThanOrEqualTo(5);

    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classpath(), "-encoding", "UTF-8"));
    sources.forEach(s -> args.add(s.toString()));
    java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
    int status = compiler.run(null, errors, errors, args.toArray(String[]::new));
    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      int ran = 0;
      for (Path source : sources) {
        String name = work.resolve("src").relativize(source).toString().replace(File.separatorChar, '.').replaceAll("\\.java$", "");
        ran += run(loader.loadClass(name));
      }
      assertThat(ran).as("test methods, factories, parameterized tests and mains run").isEqualTo(5);
    }
  }

  @Test
  @DisplayName("the mismatch the guide shows is what a failing scenario prints")
  void mismatchLineIsReal() throws IOException {
    String wrong = "{\"name\": \"a nine-year-old\", \"seed\": \"002 二(三)2\", \"record\": {\"aac006\": \"20160901\", "
        + "\"aac004\": \"1\", \"hukouLocal\": true}, \"expect\": {\"noUnitType\": \"3\"}}\n";
    ScenarioTable table = ScenarioTable.parse(new StringReader(wrong), "derive-no-unit-type.jsonl");
    List<ScenarioResult> results = ScenarioRunner.run(RuleSets.bundled("national").ruleSet().orElseThrow(), table);
    String line = results.get(0).mismatches().get(0).describe();
    assertThat(Files.readString(GUIDE, StandardCharsets.UTF_8)).contains(line);
  }

  private static int run(Class<?> type) throws Exception {
    int ran = 0;
    for (Method m : type.getDeclaredMethods()) {
      m.setAccessible(true);
      if (m.getName().equals("main") && java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        invoke(m, null, (Object) new String[0]);
        ran++;
      } else if (m.isAnnotationPresent(Test.class)) {
        invoke(m, instance(type));
        ran++;
      } else if (m.isAnnotationPresent(TestFactory.class)) {
        @SuppressWarnings("unchecked")
        Stream<DynamicTest> tests = (Stream<DynamicTest>) invoke(m, instance(type));
        for (DynamicTest test : tests.toList()) {
          try {
            test.getExecutable().execute();
          } catch (Throwable t) {
            throw new AssertionError(type.getName() + " " + test.getDisplayName(), t);
          }
        }
        ran++;
      } else if (m.isAnnotationPresent(ParameterizedTest.class)) {
        Method source = type.getDeclaredMethod(m.getAnnotation(MethodSource.class).value()[0]);
        source.setAccessible(true);
        for (Object argument : ((Stream<?>) invoke(source, null)).toList()) {
          invoke(m, instance(type), argument);
        }
        ran++;
      }
    }
    return ran;
  }

  private static Object instance(Class<?> type) throws Exception {
    Constructor<?> c = type.getDeclaredConstructor();
    c.setAccessible(true);
    return c.newInstance();
  }

  private static Object invoke(Method m, Object target, Object... args) throws Exception {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw (Exception) e.getCause();
    }
  }

  /** The test class path: surefire's when run by Maven, else the JVM's. */
  private static String classpath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static List<Block> blocks() throws IOException {
    String text = Files.readString(GUIDE, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      blocks.add(new Block(m.group(1), m.group(2)));
    }
    return blocks;
  }
}
