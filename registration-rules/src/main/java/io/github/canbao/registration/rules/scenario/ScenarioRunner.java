package io.github.canbao.registration.rules.scenario;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Explanation;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.indicator.IndicatorCatalogue;
import io.github.canbao.registration.model.indicator.IndicatorField;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs scenario tables against a rule set: each scenario's record is derived (and validated, when
 * the scenario expects violations) and compared with what it expects.
 *
 * <pre>{@code
 * RuleSet rules = RuleSets.load(Path.of("rules/shenzhen")).ruleSet().orElseThrow();
 * for (ScenarioResult result : ScenarioRunner.run(rules, ScenarioTable.readFolder(Path.of("rules/shenzhen")))) {
 *   System.out.println(result.describe());   // PASS/FAIL, and each mismatch with its explanation
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScenarioRunner {

  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.registrationRecord();

  private ScenarioRunner() {}

  /**
   * Runs every scenario of {@code table}, in order.
   *
   * @since 0.1.0
   */
  public static List<ScenarioResult> run(RuleSet rules, ScenarioTable table) {
    List<ScenarioResult> results = new ArrayList<>();
    for (Scenario scenario : table.scenarios()) {
      results.add(run(rules, scenario));
    }
    return results;
  }

  /**
   * Runs one scenario.
   *
   * @since 0.1.0
   */
  public static ScenarioResult run(RuleSet rules, Scenario scenario) {
    Objects.requireNonNull(rules, "rules");
    DeriveOptions options = new DeriveOptions(scenario.asOf(), scenario.comparedAt(), scenario.overwrite());
    RegistrationRecord out =
        scenario.validate() ? rules.validate(scenario.record(), options) : rules.derive(scenario.record(), options);
    List<ScenarioResult.Mismatch> mismatches = new ArrayList<>();
    scenario.expect().forEach((key, expected) -> {
      Optional<String> actual = valueOf(out, key);
      if (!actual.equals(expected)) {
        mismatches.add(new ScenarioResult.Mismatch(
            key, show(key, expected), show(key, actual), explanationOf(out, key)));
      }
    });
    List<String> findingCodes = out.findings().stream().map(ScenarioRunner::describe).toList();
    for (String code : scenario.findings()) {
      if (out.findings().stream().noneMatch(f -> f.code().equals(code))) {
        mismatches.add(new ScenarioResult.Mismatch("findings", "a finding " + code, findingCodes.toString(), ""));
      }
    }
    for (String code : scenario.absentFindings()) {
      if (out.findings().stream().anyMatch(f -> f.code().equals(code))) {
        mismatches.add(new ScenarioResult.Mismatch("findings", "no finding " + code, findingCodes.toString(), ""));
      }
    }
    List<String> violationCodes = out.violations().stream().map(v -> v.code() + "@" + v.field()).toList();
    for (String wanted : scenario.violations()) {
      if (out.violations().stream().noneMatch(v -> matches(v, wanted))) {
        mismatches.add(new ScenarioResult.Mismatch("violations", "a violation " + wanted, violationCodes.toString(), ""));
      }
    }
    for (String unwanted : scenario.absentViolations()) {
      if (out.violations().stream().anyMatch(v -> matches(v, unwanted))) {
        mismatches.add(new ScenarioResult.Mismatch("violations", "no violation " + unwanted, violationCodes.toString(), ""));
      }
    }
    return new ScenarioResult(scenario, mismatches);
  }

  /**
   * The value a record has at a record key or path ({@code noUnitType}, {@code unit.aab004}), as
   * text; list elements cannot be addressed.
   *
   * @throws IllegalArgumentException for a path the catalogue does not know
   */
  static Optional<String> valueOf(RegistrationRecord record, String path) {
    if (CATALOGUE.field(path).isEmpty() || path.contains("[]")) {
      throw new IllegalArgumentException("no record key " + path);
    }
    Optional<Object> current = Optional.of(record);
    String prefix = "";
    for (String part : path.split("\\.")) {
      prefix = prefix.isEmpty() ? part : prefix + "." + part;
      IndicatorField field = CATALOGUE.field(prefix).orElseThrow();
      current = current.flatMap(field::valueIn);
    }
    return current.map(ScenarioRunner::text);
  }

  private static String text(Object value) {
    if (value instanceof SocialSecurityNumber n) {
      return n.value();
    }
    if (value instanceof ContactNumber c) {
      return c.value();
    }
    return String.valueOf(value);
  }

  private static String show(String key, Optional<String> value) {
    if (value.isEmpty()) {
      return "(empty)";
    }
    return key.endsWith("aac002") ? IdentityNumber.mask(value.get())
        : key.endsWith("phone") ? io.github.canbao.registration.codes.phone.PhoneNumber.mask(value.get())
        : value.get();
  }

  private static String explanationOf(RegistrationRecord record, String key) {
    return record.explanations().stream()
        .filter(e -> e.field().equals(key))
        .map(Explanation::describe)
        .collect(Collectors.joining("; "));
  }

  private static boolean matches(Violation violation, String wanted) {
    int at = wanted.indexOf('@');
    return at < 0
        ? violation.code().equals(wanted)
        : violation.code().equals(wanted.substring(0, at)) && violation.field().equals(wanted.substring(at + 1));
  }

  private static String describe(Finding finding) {
    return finding.code() + finding.field().map(f -> "@" + f).orElse("");
  }
}
