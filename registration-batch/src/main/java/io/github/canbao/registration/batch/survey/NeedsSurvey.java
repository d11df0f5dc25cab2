package io.github.canbao.registration.batch.survey;

import io.github.canbao.registration.batch.insurance.Insurance;
import io.github.canbao.registration.batch.insurance.Insurances;
import io.github.canbao.registration.batch.merge.RecordMerge;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.validation.RequiredFields;
import io.github.canbao.registration.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Marks the people who need a household survey (需调查登记人员, {@code comparison-and-reports.md}
 * §1.5; 人社厅发〔2015〕44号 第十一条; Changzhou 四(二)), after derivation.
 *
 * <pre>{@code
 * RuleSet rules = RuleSets.bundled("guangdong").ruleSet().orElseThrow();
 * NeedsSurvey needsSurvey = NeedsSurvey.of(rules);
 * RegistrationRecord marked = needsSurvey.mark(rules.derive(record, DeriveOptions.today()));
 * marked.needsSurvey();     // Optional[true]
 * marked.surveyReasons();   // [NOT_INSURED]
 * }</pre>
 *
 * <p>The reasons, in this order: {@value #NOT_INSURED} (not insured in any insurance); {@value
 * #PARTLY_INSURED} (insured, but not in an insurance that applies: 未参全); {@value
 * #MISSING_REQUIRED_FIELD} (a field the locality requires for the person's category is missing —
 * the handler and review fields excepted, which are filled when the record is stored, not by a
 * survey); {@value #INVALID_KEY}; {@value #SAME_KEY_DIFFERENT_PERSON}. Marking computes the mark
 * from the record alone, so marking an updated record clears the mark ({@code needsSurvey=false},
 * no reasons) once nothing is missing. The codes are this project's. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NeedsSurvey {

  /**
   * Not insured in any insurance.
   *
   * @since 0.1.0
   */
  public static final String NOT_INSURED = "NOT_INSURED";

  /**
   * Insured in some but not all of the insurances that apply (未参全).
   *
   * @since 0.1.0
   */
  public static final String PARTLY_INSURED = "PARTLY_INSURED";

  /**
   * A field required for the person's category is missing.
   *
   * @since 0.1.0
   */
  public static final String MISSING_REQUIRED_FIELD = "MISSING_REQUIRED_FIELD";

  /**
   * The social security number is invalid ({@link RecordMerge#INVALID_KEY}).
   *
   * @since 0.1.0
   */
  public static final String INVALID_KEY = RecordMerge.INVALID_KEY;

  /**
   * Same key, different person ({@link RecordMerge#SAME_KEY_DIFFERENT_PERSON}).
   *
   * @since 0.1.0
   */
  public static final String SAME_KEY_DIFFERENT_PERSON = RecordMerge.SAME_KEY_DIFFERENT_PERSON;

  /** Handler and review fields (人社厅发〔2015〕41号 附件1 表4): filled on storage, not by a survey. */
  private static final Set<String> FILLED_ON_STORAGE = Set.of("aae011", "aae036", "aae014", "aae015");

  private static final Labels REASONS = Labels.load("survey-reasons.csv");

  private final RequiredFields required;
  private final IdentityParser parser;
  private final List<Insurance> insurances;

  private NeedsSurvey(RequiredFields required, IdentityParser parser) {
    this.required = required;
    this.parser = parser;
    this.insurances = Insurances.bundled();
  }

  /**
   * Marking with the required fields of {@code rules}' locality.
   *
   * @since 0.1.0
   */
  public static NeedsSurvey of(RuleSet rules) {
    return new NeedsSurvey(rules.requiredFields(), IdentityParser.standard());
  }

  /**
   * Marking with these required fields.
   *
   * @since 0.1.0
   */
  public static NeedsSurvey of(RequiredFields requiredFields) {
    return new NeedsSurvey(Objects.requireNonNull(requiredFields, "requiredFields"), IdentityParser.standard());
  }

  /**
   * The Chinese name of a reason code (the survey list's 调查原因), or the code itself.
   *
   * @since 0.1.0
   */
  public static String reasonName(String code) {
    return REASONS.nameOf(code);
  }

  /**
   * What the derived {@code record} lacks.
   *
   * @param reasons the reason codes, in the order of the class comment; empty when the person needs no survey
   * @param missingFields the paths of the missing required fields ({@code aae006}, {@code unit.aab004} …)
   * @since 0.1.0
   */
  public record Assessment(List<String> reasons, List<String> missingFields) {
    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list is or holds null
     */
    public Assessment {
      reasons = List.copyOf(reasons);
      missingFields = List.copyOf(missingFields);
    }

    /**
     * Whether the person needs a survey.
     *
     * @since 0.1.0
     */
    public boolean needsSurvey() {
      return !reasons.isEmpty();
    }
  }

  /**
   * Assesses a derived record. Never throws for the record's data.
   *
   * @since 0.1.0
   */
  public Assessment assess(RegistrationRecord record) {
    Objects.requireNonNull(record, "record");
    List<String> reasons = new ArrayList<>();
    boolean insured = insured(record);
    if (!insured) {
      reasons.add(NOT_INSURED);
    } else if (insurances.stream().anyMatch(i -> i.uninsured(record))) {
      reasons.add(PARTLY_INSURED);
    }
    List<String> missing = new ArrayList<>();
    for (Violation v : required.check(record)) {
      if (!FILLED_ON_STORAGE.contains(v.field()) && !missing.contains(v.field())) {
        missing.add(v.field());
      }
    }
    if (!missing.isEmpty()) {
      reasons.add(MISSING_REQUIRED_FIELD);
    }
    boolean invalidKey = record.findings().stream().map(Finding::code).anyMatch(INVALID_KEY::equals)
        || record.socialSecurityNumber().map(n -> !parser.isValid(n.value())).orElse(true);
    if (invalidKey) {
      reasons.add(INVALID_KEY);
    }
    if (record.findings().stream().map(Finding::code).anyMatch(SAME_KEY_DIFFERENT_PERSON::equals)) {
      reasons.add(SAME_KEY_DIFFERENT_PERSON);
    }
    return new Assessment(reasons, missing);
  }

  /**
   * The record with {@code needsSurvey} and {@code surveyReasons} set from {@link #assess}.
   *
   * @since 0.1.0
   */
  public RegistrationRecord mark(RegistrationRecord record) {
    Assessment assessment = assess(record);
    return record.toBuilder().needsSurvey(assessment.needsSurvey()).surveyReasons(assessment.reasons()).build();
  }

  /**
   * Insured (参保) as {@code derivation.md} reads it: a derived non-enrolment reason or category 2
   * says no, category 1 or 3 says yes; without derived values, an enrolment in status 1 or 2, or a
   * benefit paid (status 1 or 2), says yes.
   */
  static boolean insured(RegistrationRecord record) {
    if (record.nonEnrolmentReason().filter(s -> !s.isBlank()).isPresent()) {
      return false;
    }
    String category = record.enrolmentCategory().map(String::strip).orElse("");
    if (category.equals("2")) {
      return false;
    }
    if (category.equals("1") || category.equals("3")) {
      return true;
    }
    return record.enrolments().stream().anyMatch(e -> e.status().map(String::strip).filter(s -> s.equals("1") || s.equals("2")).isPresent())
        || record.benefits().stream().anyMatch(b -> b.status().map(String::strip).filter(s -> s.equals("1") || s.equals("2")).isPresent());
  }
}
