package io.github.canbao.registration.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every {@code ./registration …} line in a {@code bash} block of the README and {@code docs/} is a
 * command line the command parses: its subcommand and options exist and its values convert. A
 * renamed option cannot leave a guide behind.
 */
@DisplayName("README and docs/: every ./registration command shown parses")
class CommandSamplesTest {

  private static final Pattern BASH = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> everyCommandShownParses() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages()) {
      for (String command : commands(Files.readString(page, StandardCharsets.UTF_8))) {
        tests.add(DynamicTest.dynamicTest(page.getFileName() + ": " + command, () -> {
          String[] args = command.substring("./registration".length()).strip().split("\\s+");
          // a fresh command tree per parse: picocli keeps the values of the last parse in it
          CommandLine commandLine = RegistrationCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
          assertThatCode(() -> commandLine.parseArgs(args)).as(command).doesNotThrowAnyException();
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void theGuidesShowCommands() throws IOException {
    List<String> all = new ArrayList<>();
    for (Path page : pages()) {
      all.addAll(commands(Files.readString(page, StandardCharsets.UTF_8)));
    }
    assertThat(all).hasSizeGreaterThanOrEqualTo(10)
        .anyMatch(c -> c.startsWith("./registration merge"))
        .anyMatch(c -> c.startsWith("./registration demo"));
  }

  /** The {@code ./registration} lines of a page's bash blocks, comments cut and continuations joined. */
  static List<String> commands(String page) {
    List<String> commands = new ArrayList<>();
    Matcher block = BASH.matcher(page);
    while (block.find()) {
      String joined = block.group(1).replace("\\\n", " ");
      for (String line : joined.split("\n")) {
        String command = line.replaceAll("\\s+#.*$", "").strip();
        if (command.startsWith("./registration ") || command.equals("./registration")) {
          commands.add(command);
        }
      }
    }
    return commands;
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("..", "README.md")));
    try (Stream<Path> docs = Files.walk(Path.of("..", "docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }
}
