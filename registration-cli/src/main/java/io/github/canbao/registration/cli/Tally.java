package io.github.canbao.registration.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of keys (violation codes, derived values), for a summary: the most frequent first, ties by
 * key.
 *
 * @since 0.1.0
 */
final class Tally {

  private final Map<String, long[]> counts = new HashMap<>();

  /** Counts {@code key} once more. */
  void add(String key) {
    counts.computeIfAbsent(key, k -> new long[1])[0]++;
  }

  /** Whether nothing was counted. */
  boolean isEmpty() {
    return counts.isEmpty();
  }

  /** The {@code limit} most frequent keys with their counts. */
  List<Map.Entry<String, Long>> top(int limit) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>();
    counts.forEach((key, count) -> entries.add(Map.entry(key, count[0])));
    entries.sort(
        Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed().thenComparing(Map.Entry::getKey));
    return entries.subList(0, Math.min(limit, entries.size()));
  }

  /** Every key with its count, by key. */
  List<Map.Entry<String, Long>> byKey() {
    List<Map.Entry<String, Long>> entries = new ArrayList<>();
    counts.forEach((key, count) -> entries.add(Map.entry(key, count[0])));
    entries.sort(Map.Entry.comparingByKey());
    return entries;
  }
}
