package io.github.canbao.registration.batch.merge;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a streaming merge did.
 *
 * @param read records read, all sources together
 * @param skipped unreadable lines skipped
 * @param keys distinct valid keys (people, before the same-key-different-person split)
 * @param written records written
 * @param findings the findings the merge added, counted by code ({@code CONFLICT} counts records
 *     with at least one conflict)
 * @param runs sorted runs written to disk (0 when everything fitted in memory)
 * @param nanos how long the merge took
 * @since 0.1.0
 */
public record MergeSummary(long read, long skipped, long keys, long written, Map<String, Long> findings, int runs, long nanos) {

  /**
   * Copies the finding counts.
   *
   * @throws NullPointerException if {@code findings} is null or holds a null code or count
   */
  public MergeSummary {
    findings = Map.copyOf(findings);
  }

  /**
   * {@code 3,000 read, 0 skipped, 1,000 keys, 1,002 written in 1.2 s; findings: CONFLICT 12, …}.
   *
   * @since 0.1.0
   */
  public String describe() {
    StringBuilder s = new StringBuilder(String.format(
        "%,d read, %,d skipped (unreadable), %,d keys, %,d written in %.1f s, %,.0f records read/s, %d sorted run%s on disk",
        read, skipped, keys, written, nanos / 1e9, nanos == 0 ? 0.0 : read * 1e9 / nanos, runs, runs == 1 ? "" : "s"));
    if (!findings.isEmpty()) {
      s.append("; findings:");
      new TreeMap<>(findings).forEach((code, n) -> s.append(' ').append(code).append(' ').append(String.format("%,d", n)));
    }
    return s.toString();
  }
}
