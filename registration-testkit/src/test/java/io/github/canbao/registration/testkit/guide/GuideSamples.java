package io.github.canbao.registration.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java samples of a page in {@code docs/}: every block marked {@code compile=<path>} is written
 * to {@code <path>}, compiled against the test class path and run the way JUnit would (each
 * {@code @Test}, each dynamic test of a {@code @TestFactory}, each argument of a {@code
 * @MethodSource}), a {@code main} is called. A Java block must be marked either {@code compile=}
 * or {@code not-compiled}, so that no sample escapes by being unmarked.
 *
 * <p>Public, and shipped in the testkit's test-jar, so that a module whose class path a page needs
 * (Spark's, for {@code docs/spark.md}) compiles that page's samples in its own tests.
 */
public final class GuideSamples {

  private static final Pattern BLOCK = Pattern.compile("```java([^\\n]*)\\n(.*?)```", Pattern.DOTALL);

  private final Path page;

  private GuideSamples(Path page) {
    this.page = page;
  }

  /** The samples of {@code docs/<name>}, the page read from the repository root. */
  public static GuideSamples of(String name) {
    return new GuideSamples(Path.of("..", "docs", name));
  }

  /** The samples of the repository's README. */
  public static GuideSamples readme() {
    return new GuideSamples(Path.of("..", "README.md"));
  }

  /** The page's text. */
  public String text() throws IOException {
    return Files.readString(page, StandardCharsets.UTF_8);
  }

  /**
   * Writes, compiles and runs the page's samples in {@code work}; returns how many test methods,
   * factories, parameterized tests and mains ran.
   */
  public int compileAndRun(Path work) throws Exception {
    try (Compiled compiled = compile(work)) {
      int ran = 0;
      for (String name : compiled.classNames()) {
        ran += run(compiled.loader().loadClass(name));
      }
      return ran;
    }
  }

  /** The page's {@code compile=} samples, compiled against the test class path and loaded. */
  public record Compiled(URLClassLoader loader, List<String> classNames) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      loader.close();
    }
  }

  /** Writes and compiles the page's samples in {@code work}, for a test that runs them itself. */
  public Compiled compile(Path work) throws IOException {
    List<Path> sources = new ArrayList<>();
    Path src = work.resolve("src");
    Matcher m = BLOCK.matcher(text());
    while (m.find()) {
      String info = m.group(1).strip();
      assertThat(info).as("a Java block of %s is marked compile=… or not-compiled", page).matches("compile=\\S+\\.java|not-compiled");
      if (info.startsWith("compile=")) {
        Path file = src.resolve(info.substring("compile=".length()));
        Files.createDirectories(file.getParent());
        Files.writeString(file, m.group(2), StandardCharsets.UTF_8);
        sources.add(file);
      }
    }
    assertThat(sources).as("compiled samples in %s", page).isNotEmpty();

    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classpath(), "-encoding", "UTF-8"));
    sources.forEach(s -> args.add(s.toString()));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = compiler.run(null, errors, errors, args.toArray(String[]::new));
    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();

    List<String> names = sources.stream()
        .map(source -> src.relativize(source).toString().replace(File.separatorChar, '.').replaceAll("\\.java$", ""))
        .toList();
    return new Compiled(new URLClassLoader(new URL[] {classes.toUri().toURL()}, GuideSamples.class.getClassLoader()), names);
  }

  private static int run(Class<?> type) throws Exception {
    int ran = 0;
    for (Method m : type.getDeclaredMethods()) {
      m.setAccessible(true);
      if (m.getName().equals("main") && Modifier.isStatic(m.getModifiers())) {
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
}
