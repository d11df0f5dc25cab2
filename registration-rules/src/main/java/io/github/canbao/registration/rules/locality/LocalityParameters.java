package io.github.canbao.registration.rules.locality;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The parameters of a locality's rule set, read from its {@code locality.properties}: every
 * threshold, reference day, code list and mapping the derivation rules use ({@code derivation.md}:
 * "What a locality may change"). Rules read them through the DRL global {@code params}; no age,
 * date or threshold is written in a rule.
 *
 * <p>A locality inherits the parameters of the one it extends and overrides them key by key. The
 * keys, with the {@code national} values:
 *
 * <pre>{@code
 * referenceDay=08-31                   # 截至本年度8月31日 (002 二(三)2)
 * preschoolAgeBelow=6                  # rule 2a: age at the reference day < 6
 * schoolAgeFrom=6                      # rule 2b: 6 <= age at the reference day <= 15
 * schoolAgeTo=15
 * retirementAgeFemale=55               # rule 2d, at the as-of date
 * retirementAgeMale=60
 * pensionMinimumAge=16                 # rule 5e: pension does not apply below this age
 * province=44                          # the locality's province (hukou-local from hukouDivision)
 * hukouLocalNatures=11,21,51           # AAC009 codes that say local
 * hukouNonLocalNatures=12,22,52,30,31,32,33,34,40,41,42
 * insuredEnrolmentStatuses=1,2         # AAC008 that make a person insured
 * paidBenefitStatuses=1,2              # benefit payment statuses that count as being paid
 * employeeInsuranceTypes=110,120,310,410,210,510   # rule 1b
 * pensionBenefitTypes=110,120,170      # rule 2d
 * disabilityAllowanceTypes=410         # rule 6: a paid disability allowance is a 410 benefit
 * severeDisabilityGradeTo=4            # rule 6: grades 1-4 paid monthly keep their status
 * insurances=pension,medical,workInjury,unemployment,maternity
 * insurance.pension.table=AIC003       # rule 5: the status indicator of each insurance
 * insurance.pension.types=110,120,170
 * insurance.pension.unitBased=false    # 5e: work-injury, unemployment, maternity are unit-based
 * insurance.pension.ageBased=true      # 5e: pension does not apply below pensionMinimumAge or to students
 * status.110=11                        # rule 5a/5c: AAE140 -> its 已参加 code
 * status.IN_PROVINCE=81                # rule 5b
 * status.OUT_OF_PROVINCE=82
 * reasonStatus.10=91                   # rule 5f: non-enrolment reason -> status; default below
 * reasonStatus.default=91
 * dataCleaningHandler=信息比对          # rule 7 (002 二(三)6)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LocalityParameters {

  private final Map<String, String> values;
  private final MonthDay referenceDay;
  private final int preschoolAgeBelow;
  private final int schoolAgeFrom;
  private final int schoolAgeTo;
  private final int retirementAgeFemale;
  private final int retirementAgeMale;
  private final int pensionMinimumAge;
  private final String province;
  private final Set<String> hukouLocalNatures;
  private final Set<String> hukouNonLocalNatures;
  private final Set<String> insuredEnrolmentStatuses;
  private final Set<String> paidBenefitStatuses;
  private final Set<String> employeeInsuranceTypes;
  private final Set<String> pensionBenefitTypes;
  private final Set<String> disabilityAllowanceTypes;
  private final int severeDisabilityGradeTo;
  private final List<InsuranceParameters> insurances;
  private final Map<String, String> statusByInsuranceType;
  private final Map<String, String> statusByReason;
  private final String defaultReasonStatus;
  private final String dataCleaningHandler;

  /**
   * One insurance of rule 5: its name, status indicator, insurance types, whether it goes with a
   * unit (5e: not required without one) and whether it is age-based (5e: pension, not required
   * below the minimum age or for students).
   *
   * @param name the insurance's name in {@code insurances} ({@code pension}, {@code medical} …)
   * @param table the status indicator, {@code insurance.<name>.table} ({@code AIC003} …)
   * @param field the record key of the status field, the lower-case table id ({@code aic003}):
   *     kept, not computed on each call, because rules read it on every evaluation
   * @param types the {@code AAE140} insurance types that belong to it, {@code insurance.<name>.types}
   * @param unitBased whether it goes with a unit, and so is not required without one (5e)
   * @param ageBased whether it is age-based, and so not required below {@code pensionMinimumAge} or
   *     for students (5e)
   * @since 0.1.0
   */
  public record InsuranceParameters(
      String name, String table, String field, Set<String> types, boolean unitBased, boolean ageBased) {
    /**
     * Checks the names and copies the types.
     *
     * @throws NullPointerException if {@code name}, {@code table}, {@code field} or {@code types} is
     *     null, or {@code types} holds null
     */
    public InsuranceParameters {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(field, "field");
      types = Set.copyOf(types);
    }

    /**
     * The insurance {@code name} with the status indicator {@code table} ({@code AIC003}).
     *
     * @since 0.1.0
     */
    public static InsuranceParameters of(String name, String table, Set<String> types, boolean unitBased, boolean ageBased) {
      return new InsuranceParameters(name, table, table.toLowerCase(java.util.Locale.ROOT), types, unitBased, ageBased);
    }
  }

  private LocalityParameters(Map<String, String> values, List<String> problems) {
    this.values = Map.copyOf(values);
    Reader r = new Reader(values, problems);
    this.referenceDay = r.monthDay("referenceDay");
    this.preschoolAgeBelow = r.integer("preschoolAgeBelow");
    this.schoolAgeFrom = r.integer("schoolAgeFrom");
    this.schoolAgeTo = r.integer("schoolAgeTo");
    this.retirementAgeFemale = r.integer("retirementAgeFemale");
    this.retirementAgeMale = r.integer("retirementAgeMale");
    this.pensionMinimumAge = r.integer("pensionMinimumAge");
    this.province = r.text("province");
    this.hukouLocalNatures = r.set("hukouLocalNatures");
    this.hukouNonLocalNatures = r.set("hukouNonLocalNatures");
    this.insuredEnrolmentStatuses = r.set("insuredEnrolmentStatuses");
    this.paidBenefitStatuses = r.set("paidBenefitStatuses");
    this.employeeInsuranceTypes = r.set("employeeInsuranceTypes");
    this.pensionBenefitTypes = r.set("pensionBenefitTypes");
    this.disabilityAllowanceTypes = r.set("disabilityAllowanceTypes");
    this.severeDisabilityGradeTo = r.integer("severeDisabilityGradeTo");
    List<InsuranceParameters> list = new ArrayList<>();
    for (String name : r.set("insurances")) {
      String prefix = "insurance." + name + ".";
      list.add(
          InsuranceParameters.of(
              name,
              r.text(prefix + "table"),
              r.set(prefix + "types"),
              r.bool(prefix + "unitBased"),
              r.bool(prefix + "ageBased")));
    }
    this.insurances = List.copyOf(list);
    this.statusByInsuranceType = prefixed(values, "status.");
    Map<String, String> reasons = new LinkedHashMap<>(prefixed(values, "reasonStatus."));
    this.defaultReasonStatus = reasons.remove("default");
    if (defaultReasonStatus == null) {
      problems.add("reasonStatus.default is missing");
    }
    this.statusByReason = Map.copyOf(reasons);
    this.dataCleaningHandler = r.text("dataCleaningHandler");
  }

  /**
   * Reads parameters from {@code properties} layered over {@code inherited} (a key given here
   * replaces the inherited one). Problems are returned in {@code problems} (key and reason); the
   * result is usable only when none were added.
   *
   * @since 0.1.0
   */
  public static LocalityParameters read(Map<String, String> inherited, Properties properties, List<String> problems) {
    Map<String, String> merged = new LinkedHashMap<>(inherited);
    for (String key : properties.stringPropertyNames()) {
      merged.put(key, properties.getProperty(key).trim());
    }
    return new LocalityParameters(merged, problems);
  }

  /**
   * Every raw key and value, inherited ones included.
   *
   * @since 0.1.0
   */
  public Map<String, String> values() {
    return values;
  }

  /**
   * The raw value of {@code key}, e.g. a locality's own parameter its rules read.
   *
   * @since 0.1.0
   */
  public String get(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no parameter " + key);
    }
    return value;
  }

  /**
   * The reference day of "age at … of the as-of year" (截至本年度8月31日).
   *
   * @since 0.1.0
   */
  public MonthDay getReferenceDay() {
    return referenceDay;
  }

  /**
   * The reference date in the year of {@code asOf} (29 February becomes 28 in a common year).
   *
   * @since 0.1.0
   */
  public LocalDate referenceDateIn(LocalDate asOf) {
    return referenceDay.atYear(asOf.getYear());
  }

  /**
   * Rule 2a: preschool when the age at the reference day is below this.
   *
   * @since 0.1.0
   */
  public int getPreschoolAgeBelow() {
    return preschoolAgeBelow;
  }

  /**
   * Rule 2b: the first school age.
   *
   * @since 0.1.0
   */
  public int getSchoolAgeFrom() {
    return schoolAgeFrom;
  }

  /**
   * Rule 2b: the last school age.
   *
   * @since 0.1.0
   */
  public int getSchoolAgeTo() {
    return schoolAgeTo;
  }

  /**
   * Rule 2d: the retirement age of women, at the as-of date.
   *
   * @since 0.1.0
   */
  public int getRetirementAgeFemale() {
    return retirementAgeFemale;
  }

  /**
   * Rule 2d: the retirement age of men, at the as-of date.
   *
   * @since 0.1.0
   */
  public int getRetirementAgeMale() {
    return retirementAgeMale;
  }

  /**
   * Rule 5e: below this age (at the as-of date) pension insurance does not apply.
   *
   * @since 0.1.0
   */
  public int getPensionMinimumAge() {
    return pensionMinimumAge;
  }

  /**
   * The two-digit province code of the locality.
   *
   * @since 0.1.0
   */
  public String getProvince() {
    return province;
  }

  /**
   * AAC009 codes that make a person hukou-local.
   *
   * @since 0.1.0
   */
  public Set<String> getHukouLocalNatures() {
    return hukouLocalNatures;
  }

  /**
   * AAC009 codes that make a person not hukou-local.
   *
   * @since 0.1.0
   */
  public Set<String> getHukouNonLocalNatures() {
    return hukouNonLocalNatures;
  }

  /**
   * AAC008 statuses that make an enrolment count for "insured".
   *
   * @since 0.1.0
   */
  public Set<String> getInsuredEnrolmentStatuses() {
    return insuredEnrolmentStatuses;
  }

  /**
   * Benefit payment statuses that count as "being paid".
   *
   * @since 0.1.0
   */
  public Set<String> getPaidBenefitStatuses() {
    return paidBenefitStatuses;
  }

  /**
   * Rule 1b: the insurance types whose contributing enrolment means employment at a unit.
   *
   * @since 0.1.0
   */
  public Set<String> getEmployeeInsuranceTypes() {
    return employeeInsuranceTypes;
  }

  /**
   * Rule 2d: the insurance types whose paid benefit is a pension.
   *
   * @since 0.1.0
   */
  public Set<String> getPensionBenefitTypes() {
    return pensionBenefitTypes;
  }

  /**
   * Rule 6: the insurance type a paid disability allowance counts as (410 工伤).
   *
   * @since 0.1.0
   */
  public Set<String> getDisabilityAllowanceTypes() {
    return disabilityAllowanceTypes;
  }

  /**
   * Rule 6: grades 1 to this one, paid monthly, keep their payment status (一至四级).
   *
   * @since 0.1.0
   */
  public int getSevereDisabilityGradeTo() {
    return severeDisabilityGradeTo;
  }

  /**
   * Rule 5: the insurances, in order.
   *
   * @since 0.1.0
   */
  public List<InsuranceParameters> getInsurances() {
    return insurances;
  }

  /**
   * Rule 5a/5c: the 已参加 status code of an insurance type, if mapped.
   *
   * @since 0.1.0
   */
  public java.util.Optional<String> statusOfInsuranceType(String insuranceType) {
    return java.util.Optional.ofNullable(statusByInsuranceType.get(insuranceType));
  }

  /**
   * Rule 5f: the status code a non-enrolment reason maps to.
   *
   * @since 0.1.0
   */
  public String statusOfReason(String reason) {
    return statusByReason.getOrDefault(reason, defaultReasonStatus);
  }

  /**
   * Rule 7: the handler and reviewer of data-cleaning records (信息比对).
   *
   * @since 0.1.0
   */
  public String getDataCleaningHandler() {
    return dataCleaningHandler;
  }

  private static Map<String, String> prefixed(Map<String, String> values, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }

  /** Reads typed values, collecting a problem per bad or missing key instead of throwing. */
  private static final class Reader {
    private final Map<String, String> values;
    private final List<String> problems;

    Reader(Map<String, String> values, List<String> problems) {
      this.values = values;
      this.problems = problems;
    }

    String text(String key) {
      String v = values.get(key);
      if (v == null || v.isEmpty()) {
        problems.add(key + " is missing");
        return "";
      }
      return v;
    }

    boolean bool(String key) {
      String v = text(key);
      if (!v.equals("true") && !v.equals("false")) {
        problems.add(key + " is not true or false: " + v);
      }
      return v.equals("true");
    }

    int integer(String key) {
      String v = text(key);
      try {
        return v.isEmpty() ? 0 : Integer.parseInt(v);
      } catch (NumberFormatException e) {
        problems.add(key + " is not a whole number: " + v);
        return 0;
      }
    }

    MonthDay monthDay(String key) {
      String v = text(key);
      try {
        return v.isEmpty() ? MonthDay.of(8, 31) : MonthDay.parse("--" + v);
      } catch (DateTimeException e) {
        problems.add(key + " is not a month and day (MM-DD): " + v);
        return MonthDay.of(8, 31);
      }
    }

    Set<String> set(String key) {
      String v = values.get(key);
      if (v == null) {
        problems.add(key + " is missing");
        return Set.of();
      }
      Set<String> out = new LinkedHashSet<>();
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
      return java.util.Collections.unmodifiableSet(out);
    }
  }
}
