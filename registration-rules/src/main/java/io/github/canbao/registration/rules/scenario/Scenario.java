package io.github.canbao.registration.rules.scenario;

import io.github.canbao.registration.model.RegistrationRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a scenario table: an input record, the options to run it with, and what the rule set
 * must produce. See {@link ScenarioTable} for the file format.
 *
 * @param file the file the scenario comes from
 * @param line its 1-based line in the file
 * @param name what the scenario checks, in words
 * @param seed the seed section it checks, e.g. {@code 002 二(三)2}
 * @param asOf the as-of date
 * @param comparedAt the run's comparison time for data-cleaning records, if set
 * @param overwrite whether derived values replace given ones
 * @param validate whether to validate as well as derive
 * @param record the input record
 * @param expect expected values by record key; an empty value means the field must be empty
 * @param findings finding codes that must be present
 * @param absentFindings finding codes that must not be present
 * @param violations violations that must be present, as {@code CODE} or {@code CODE@field}
 * @param absentViolations violations that must not be present
 * @since 0.1.0
 */
public record Scenario(
    String file,
    int line,
    String name,
    String seed,
    LocalDate asOf,
    Optional<LocalDateTime> comparedAt,
    boolean overwrite,
    boolean validate,
    RegistrationRecord record,
    Map<String, Optional<String>> expect,
    List<String> findings,
    List<String> absentFindings,
    List<String> violations,
    List<String> absentViolations) {

  /**
   * Checks the required parts, fills an absent comparison time with an empty one and copies the
   * expectations, so that the scenario is immutable.
   *
   * @throws NullPointerException if a component other than {@code comparedAt} is null, or a list
   *     holds null
   */
  public Scenario {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(record, "record");
    comparedAt = comparedAt == null ? Optional.empty() : comparedAt;
    expect = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(expect));
    findings = List.copyOf(findings);
    absentFindings = List.copyOf(absentFindings);
    violations = List.copyOf(violations);
    absentViolations = List.copyOf(absentViolations);
  }

  /**
   * The title only: {@code expect} may hold a whole expected identity number, which must never
   * reach a log through {@code toString}.
   */
  @Override
  public String toString() {
    return "Scenario[" + title() + "]";
  }

  /**
   * {@code file:line name}, as a test report names it.
   *
   * @since 0.1.0
   */
  public String title() {
    return file + ":" + line + " " + name + (seed.isEmpty() ? "" : " [" + seed + "]");
  }
}
