package io.github.canbao.registration.batch.merge;

import io.github.canbao.registration.model.io.RecordFormat;
import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.model.io.RecordWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The child process of {@link MergerTest#largerThanHeap()}: {@code TMPDIR OUT IN...}, chunks of 4 Mi characters. */
public final class MergeMemoryMain {

  private MergeMemoryMain() {}

  public static void main(String[] args) throws Exception {
    List<MergeInput> inputs = new ArrayList<>();
    List<RecordReader> readers = new ArrayList<>();
    String[] names = {"公安", "医保", "养老"};
    for (int i = 2; i < args.length; i++) {
      Source source = Source.of(names[(i - 2) % names.length] + (i - 2), 3 - i);
      if (i == 2) {
        // One input through a RecordReader, the others through the JSON Lines fast path.
        RecordReader reader = RecordReader.open(Path.of(args[i]), RecordFormat.JSON_LINES, StandardCharsets.UTF_8);
        readers.add(reader);
        inputs.add(MergeInput.of(source, args[i], reader));
      } else {
        inputs.add(MergeInput.jsonLines(source, args[i], Path.of(args[i]), StandardCharsets.UTF_8));
      }
    }
    MergeSummary summary;
    try (OutputStream out = Files.newOutputStream(Path.of(args[1])); RecordWriter writer = RecordWriter.jsonLines(out)) {
      summary = Merger.create().withChunkChars(4L << 20).withTemporaryDirectory(Path.of(args[0]))
          .merge(inputs, writer, (label, line, reason) -> { });
    }
    for (RecordReader r : readers) {
      r.close();
    }
    Runtime rt = Runtime.getRuntime();
    // The test reads this line from the child's output.
    System.out.println("runs=" + summary.runs() + " max heap=" + rt.maxMemory() + " " + summary.describe());
  }
}
