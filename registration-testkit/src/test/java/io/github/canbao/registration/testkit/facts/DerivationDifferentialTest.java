package io.github.canbao.registration.testkit.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Explanation;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Drools rule set of the bundled {@code national} locality against {@link GuangdongReference},
 * a plain-Java reading of {@code derivation.md} written from the spec alone, over 100,000 generated
 * inputs ({@link DerivationSample}).
 */
@DisplayName("derivation.md rules 1-7: the national DRL rule set agrees with an independent reference")
class DerivationDifferentialTest {

  private static final int EXAMPLES = 8;
  private static final int EXAMPLES_PER_CLASS = 1;

  private static RuleSet ruleSet;
  private static DerivationSample sample;

  @BeforeAll
  static void load() {
    ruleSet = RuleSets.bundled("national").ruleSet().orElseThrow();
    sample = DerivationSample.standard();
    System.out.printf("derivation differential: seed %d, %d records in batches of %d, as-of dates %s%n",
        DerivationSample.SEED, DerivationSample.RECORDS, DerivationSample.BATCH, DerivationSample.AS_OF);
  }

  @Test
  @DisplayName("the national locality's parameters are derivation.md's (the reference's constants)")
  void parametersAreTheSpecs() {
    Map<String, String> p = ruleSet.parameters().values();
    assertThat(p).containsEntry("referenceDay", "08-31")
        .containsEntry("preschoolAgeBelow", String.valueOf(GuangdongReference.PRESCHOOL_AGE_BELOW))
        .containsEntry("schoolAgeFrom", String.valueOf(GuangdongReference.SCHOOL_AGE_FROM))
        .containsEntry("schoolAgeTo", String.valueOf(GuangdongReference.SCHOOL_AGE_TO))
        .containsEntry("retirementAgeFemale", String.valueOf(GuangdongReference.RETIREMENT_AGE_FEMALE))
        .containsEntry("retirementAgeMale", String.valueOf(GuangdongReference.RETIREMENT_AGE_MALE))
        .containsEntry("pensionMinimumAge", String.valueOf(GuangdongReference.PENSION_MINIMUM_AGE))
        .containsEntry("province", GuangdongReference.PROVINCE)
        .containsEntry("dataCleaningHandler", GuangdongReference.HANDLER);
    assertThat(GuangdongReference.REFERENCE_DAY.toString()).isEqualTo("--08-31");
  }

  @Test
  @DisplayName("every derived field and the finding codes agree on 100,000 generated records")
  void droolsAgreesWithTheReference() {
    Map<String, Integer> classes = new TreeMap<>();
    Map<String, Integer> examplesShown = new LinkedHashMap<>();
    List<String> examples = new ArrayList<>();
    int mismatchedRecords = 0;
    int mismatchedValues = 0;
    for (DerivationSample.Batch batch : sample.batches()) {
      List<RegistrationRecord> derived = ruleSet.derive(batch.records(), DeriveOptions.asOf(batch.asOf()));
      assertThat(derived).hasSameSizeAs(batch.records());
      for (int i = 0; i < derived.size(); i++) {
        RegistrationRecord input = batch.records().get(i);
        RegistrationRecord drools = derived.get(i);
        GuangdongReference.Derivation expected = GuangdongReference.derive(input, batch.asOf());
        List<String> differences = new ArrayList<>();
        for (String field : GuangdongReference.FIELDS) {
          Optional<String> want = expected.fields().get(field);
          Optional<String> got = value(drools, field);
          if (!want.equals(got)) {
            differences.add(field + ": reference " + show(want) + ", drools " + show(got));
            String key = field + " [reference row " + rowOf(expected, field) + "; birth from "
                + expected.rows().get("birth") + "; aac002 " + (input.socialSecurityNumber().isPresent() ? "given" : "none")
                + "] reference " + show(want)
                + " / drools " + show(got);
            record(classes, examplesShown, examples, key, input, drools, expected, batch.asOf(), differences);
          }
        }
        Set<String> wantFindings = expected.findings();
        Set<String> gotFindings = drools.findings().stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
        if (!wantFindings.equals(gotFindings)) {
          differences.add("findings: reference " + wantFindings + ", drools " + gotFindings);
          String key = "findings [hukou " + expected.rows().get("hukou") + ", " + expected.rows().get("4")
              + "; birth from " + expected.rows().get("birth")
              + "] reference " + wantFindings + " / drools " + gotFindings;
          record(classes, examplesShown, examples, key, input, drools, expected, batch.asOf(), differences);
        }
        if (!differences.isEmpty()) {
          mismatchedRecords++;
          mismatchedValues += differences.size();
        }
      }
    }
    if (mismatchedRecords > 0) {
      StringBuilder report = new StringBuilder();
      report.append(String.format("%d of %d records (%d values) differ; seed %d%n",
          mismatchedRecords, DerivationSample.RECORDS, mismatchedValues, DerivationSample.SEED));
      report.append("mismatch classes (count  field [row the reference used] values):\n");
      classes.forEach((k, n) -> report.append(String.format("%8d  %s%n", n, k)));
      report.append("first examples:\n");
      examples.forEach(report::append);
      System.out.println(report);
      fail(report.toString());
    }
    System.out.println("derivation differential: no mismatch");
  }

  private static void record(Map<String, Integer> classes, Map<String, Integer> shown, List<String> examples,
      String key, RegistrationRecord input, RegistrationRecord drools, GuangdongReference.Derivation expected,
      LocalDate asOf, List<String> differences) {
    classes.merge(key, 1, Integer::sum);
    int already = shown.getOrDefault(key, 0);
    if (already < EXAMPLES_PER_CLASS && shown.values().stream().mapToInt(Integer::intValue).sum() < EXAMPLES * 4) {
      shown.put(key, already + 1);
      examples.add(describe(key, input, drools, expected, asOf, differences.get(differences.size() - 1)));
    }
  }

  static Optional<String> value(RegistrationRecord r, String field) {
    return switch (field) {
      case "employmentState" -> r.employmentState();
      case "noUnitType" -> r.noUnitType();
      case "nonEnrolmentReason" -> r.nonEnrolmentReason();
      case "enrolmentCategory" -> r.enrolmentCategory();
      case "aic003" -> r.pensionStatus();
      case "akc003" -> r.medicalStatus();
      case "alc003" -> r.workInjuryStatus();
      case "ajc003" -> r.unemploymentStatus();
      case "amc003" -> r.maternityStatus();
      case "disabilityAllowanceState" -> r.disabilityAllowanceState();
      case "survivorPensionState" -> r.survivorPensionState();
      case "aae011" -> r.handler();
      case "aae036" -> r.handledAt();
      case "aae014" -> r.reviewer();
      case "aae015" -> r.reviewedAt();
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static String rowOf(GuangdongReference.Derivation d, String field) {
    return switch (field) {
      case "employmentState" -> d.rows().get("1");
      case "noUnitType" -> d.rows().get("2");
      case "nonEnrolmentReason" -> d.rows().get("3");
      case "enrolmentCategory" -> d.rows().get("4");
      case "disabilityAllowanceState" -> d.rows().get("6-disability");
      case "survivorPensionState" -> d.rows().get("6-survivor");
      case "aae011", "aae036", "aae014", "aae015" -> d.rows().get("7");
      default -> d.rows().get("5." + field);
    };
  }

  private static String show(Optional<String> value) {
    return value.map(v -> "\"" + v + "\"").orElse("(empty)");
  }

  private static String describe(String key, RegistrationRecord r, RegistrationRecord drools,
      GuangdongReference.Derivation expected, LocalDate asOf, String difference) {
    GuangdongReference.Facts facts = GuangdongReference.facts(r);
    StringBuilder s = new StringBuilder();
    s.append("--- ").append(key).append('\n');
    s.append("  ").append(difference).append('\n');
    s.append("  as-of ").append(asOf).append(", reference date ")
        .append(GuangdongReference.REFERENCE_DAY.atYear(asOf.getYear())).append('\n');
    s.append("  aac002 ").append(r.socialSecurityNumber().map(SocialSecurityNumber::masked).orElse("(none)"));
    r.socialSecurityNumber().map(SocialSecurityNumber::value).ifPresent(n -> s.append(" (number: born ")
        .append(GuangdongReference.numberBirth(n).map(Object::toString).orElse("?"))
        .append(", sex ").append(GuangdongReference.numberSex(n).orElse("?")).append(')'));
    s.append(", aac004 ").append(r.sex().orElse("-")).append(", aac006 ").append(r.birthDate().orElse("-"))
        .append(", aac012 ").append(r.personStatus().orElse("-")).append('\n');
    s.append("  resolved: birth ").append(facts.birth().map(Object::toString).orElse("unknown"))
        .append(" (").append(facts.birthSource()).append("), sex ").append(facts.sex().orElse("unknown"))
        .append(" (").append(facts.sexSource()).append("), hukou-local ")
        .append(facts.hukouLocal().map(Object::toString).orElse("unknown")).append(" (").append(facts.hukouSource())
        .append(")\n");
    s.append("  hukouLocal ").append(r.hukouLocal().map(Object::toString).orElse("-"))
        .append(", aac009 ").append(r.hukouNature().orElse("-"))
        .append(", hukouDivision ").append(r.hukouDivision().orElse("-")).append('\n');
    s.append("  enrolments ").append(r.enrolments().stream().map(DerivationDifferentialTest::enrolment).toList())
        .append('\n');
    s.append("  benefits ").append(r.benefits().stream()
        .map(b -> b.insuranceType().orElse("?") + "/" + b.status().orElse("?")).toList())
        .append(", evidence ").append(r.evidence()).append('\n');
    s.append("  workInjury ").append(r.workInjury().map(Object::toString).orElse("-"))
        .append(", registeredBy ").append(r.registeredBy().orElse("-"))
        .append(", comparedAt ").append(r.comparedAt().orElse("-")).append('\n');
    s.append("  reference rows ").append(expected.rows()).append('\n');
    s.append("  drools findings ").append(drools.findings().stream().map(Finding::code).toList()).append('\n');
    s.append("  drools explanations:\n");
    drools.explanations().stream().map(Explanation::describe).forEach(e -> s.append("    ").append(e).append('\n'));
    return s.toString();
  }

  private static String enrolment(Enrolment e) {
    return e.insuranceType().orElse("?") + "/" + e.status().orElse("?") + "/" + e.since().orElse("?")
        + e.elsewhere().map(w -> "/" + w).orElse("");
  }
}
