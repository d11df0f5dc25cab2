package io.github.canbao.registration.batch.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.RecordFormat;
import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.model.io.RecordWriter;
import io.github.canbao.registration.testkit.person.People;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergerTest {

  @TempDir Path dir;

  private static MergeInput input(Source source, String text) {
    return MergeInput.of(source, source.name() + ".jsonl",
        RecordReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), RecordFormat.JSON_LINES, StandardCharsets.UTF_8));
  }

  private MergeInput file(Source source, String text) throws IOException {
    Path file = Files.writeString(dir.resolve(source.name() + ".jsonl"), text, StandardCharsets.UTF_8);
    return MergeInput.jsonLines(source, source.name() + ".jsonl", file, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("cli.md: unreadable lines are reported with their 1-based line number and the reader's reason, masked, and skipped; the merge goes on")
  void unreadableLines() throws IOException {
    String ga = "{\"aac002\":\"440106198001010019\",\"aac003\":\"张三\"}\n\n[1,2]\n{\"aac002\":\"440106199005050020\",\"enrolments\":5}\n";
    String yb = "not json\n{\"aac002\":\"440106198001010019\",\"aac003\":\"张三\",\"phone\":\"13800138000\"}\n{\"phone\": 13900139000x}\n";
    List<List<String>> reasons = new ArrayList<>();
    for (boolean files : new boolean[] {false, true}) {
      List<String> problems = new ArrayList<>();
      List<String> withReasons = new ArrayList<>();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MergeSummary summary;
      try (RecordWriter writer = RecordWriter.jsonLines(out)) {
        List<MergeInput> inputs = files
            ? List.of(file(Source.of("公安", 2), ga), file(Source.of("医保", 1), yb))
            : List.of(input(Source.of("公安", 2), ga), input(Source.of("医保", 1), yb));
        summary = Merger.create().withTemporaryDirectory(dir).merge(inputs, writer, (label, line, reason) -> {
          problems.add(label + ":" + line);
          withReasons.add(label + ":" + line + ": " + reason);
        });
      }
      assertThat(problems).as("files: " + files).containsExactlyInAnyOrder("公安.jsonl:3", "公安.jsonl:4", "医保.jsonl:1", "医保.jsonl:3");
      assertThat(withReasons).noneMatch(r -> r.contains("13900139000"));
      reasons.add(withReasons.stream().sorted().toList());
      assertThat(summary.read()).isEqualTo(2);
      assertThat(summary.skipped()).isEqualTo(4);
      assertThat(summary.keys()).isEqualTo(1);
      assertThat(summary.written()).isEqualTo(1);
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"phone\":\"13800138000\"", "\"aac003=公安\"");
    }
    // The file path scans lines before parsing them; its reasons are the reader's, word for word.
    assertThat(reasons.get(1)).isEqualTo(reasons.get(0));
    assertThat(reasons.get(0)).anyMatch(r -> r.startsWith("公安.jsonl:3: not a JSON object but an array"));
  }

  @Test
  @DisplayName("issue 7: memory is bounded — a forked JVM with -Xmx64m merges three extracts larger than its heap")
  void largerThanHeap() throws Exception {
    Path[] files = {dir.resolve("ga.jsonl"), dir.resolve("yb.jsonl"), dir.resolve("yl.jsonl")};
    SplittableRandom random = new SplittableRandom(2026);
    var people = People.records();
    long persons = 0;
    List<RecordWriter> writers = new ArrayList<>();
    try {
      for (Path f : files) {
        writers.add(RecordWriter.jsonLines(new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)));
      }
      while (persons % 1000 != 0 || totalSize(files) < 80L << 20) {
        RegistrationRecord person = people.next(random);
        persons++;
        for (RecordWriter w : writers) {
          if (random.nextInt(4) != 0) {
            w.write(person);
          }
        }
        if (persons % 1000 == 0) {
          for (RecordWriter w : writers) {
            w.flush();
          }
        }
      }
    } finally {
      for (RecordWriter w : writers) {
        w.close();
      }
    }
    long inputBytes = totalSize(files);
    assertThat(inputBytes).as("input larger than the child's heap").isGreaterThan(64L << 20);
    Path out = dir.resolve("merged.jsonl");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-cp", classpath,
        MergeMemoryMain.class.getName(), dir.resolve("tmp").toString(), out.toString()));
    for (Path f : files) {
      command.add(f.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(dir.resolve("child.log"));
    assertThat(process.exitValue()).as(log).isZero();
    long written;
    try (Stream<String> lines = Files.lines(out)) {
      written = lines.count();
    }
    assertThat(written).as(log).isGreaterThan(persons * 9 / 10).isLessThanOrEqualTo(persons * 3);
    assertThat(log).contains("runs=");
  }

  private static long totalSize(Path[] files) throws IOException {
    long size = 0;
    for (Path f : files) {
      size += Files.size(f);
    }
    return size;
  }
}
