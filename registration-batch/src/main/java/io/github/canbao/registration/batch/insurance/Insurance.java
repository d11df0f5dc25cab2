package io.github.canbao.registration.batch.insurance;

import io.github.canbao.registration.model.Benefit;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.indicator.IndicatorCatalogue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the five insurances of the registration (险种: 养老, 医疗, 工伤, 失业, 生育), with the
 * {@code AAE140} insurance types that belong to it and the indicator of its status code ({@code
 * AIC003}, {@code AKC003}, {@code ALC003}, {@code AJC003}, {@code AMC003}; 人社厅发〔2015〕41号 附件1
 * 表3). Read from {@code insurances.csv} by {@link Insurances#bundled()}.
 *
 * @param key the English key, as in {@code uninsuredInsurances} ({@code pension}, {@code medical},
 *     {@code workInjury}, {@code unemployment}, {@code maternity})
 * @param name the Chinese name
 * @param types the {@code AAE140} types of this insurance
 * @param statusKey the record key of the per-insurance status ({@code aic003} …)
 * @param enrolmentDuplicatesChecked whether two active enrolments in this insurance are a duplicate
 *     (重复参保)
 * @param benefitDuplicatesChecked whether two benefits paid in this insurance are a duplicate
 *     (重复享受待遇)
 * @since 0.1.0
 */
public record Insurance(
    String key,
    String name,
    List<String> types,
    String statusKey,
    boolean enrolmentDuplicatesChecked,
    boolean benefitDuplicatesChecked) {

  private static final IndicatorCatalogue STATUS_FIELDS = IndicatorCatalogue.registrationRecord();

  /** Status codes that mean "should be insured in it but is not" (个人未参保, 单位未予参保, 中断). */
  private static final List<String> UNINSURED_CODES = List.of("91", "92", "94");

  /**
   * Checks the names and copies the types.
   *
   * @throws NullPointerException if a component is null, or {@code types} holds null
   */
  public Insurance {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    types = List.copyOf(types);
    Objects.requireNonNull(statusKey, "statusKey");
  }

  /**
   * Whether {@code aae140} is one of this insurance's types.
   *
   * @since 0.1.0
   */
  public boolean covers(Optional<String> aae140) {
    return aae140.map(String::strip).filter(types::contains).isPresent();
  }

  /**
   * The record's status code for this insurance ({@code AIC003} … ), if derived or given.
   *
   * @since 0.1.0
   */
  public Optional<String> status(RegistrationRecord record) {
    Optional<String> status = STATUS_FIELDS.field(statusKey).flatMap(f -> f.valueIn(record)).map(Object::toString);
    return status.map(String::strip).filter(s -> !s.isEmpty());
  }

  /**
   * Whether the person should be insured in it but is not (应参保未参保, 基础数据情况表 columns 9, 12,
   * 15–17): named in {@code uninsuredInsurances}, or a status of 91, 92 or 94.
   *
   * @since 0.1.0
   */
  public boolean uninsured(RegistrationRecord record) {
    return record.uninsuredInsurances().contains(key) || status(record).filter(UNINSURED_CODES::contains).isPresent();
  }

  /**
   * Whether the person is insured in it: a status that is a "已参加…" or 异地参保 code (below 90), or
   * else an enrolment in status 1 or 2, or a benefit being paid.
   *
   * @since 0.1.0
   */
  public boolean insured(RegistrationRecord record) {
    Optional<String> status = status(record);
    if (status.isPresent()) {
      return status.get().length() == 2 && status.get().charAt(0) < '9' && status.get().chars().allMatch(Character::isDigit);
    }
    return record.enrolments().stream().anyMatch(e -> covers(e.insuranceType()) && active(e))
        || record.benefits().stream().anyMatch(b -> covers(b.insuranceType()) && paid(b));
  }

  /**
   * The active enrolments (status 1, 参保缴费) in this insurance.
   *
   * @since 0.1.0
   */
  public List<Enrolment> activeEnrolments(RegistrationRecord record) {
    return record.enrolments().stream()
        .filter(e -> covers(e.insuranceType()) && e.status().map(String::strip).filter("1"::equals).isPresent())
        .toList();
  }

  /**
   * The benefits being paid (status 1, 正常发放) in this insurance.
   *
   * @since 0.1.0
   */
  public List<Benefit> benefitsPaid(RegistrationRecord record) {
    return record.benefits().stream()
        .filter(b -> covers(b.insuranceType()) && b.status().map(String::strip).filter("1"::equals).isPresent())
        .toList();
  }

  /**
   * Two or more active enrolments in it (重复参保), when it is checked for duplicates.
   *
   * @since 0.1.0
   */
  public boolean duplicateEnrolment(RegistrationRecord record) {
    return enrolmentDuplicatesChecked && activeEnrolments(record).size() >= 2;
  }

  /**
   * Two or more benefits paid in it (重复享受待遇), when it is checked for duplicates.
   *
   * @since 0.1.0
   */
  public boolean duplicateBenefit(RegistrationRecord record) {
    return benefitDuplicatesChecked && benefitsPaid(record).size() >= 2;
  }

  private static boolean active(Enrolment e) {
    return e.status().map(String::strip).filter(s -> s.equals("1") || s.equals("2")).isPresent();
  }

  private static boolean paid(Benefit b) {
    return b.status().map(String::strip).filter(s -> s.equals("1") || s.equals("2")).isPresent();
  }
}
