package io.github.canbao.registration.rules.facts;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.Age;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.codes.table.EnrolmentStatus;
import io.github.canbao.registration.model.Benefit;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Explanation;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.WorkInjury;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.locality.LocalityParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fact derivation rules read and write: one person's record with the facts {@code
 * derivation.md} defines (ages at the reference day and at the as-of date, sex, hukou-local,
 * insured, evidence, enrolments, benefits) computed once, and the fields the rules decide.
 *
 * <pre>{@code
 * // 002 二(三)1: 根据本地劳动就业登记数据比对，属于正在单位就业的人员
 * rule "employment: employed at a unit by labour registration"
 *   salience 2030
 * when
 *   $p : Person( decided("disabilityAllowanceState"), !decided("employmentState"),
 *                hasEvidence("EMPLOYED_AT_UNIT") )
 * then
 *   $p.decide("employmentState", EmploymentState.UNIT_EMPLOYED, drools.getRule().getName(),
 *             "evidence EMPLOYED_AT_UNIT");
 *   update($p);
 * end
 * }</pre>
 *
 * <p>Each field is decided once ("first matching row wins"): the highest-salience rule whose
 * conditions hold decides it, and {@link #decided(String)} keeps the other rows of that field from
 * firing. A value the record was given is kept unless the run overwrites; a derived value that
 * differs from it becomes a {@code DIFFERS} finding, and later rules read the value the record ends
 * up with ({@link #value(String)}). Not thread-safe: one instance belongs to one session.
 *
 * @since 0.1.0
 */
public final class Person {

  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private final RegistrationRecord record;
  private final LocalityParameters params;
  private final LocalDate asOf;
  private final LocalDate referenceDate;
  private final boolean overwrite;
  private final String defaultComparedAt;
  private final LocalDate birthDate; // null when unknown
  private final String sex; // "1", "2" or "" when unknown
  private final String personStatus;
  private final boolean hukouKnown;
  private final boolean hukouLocal;
  private final Set<String> evidence;
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> decided = new HashSet<>();
  private final List<Explanation> explanations = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  /** The finding codes the bundled derivation rules make: {@code DIFFERS} and those of rule 4. */
  private static final Set<String> DERIVATION_FINDINGS = Set.of("DIFFERS", "HUKOU_UNKNOWN", "NOT_REGISTRABLE");
  private final List<Violation> violations = new ArrayList<>();
  private boolean linesOpened;
  private String upgradedNumber; // the 18-character form a rule upgraded AAC002 to
  private final IdentityNumber number; // AAC002 when valid, else null
  private List<String> uninsuredInsurances; // null until a rule decides it
  private final boolean validating;

  /**
   * The facts of {@code record} under {@code params}, derived with {@code options}.
   */
  public Person(RegistrationRecord record, LocalityParameters params, DeriveOptions options) {
    this(record, params, options, false);
  }

  /**
   * The facts of {@code record}; with {@code validating}, the locality's validation rules run after
   * derivation in the same session.
   */
  public Person(RegistrationRecord record, LocalityParameters params, DeriveOptions options, boolean validating) {
    this(record, params, options, validating, options.parser());
  }

  /**
   * The facts of {@code record}, reading identity numbers with {@code parser} (one parser serves a
   * whole batch).
   */
  public Person(
      RegistrationRecord record, LocalityParameters params, DeriveOptions options, boolean validating, IdentityParser parser) {
    this.validating = validating;
    this.record = record;
    this.params = params;
    this.asOf = options.asOf();
    this.referenceDate = params.referenceDateIn(asOf);
    this.overwrite = options.overwrite();
    this.defaultComparedAt = options.effectiveComparedAt().format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    // Parsed once per record: rules read the number's facts many times (every update re-evaluates).
    Optional<IdentityNumber> number = record.socialSecurityNumber().flatMap(n -> parser.parse(n.value()).toOptional());
    this.number = number.orElse(null);
    this.birthDate = record.birthDate().flatMap(Person::date).or(() -> number.flatMap(IdentityNumber::birthDate)).orElse(null);
    String givenSex = record.sex().orElse("");
    this.sex = givenSex.equals("1") || givenSex.equals("2") ? givenSex : number.flatMap(IdentityNumber::sex).orElse("");
    this.personStatus = record.personStatus().orElse("");
    Boolean local = hukouLocal(record, params);
    this.hukouKnown = local != null;
    this.hukouLocal = local != null && local;
    this.evidence = Set.copyOf(new LinkedHashSet<>(record.evidence()));
    // A blank given value is no value (decision 0006 counts it absent when validating): derivation
    // decides the field, as it does for the same record read from CSV, where the cell is absent.
    DerivedField.all().forEach(f -> f.given(record).filter(v -> !v.isBlank()).ifPresent(v -> values.put(f.key(), v)));
  }

  // ----- facts --------------------------------------------------------------------------------

  /**
   * The record the facts come from.
   *
   * @since 0.1.0
   */
  public RegistrationRecord getRecord() {
    return record;
  }

  /**
   * The locality's parameters.
   *
   * @since 0.1.0
   */
  public LocalityParameters getParams() {
    return params;
  }

  /**
   * The as-of date of the run.
   *
   * @since 0.1.0
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * The reference date in the as-of year (31 August by default).
   *
   * @since 0.1.0
   */
  public LocalDate getReferenceDate() {
    return referenceDate;
  }

  /**
   * Whether the birth date is known (from AAC006, else from the identity number).
   *
   * @since 0.1.0
   */
  public boolean isBirthDateKnown() {
    return birthDate != null;
  }

  /**
   * The birth date, when known.
   *
   * @since 0.1.0
   */
  public Optional<LocalDate> getBirthDate() {
    return Optional.ofNullable(birthDate);
  }

  /**
   * Age in whole years at the reference date; 0 when the birth date is unknown (check {@link #isBirthDateKnown()}).
   *
   * @since 0.1.0
   */
  public int getAgeAtReferenceDay() {
    return birthDate == null ? 0 : Age.wholeYears(birthDate, referenceDate);
  }

  /**
   * Age in whole years at the as-of date; 0 when the birth date is unknown.
   *
   * @since 0.1.0
   */
  public int getAgeAtAsOf() {
    return birthDate == null ? 0 : Age.wholeYears(birthDate, asOf);
  }

  /**
   * Sex as GB/T 2261.1 code: {@code "1"}, {@code "2"}, or {@code ""} when unknown.
   *
   * @since 0.1.0
   */
  public String getSex() {
    return sex;
  }

  /**
   * AAC012, or {@code ""}.
   *
   * @since 0.1.0
   */
  public String getPersonStatus() {
    return personStatus;
  }

  /**
   * Whether the household registration is known to be in or out of the province.
   *
   * @since 0.1.0
   */
  public boolean isHukouKnown() {
    return hukouKnown;
  }

  /**
   * Whether the household registration is in the province (false when unknown).
   *
   * @since 0.1.0
   */
  public boolean isHukouLocal() {
    return hukouLocal;
  }

  /**
   * Whether the record lists the evidence flag.
   *
   * @since 0.1.0
   */
  public boolean hasEvidence(String name) {
    return evidence.contains(name);
  }

  /**
   * Whether the record has at least one enrolment.
   *
   * @since 0.1.0
   */
  public boolean hasEnrolments() {
    return !record.enrolments().isEmpty();
  }

  /**
   * Whether every enrolment is terminated (终止缴费); false without enrolments.
   *
   * @since 0.1.0
   */
  public boolean isAllEnrolmentsTerminated() {
    return hasEnrolments()
        && record.enrolments().stream().allMatch(e -> e.status().orElse("").equals(EnrolmentStatus.TERMINATED));
  }

  /**
   * Whether an enrolment — local or known from the cross-region comparison — of one of {@code
   * types} has status {@code status}.
   *
   * @since 0.1.0
   */
  public boolean hasEnrolment(Collection<String> types, String status) {
    for (Enrolment e : record.enrolments()) {
      if (types.contains(e.insuranceType().orElse("")) && status.equals(e.status().orElse(""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a benefit of one of {@code types} is being paid.
   *
   * @since 0.1.0
   */
  public boolean hasPaidBenefit(Collection<String> types) {
    for (Benefit b : record.benefits()) {
      if (types.contains(b.insuranceType().orElse("")) && params.getPaidBenefitStatuses().contains(b.status().orElse(""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the person is insured ({@code derivation.md}): an enrolment, local or elsewhere, in an
   * insured status, or a benefit being paid — a disability allowance in a paid state included once
   * rule 6 has decided it.
   *
   * @since 0.1.0
   */
  public boolean isInsured() {
    for (Enrolment e : record.enrolments()) {
      if (params.getInsuredEnrolmentStatuses().contains(e.status().orElse(""))) {
        return true;
      }
    }
    for (Benefit b : record.benefits()) {
      if (params.getPaidBenefitStatuses().contains(b.status().orElse(""))) {
        return true;
      }
    }
    return isDisabilityAllowancePaid();
  }

  /**
   * Whether the derived disability allowance state is a paid one (rule 6).
   *
   * @since 0.1.0
   */
  public boolean isDisabilityAllowancePaid() {
    return params.getPaidBenefitStatuses().contains(values.getOrDefault(DerivedField.DISABILITY_ALLOWANCE, ""));
  }

  /**
   * The work-injury data, when the record has it.
   *
   * @since 0.1.0
   */
  public Optional<WorkInjury> getWorkInjury() {
    return record.workInjury();
  }

  /**
   * Whether the record has work-injury data.
   *
   * @since 0.1.0
   */
  public boolean hasWorkInjury() {
    return record.workInjury().isPresent();
  }

  /**
   * The disability grade 1–10, or 0 when ungraded or absent.
   *
   * @since 0.1.0
   */
  public int getDisabilityGrade() {
    return record.workInjury().flatMap(WorkInjury::grade).orElse(0);
  }

  /**
   * Whether the disability allowance is paid monthly.
   *
   * @since 0.1.0
   */
  public boolean isDisabilityMonthly() {
    return record.workInjury().flatMap(WorkInjury::monthly).orElse(false);
  }

  /**
   * The disability allowance's payment status, or {@code ""}.
   *
   * @since 0.1.0
   */
  public String getDisabilityStatus() {
    return record.workInjury().flatMap(WorkInjury::status).orElse("");
  }

  /**
   * Whether the record has a survivor pension.
   *
   * @since 0.1.0
   */
  public boolean hasSurvivorPension() {
    return record.workInjury().flatMap(WorkInjury::survivorPension).isPresent();
  }

  /**
   * Whether the survivor pension is paid monthly.
   *
   * @since 0.1.0
   */
  public boolean isSurvivorPensionMonthly() {
    return record.workInjury().flatMap(WorkInjury::survivorPension).flatMap(s -> s.monthly()).orElse(false);
  }

  /**
   * The survivor pension's payment status, or {@code ""}.
   *
   * @since 0.1.0
   */
  public String getSurvivorPensionStatus() {
    return record.workInjury().flatMap(WorkInjury::survivorPension).flatMap(s -> s.status()).orElse("");
  }

  /**
   * When the comparison result behind a data-cleaning record was produced: the record's {@code
   * comparedAt}, else the run's (rule 7).
   *
   * @since 0.1.0
   */
  public String getComparedAt() {
    return record.comparedAt().orElse(defaultComparedAt);
  }

  /**
   * The record's {@code registeredBy}, or {@code ""}.
   *
   * @since 0.1.0
   */
  public String getRegisteredBy() {
    return record.registeredBy().orElse("");
  }

  // ----- decisions ----------------------------------------------------------------------------

  /**
   * Whether a rule has decided {@code field} (a record key such as {@code noUnitType}).
   *
   * @since 0.1.0
   */
  public boolean decided(String field) {
    return decided.contains(field);
  }

  /**
   * The value {@code field} has now: the given value unless overwritten, else the derived one;
   * {@code ""} when it has none.
   *
   * @since 0.1.0
   */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /**
   * Decides {@code field}: records the explanation, keeps a given value unless the run overwrites
   * (a differing derived value becomes a {@code DIFFERS} finding), and marks the field decided.
   * An empty {@code derived} value means the field is left empty.
   *
   * @param rule the deciding rule's name ({@code drools.getRule().getName()} in a DRL consequence)
   * @param because the facts the rule read, in words
   * @since 0.1.0
   */
  public void decide(String field, String derived, String rule, String because) {
    if (!decided.add(field)) {
      return;
    }
    explanations.add(new Explanation(field, derived, rule, because));
    String given = values.get(field);
    if (given != null && !given.equals(derived)) {
      findings.add(Finding.differs(field, given, derived));
      if (!overwrite) {
        return;
      }
    }
    if (derived.isEmpty()) {
      values.remove(field);
    } else {
      values.put(field, derived);
    }
  }

  /**
   * Upgrades a valid 15-digit AAC002 to its 18-character form (GB 11643-1999), as Guangdong requires
   * before registration (粤人社办〔2017〕96号 一(二)); records the explanation. Does nothing for any
   * other number.
   *
   * @return whether the number was upgraded
   * @since 0.1.0
   */
  public boolean upgradeIdentityNumber(String rule) {
    if (!isFifteenDigitNumber()) {
      return false;
    }
    upgradedNumber = number.upgrade().value();
    // The explanation shows the number masked: explanations reach toString and logs; the record's
    // aac002 carries the whole upgraded number.
    explanations.add(new Explanation("aac002", IdentityNumber.mask(upgradedNumber), rule,
        "15-digit number " + number.masked() + " upgraded to 18 characters (GB 11643-1999)"));
    return true;
  }

  /**
   * Whether AAC002 is a valid 15-digit citizen number that has not been upgraded yet.
   *
   * @since 0.1.0
   */
  public boolean isFifteenDigitNumber() {
    return upgradedNumber == null
        && number != null
        && number.kind() == io.github.canbao.registration.codes.identity.IdentityKind.CITIZEN_15;
  }

  /**
   * The names of the insurances ({@code pension}, {@code medical} …, as the parameters name them)
   * whose status field has one of {@code statuses} now.
   *
   * @since 0.1.0
   */
  public List<String> insurancesWithStatus(Collection<String> statuses) {
    List<String> names = new ArrayList<>();
    for (LocalityParameters.InsuranceParameters insurance : params.getInsurances()) {
      if (statuses.contains(value(insurance.field()))) {
        names.add(insurance.name());
      }
    }
    return names;
  }

  /**
   * Whether every insurance's status (rule 5) is decided.
   *
   * @since 0.1.0
   */
  public boolean isInsuranceStatusesDecided() {
    for (LocalityParameters.InsuranceParameters insurance : params.getInsurances()) {
      if (!decided(insurance.field())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code uninsuredInsurances} was decided.
   *
   * @since 0.1.0
   */
  public boolean isUninsuredInsurancesDecided() {
    return uninsuredInsurances != null;
  }

  /**
   * Decides {@code uninsuredInsurances}, the insurances the person should be in but is not (read by
   * the quarterly report), once; records the explanation. Like {@link #decide}, a given list is kept
   * unless the run overwrites, and a different derived list becomes a {@code DIFFERS} finding (the
   * lists compared as sets, their values joined with commas).
   *
   * @since 0.1.0
   */
  public void decideUninsuredInsurances(List<String> names, String rule, String because) {
    if (uninsuredInsurances != null) {
      return;
    }
    uninsuredInsurances = List.copyOf(names);
    explanations.add(new Explanation("uninsuredInsurances", String.join(",", names), rule, because));
    List<String> given = record.uninsuredInsurances();
    if (!given.isEmpty() && !Set.copyOf(given).equals(Set.copyOf(names))) {
      findings.add(Finding.differs("uninsuredInsurances", String.join(",", given), String.join(",", names)));
      if (!overwrite) {
        uninsuredInsurances = given;
      }
    }
  }

  /**
   * Adds a finding, once per code.
   *
   * @since 0.1.0
   */
  public void finding(String code) {
    if (findings.stream().noneMatch(f -> f.code().equals(code))) {
      findings.add(Finding.of(code));
    }
  }

  /**
   * Whether a finding with {@code code} was added.
   *
   * @since 0.1.0
   */
  public boolean hasFinding(String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }

  /**
   * Whether this run validates: validation rules match only then ({@code Person( validating, … )}).
   *
   * @since 0.1.0
   */
  public boolean isValidating() {
    return validating;
  }

  /**
   * Adds a violation found by a validation rule.
   *
   * @since 0.1.0
   */
  public void violation(Violation violation) {
    violations.add(violation);
  }

  /**
   * Adds an error found by a validation rule: its code, the indicator it concerns and the field
   * path. Never pass a whole identity or phone number as an argument.
   *
   * @since 0.1.0
   */
  public void violation(String code, String indicator, String field) {
    violations.add(Violation.error(code, indicator, field));
  }

  /**
   * The per-insurance lines of rule 5, once: a rule inserts them when the fields they read are
   * decided, so that their conditions see final values.
   *
   * @since 0.1.0
   */
  public List<InsuranceLine> openInsuranceLines() {
    if (linesOpened) {
      return List.of();
    }
    linesOpened = true;
    List<InsuranceLine> lines = new ArrayList<>();
    for (LocalityParameters.InsuranceParameters insurance : params.getInsurances()) {
      lines.add(new InsuranceLine(this, insurance));
    }
    return lines;
  }

  /**
   * Whether the insurance lines were opened.
   *
   * @since 0.1.0
   */
  public boolean isLinesOpened() {
    return linesOpened;
  }

  /**
   * The explanations so far, in decision order.
   *
   * @since 0.1.0
   */
  public List<Explanation> getExplanations() {
    return List.copyOf(explanations);
  }

  /**
   * The findings so far.
   *
   * @since 0.1.0
   */
  public List<Finding> getFindings() {
    return List.copyOf(findings);
  }

  /**
   * The violations validation rules added.
   *
   * @since 0.1.0
   */
  public List<Violation> getViolations() {
    return List.copyOf(violations);
  }

  /**
   * The record with the decided values, explanations and findings written in.
   *
   * @since 0.1.0
   */
  public RegistrationRecord toRecord() {
    RegistrationRecord.Builder b = record.toBuilder();
    if (uninsuredInsurances != null) {
      b.uninsuredInsurances(uninsuredInsurances);
    }
    if (upgradedNumber != null) {
      b.socialSecurityNumber(io.github.canbao.registration.model.SocialSecurityNumber.of(upgradedNumber));
    }
    for (DerivedField f : DerivedField.all()) {
      if (decided.contains(f.key())) {
        f.set(b, values.get(f.key()));
      }
    }
    // A derivation replaces what an earlier one wrote: its explanations, and the findings derivation
    // makes (they are made again here if they still hold). Other findings (a merge's, a vendor's)
    // stay; one this run makes again is not repeated.
    List<Finding> allFindings = new ArrayList<>();
    for (Finding f : record.findings()) {
      if (!DERIVATION_FINDINGS.contains(f.code())) {
        allFindings.add(f);
      }
    }
    for (Finding f : findings) {
      if (!allFindings.contains(f)) {
        allFindings.add(f);
      }
    }
    return b.explanations(explanations).findings(allFindings).build();
  }

  @Override
  public String toString() {
    return "Person[" + record.socialSecurityNumber().map(Object::toString).orElse("?") + ", decided " + decided + "]";
  }

  /** AAC006 as {@code YYYYMMDD}, or {@code YYYY-MM-DD} as record-format.md accepts on input. */
  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text, text.length() == 10 ? DateTimeFormatter.ISO_LOCAL_DATE : BASIC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The age at the reference day in words, for explanations: {@code age at 2026-08-31 = 9}, or
   * that the birth date is unknown.
   *
   * @since 0.1.0
   */
  public String describeAgeAtReferenceDay() {
    return birthDate == null ? "birth date unknown" : "age at " + referenceDate + " = " + getAgeAtReferenceDay();
  }

  /**
   * The age at the as-of date in words, for explanations.
   *
   * @since 0.1.0
   */
  public String describeAgeAtAsOf() {
    return birthDate == null ? "birth date unknown" : "age at " + asOf + " = " + getAgeAtAsOf();
  }

  /** derivation.md "Hukou-local": hukouLocal, else AAC009, else the province of hukouDivision. */
  private static Boolean hukouLocal(RegistrationRecord record, LocalityParameters params) {
    if (record.hukouLocal().isPresent()) {
      return record.hukouLocal().get();
    }
    String nature = record.hukouNature().orElse("");
    if (params.getHukouLocalNatures().contains(nature)) {
      return true;
    }
    if (params.getHukouNonLocalNatures().contains(nature)) {
      return false;
    }
    String division = record.hukouDivision().orElse("");
    if (division.length() >= 2 && Character.isDigit(division.charAt(0)) && Character.isDigit(division.charAt(1))) {
      return division.startsWith(params.getProvince());
    }
    return null;
  }
}
