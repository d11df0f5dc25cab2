package io.github.canbao.registration.rules.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one scenario: passed, or the mismatches, each with the explanation of the value
 * the rules produced.
 *
 * @param scenario the scenario
 * @param mismatches what differed from the expectation; empty when it passed
 * @since 0.1.0
 */
public record ScenarioResult(Scenario scenario, List<Mismatch> mismatches) {

  /**
   * Checks the scenario and copies the mismatches.
   *
   * @throws NullPointerException if {@code scenario} or {@code mismatches} is null, or {@code
   *     mismatches} holds null
   */
  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    mismatches = List.copyOf(mismatches);
  }

  /**
   * Whether the rule set produced everything the scenario expects.
   *
   * @since 0.1.0
   */
  public boolean passed() {
    return mismatches.isEmpty();
  }

  /**
   * One expectation the run did not meet.
   *
   * @param what the field, or {@code findings} / {@code violations}
   * @param expected what the scenario expects, in words
   * @param actual what the run produced (identity and phone numbers masked)
   * @param explanation why the rules produced it: the deciding rule and the facts it read, or empty
   * @since 0.1.0
   */
  public record Mismatch(String what, String expected, String actual, String explanation) {
    /**
     * Checks that every part is present.
     *
     * @throws NullPointerException if any component is null
     */
    public Mismatch {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * One line for a report.
     *
     * @since 0.1.0
     */
    public String describe() {
      return what + ": expected " + expected + ", got " + actual + (explanation.isEmpty() ? "" : " — " + explanation);
    }
  }

  /**
   * The scenario's title and, when it failed, one line per mismatch.
   *
   * @since 0.1.0
   */
  public String describe() {
    StringBuilder text = new StringBuilder(passed() ? "PASS " : "FAIL ").append(scenario.title());
    for (Mismatch m : mismatches) {
      text.append(System.lineSeparator()).append("  ").append(m.describe());
    }
    return text.toString();
  }
}
