package io.github.canbao.registration.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSortTest {

  @TempDir Path dir;

  private static List<ExternalSort.Entry> entries(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ExternalSort.Entry> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(new ExternalSort.Entry(Integer.toString(random.nextInt(500)), "payload 陈" + random.nextInt(1_000_000)));
    }
    return list;
  }

  private List<ExternalSort.Entry> sort(List<ExternalSort.Entry> input, long chunkChars) throws IOException {
    List<ExternalSort.Entry> out = new ArrayList<>();
    try (ExternalSort sort = ExternalSort.create(dir.resolve("runs"), chunkChars)) {
      for (ExternalSort.Entry e : input) {
        sort.add(e.key(), e.payload());
      }
      try (ExternalSort.SortedEntries sorted = sort.sorted()) {
        sorted.forEachRemaining(out::add);
      }
    }
    return out;
  }

  @Test
  @DisplayName("issue 7: in memory, in runs, and in several merge passes (more runs than the fan-in), the same order by key then payload")
  void sortsInAnyChunking() throws IOException {
    List<ExternalSort.Entry> input = entries(20_000, 7);
    List<ExternalSort.Entry> expected = new ArrayList<>(input);
    expected.sort(Comparator.comparing(ExternalSort.Entry::key).thenComparing(ExternalSort.Entry::payload));
    assertThat(sort(input, Long.MAX_VALUE)).isEqualTo(expected);
    assertThat(sort(input, 100_000)).isEqualTo(expected);
    // ~20,000 entries of ~70 chars in chunks of 4,000 chars: ~300 runs, more than MAX_FAN_IN.
    assertThat(sort(input, 4_000)).isEqualTo(expected);
    try (Stream<Path> left = Files.walk(dir)) {
      assertThat(left.filter(Files::isRegularFile)).as("run files deleted").isEmpty();
    }
  }

  @Test
  @DisplayName("issue 7: the order does not depend on the order entries were added")
  void orderIndependent() throws IOException {
    List<ExternalSort.Entry> input = entries(5_000, 11);
    List<ExternalSort.Entry> reversed = new ArrayList<>(input);
    java.util.Collections.reverse(reversed);
    assertThat(sort(reversed, 2_000)).isEqualTo(sort(input, 50_000));
  }
}
