package io.github.canbao.registration.testkit.person;

import io.github.canbao.registration.codes.table.BenefitPaymentStatus;
import io.github.canbao.registration.codes.table.EmploymentState;
import io.github.canbao.registration.codes.table.EnrolmentCategory;
import io.github.canbao.registration.codes.table.EnrolmentStatus;
import io.github.canbao.registration.codes.table.InsuranceStatus;
import io.github.canbao.registration.codes.table.InsuranceType;
import io.github.canbao.registration.codes.table.NoUnitType;
import io.github.canbao.registration.codes.table.NonEnrolmentReason;
import io.github.canbao.registration.codes.table.PersonStatus;
import io.github.canbao.registration.codes.table.Sex;
import io.github.canbao.registration.model.Benefit;
import io.github.canbao.registration.model.Elsewhere;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Evidence;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.WorkInjury;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The fields derivation writes, computed from a generated record's facts by the Guangdong rules of
 * {@code derivation.md} with their default parameters. The testkit keeps its own small reading so
 * that generated records do not depend on the rule engine they are used to test; the rules module
 * has the reference implementation, and a difference between the two is a finding for a test.
 */
record DerivedFields(
    String employmentState,
    Optional<String> noUnitType,
    Optional<String> nonEnrolmentReason,
    Optional<String> enrolmentCategory,
    String pensionStatus,
    String medicalStatus,
    String workInjuryStatus,
    String unemploymentStatus,
    String maternityStatus,
    Optional<String> disabilityAllowanceState,
    Optional<String> survivorPensionState) {

  /** The defaults of the guangdong locality's parameters (locality.properties). */
  static final MonthDay REFERENCE_DAY = MonthDay.of(8, 31);
  static final int PRESCHOOL_BELOW = 6;
  static final int SCHOOL_UNTIL = 15;
  static final int PENSION_FROM = 16;
  static final int RETIREMENT_FEMALE = 55;
  static final int RETIREMENT_MALE = 60;

  /** Rule 1b: the insurance types of an employee. */
  static final List<String> EMPLOYEE_TYPES =
      List.of(
          InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, InsuranceType.PUBLIC_INSTITUTION_PENSION,
          InsuranceType.EMPLOYEE_MEDICAL, InsuranceType.WORK_INJURY, InsuranceType.UNEMPLOYMENT,
          InsuranceType.MATERNITY);

  private static final List<String> PENSIONS =
      List.of(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, InsuranceType.PUBLIC_INSTITUTION_PENSION,
          InsuranceType.RESIDENT_PENSION);
  private static final List<String> MEDICAL =
      List.of(InsuranceType.EMPLOYEE_MEDICAL, InsuranceType.RESIDENT_MEDICAL);

  /** Rule 5a: the "已参加…" code of each insurance type, as pairs (type, code). */
  private static final List<List<String>> ENROLLED_CODES =
      List.of(
          List.of(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, InsuranceStatus.PENSION_URBAN_EMPLOYEE),
          List.of(InsuranceType.RESIDENT_PENSION, InsuranceStatus.PENSION_URBAN_RURAL_RESIDENT),
          List.of(InsuranceType.PUBLIC_INSTITUTION_PENSION, InsuranceStatus.PENSION_PUBLIC_INSTITUTION),
          List.of(InsuranceType.EMPLOYEE_MEDICAL, InsuranceStatus.MEDICAL_URBAN_EMPLOYEE),
          List.of(InsuranceType.RESIDENT_MEDICAL, InsuranceStatus.MEDICAL_URBAN_RURAL_RESIDENT),
          List.of(InsuranceType.WORK_INJURY, InsuranceStatus.WORK_INJURY_ENROLLED),
          List.of(InsuranceType.UNEMPLOYMENT, InsuranceStatus.UNEMPLOYMENT_ENROLLED),
          List.of(InsuranceType.MATERNITY, InsuranceStatus.MATERNITY_ENROLLED));

  /** Derives from {@code facts}, whose birth date, sex and hukouLocal are set and well formed. */
  static DerivedFields of(RegistrationRecord facts, LocalDate asOf) {
    LocalDate birth = LocalDate.parse(facts.birthDate().orElseThrow(), DateTimeFormatter.BASIC_ISO_DATE);
    int ageAtReferenceDay = Period.between(birth, REFERENCE_DAY.atYear(asOf.getYear())).getYears();
    int age = Period.between(birth, asOf).getYears();
    String personStatus = facts.personStatus().orElse("");
    List<String> evidence = facts.evidence();
    List<Enrolment> enrolments = facts.enrolments();

    // Rule 6 first: a disability allowance being paid counts as a work-injury benefit below.
    Optional<String> disability = facts.workInjury().map(DerivedFields::disabilityAllowance);
    Optional<String> survivor =
        facts.workInjury()
            .flatMap(WorkInjury::survivorPension)
            .map(p -> p.monthly().orElse(false) ? p.status().orElse(BenefitPaymentStatus.TERMINATED)
                : BenefitPaymentStatus.TERMINATED);
    boolean disabilityPaid = disability.filter(DerivedFields::isPaid).isPresent();

    boolean employed =
        evidence.contains(Evidence.EMPLOYED_AT_UNIT.name())
            || enrolments.stream().anyMatch(e -> e.insuranceType().filter(EMPLOYEE_TYPES::contains).isPresent()
                && e.status().filter(EnrolmentStatus.CONTRIBUTING::equals).isPresent());
    String employmentState = employed ? EmploymentState.UNIT_EMPLOYED : EmploymentState.NO_UNIT;

    Optional<String> noUnitType = Optional.empty();
    if (!employed) {
      boolean retirementAge =
          Sex.FEMALE.equals(facts.sex().orElse("")) ? age >= RETIREMENT_FEMALE
              : Sex.MALE.equals(facts.sex().orElse("")) && age >= RETIREMENT_MALE;
      boolean pensionPaid =
          facts.benefits().stream().anyMatch(b -> b.insuranceType().filter(PENSIONS::contains).isPresent()
              && b.status().filter(DerivedFields::isPaid).isPresent());
      String type;
      if (ageAtReferenceDay < PRESCHOOL_BELOW) {
        type = NoUnitType.PRESCHOOL;
      } else if (evidence.contains(Evidence.STUDENT_ROLL.name())
          || evidence.contains(Evidence.RESIDENT_MEDICAL_STUDENT.name())
          || PersonStatus.STUDENT.equals(personStatus)
          || ageAtReferenceDay <= SCHOOL_UNTIL) {
        type = NoUnitType.STUDENT;
      } else if (evidence.contains(Evidence.FLEXIBLE_EMPLOYMENT_INSURED.name())
          || PersonStatus.FREELANCER.equals(personStatus)) {
        type = NoUnitType.FLEXIBLE;
      } else if (evidence.contains(Evidence.RETIRED.name()) || evidence.contains(Evidence.PENSION_RECEIVED.name())
          || pensionPaid || PersonStatus.RETIRED.equals(personStatus) || retirementAge) {
        type = NoUnitType.RETIRED;
      } else {
        type = NoUnitType.UNEMPLOYED;
      }
      noUnitType = Optional.of(type);
    }

    boolean insured =
        enrolments.stream().anyMatch(e -> e.status().filter(DerivedFields::isEnrolled).isPresent())
            || facts.benefits().stream().anyMatch(b -> b.status().filter(DerivedFields::isPaid).isPresent())
            || disabilityPaid;

    Optional<String> reason = Optional.empty();
    if (!insured) {
      String r;
      if (!enrolments.isEmpty()
          && enrolments.stream().allMatch(e -> e.status().filter(EnrolmentStatus.TERMINATED::equals).isPresent())) {
        r = NonEnrolmentReason.CONTRIBUTIONS_ENDED;
      } else if (employed) {
        r = NonEnrolmentReason.UNIT_NOT_ENROLLED;
      } else if (noUnitType.filter(NoUnitType.STUDENT::equals).isPresent()) {
        r = NonEnrolmentReason.FULL_TIME_STUDENT;
      } else if (evidence.contains(Evidence.MILITARY_SERVICE.name()) || PersonStatus.SOLDIER.equals(personStatus)) {
        r = NonEnrolmentReason.MILITARY_SERVICE;
      } else if (evidence.contains(Evidence.ABROAD.name())) {
        r = NonEnrolmentReason.ABROAD;
      } else if (evidence.contains(Evidence.SERVING_SENTENCE.name())) {
        r = NonEnrolmentReason.SERVING_SENTENCE;
      } else {
        r = NonEnrolmentReason.PERSONAL_NOT_ENROLLED;
      }
      reason = Optional.of(r);
    }

    boolean local = facts.hukouLocal().orElse(false);
    Optional<String> category;
    if (local) {
      category = Optional.of(insured ? EnrolmentCategory.LOCAL_INSURED : EnrolmentCategory.LOCAL_NOT_INSURED);
    } else {
      category = insured ? Optional.of(EnrolmentCategory.NON_LOCAL_INSURED) : Optional.empty();
    }

    Insurance ctx = new Insurance(facts, employed, insured, noUnitType, reason, age, disabilityPaid);
    return new DerivedFields(
        employmentState,
        noUnitType,
        reason,
        category,
        ctx.status(PENSIONS, false),
        ctx.status(MEDICAL, false),
        ctx.status(List.of(InsuranceType.WORK_INJURY), true),
        ctx.status(List.of(InsuranceType.UNEMPLOYMENT), true),
        ctx.status(List.of(InsuranceType.MATERNITY), true),
        disability,
        survivor);
  }

  /** These derived values written into {@code builder}. */
  RegistrationRecord.Builder writeTo(RegistrationRecord.Builder builder) {
    return builder
        .employmentState(employmentState)
        .noUnitType(noUnitType.orElse(null))
        .nonEnrolmentReason(nonEnrolmentReason.orElse(null))
        .enrolmentCategory(enrolmentCategory.orElse(null))
        .pensionStatus(pensionStatus)
        .medicalStatus(medicalStatus)
        .workInjuryStatus(workInjuryStatus)
        .unemploymentStatus(unemploymentStatus)
        .maternityStatus(maternityStatus)
        .disabilityAllowanceState(disabilityAllowanceState.orElse(null))
        .survivorPensionState(survivorPensionState.orElse(null));
  }

  private static String disabilityAllowance(WorkInjury injury) {
    boolean gradeOneToFour = injury.grade().filter(g -> g >= 1 && g <= 4).isPresent();
    if (gradeOneToFour && injury.monthly().orElse(false)) {
      return injury.status().orElse(BenefitPaymentStatus.TERMINATED);
    }
    return BenefitPaymentStatus.TERMINATED;
  }

  private static boolean isPaid(String status) {
    return BenefitPaymentStatus.PAID.equals(status) || BenefitPaymentStatus.SUSPENDED.equals(status);
  }

  private static boolean isEnrolled(String status) {
    return EnrolmentStatus.CONTRIBUTING.equals(status) || EnrolmentStatus.SUSPENDED.equals(status);
  }

  private static String enrolledCode(String insuranceType) {
    return ENROLLED_CODES.stream().filter(p -> p.get(0).equals(insuranceType)).findFirst().orElseThrow().get(1);
  }

  /** Rule 5 for one insurance, over the facts shared by the five. */
  private record Insurance(
      RegistrationRecord facts, boolean employed, boolean insured, Optional<String> noUnitType,
      Optional<String> reason, int age, boolean disabilityPaid) {

    String status(List<String> types, boolean employeeOnly) {
      List<Enrolment> mine =
          facts.enrolments().stream().filter(e -> e.insuranceType().filter(types::contains).isPresent()).toList();
      // 5a: the latest local enrolment, then the smallest type.
      Optional<Enrolment> local =
          mine.stream()
              .filter(e -> e.elsewhere().isEmpty() && e.status().filter(DerivedFields::isEnrolled).isPresent())
              .min(Comparator.comparing((Enrolment e) -> e.since().orElse(""), Comparator.reverseOrder())
                  .thenComparing(e -> e.insuranceType().orElseThrow()));
      if (local.isPresent()) {
        return enrolledCode(local.get().insuranceType().orElseThrow());
      }
      // 5b
      List<String> elsewhere =
          mine.stream()
              .filter(e -> e.status().filter(DerivedFields::isEnrolled).isPresent())
              .flatMap(e -> e.elsewhere().stream())
              .toList();
      if (!elsewhere.isEmpty()) {
        return elsewhere.contains(Elsewhere.IN_PROVINCE.name())
            ? InsuranceStatus.IN_PROVINCE_ELSEWHERE : InsuranceStatus.OUT_OF_PROVINCE_ELSEWHERE;
      }
      // 5c
      Optional<String> benefit =
          facts.benefits().stream()
              .filter(b -> b.status().filter(DerivedFields::isPaid).isPresent())
              .map(Benefit::insuranceType)
              .flatMap(Optional::stream)
              .filter(types::contains)
              .min(Comparator.naturalOrder());
      if (benefit.isEmpty() && disabilityPaid && types.contains(InsuranceType.WORK_INJURY)) {
        benefit = Optional.of(InsuranceType.WORK_INJURY);
      }
      if (benefit.isPresent()) {
        return enrolledCode(benefit.get());
      }
      // 5d
      if (!mine.isEmpty()
          && mine.stream().allMatch(e -> e.status().filter(EnrolmentStatus.TERMINATED::equals).isPresent())) {
        return InsuranceStatus.INTERRUPTED;
      }
      // 5e
      boolean pension = types.contains(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION);
      if ((employeeOnly && !employed)
          || (pension && (age < PENSION_FROM || noUnitType.filter(NoUnitType.STUDENT::equals).isPresent()))) {
        return InsuranceStatus.NOT_REQUIRED;
      }
      // 5f
      if (!insured) {
        return switch (reason.orElseThrow()) {
          case NonEnrolmentReason.UNIT_NOT_ENROLLED -> InsuranceStatus.UNIT_NOT_ENROLLED;
          case NonEnrolmentReason.MILITARY_SERVICE, NonEnrolmentReason.MILITARY_DEPENDANT,
              NonEnrolmentReason.ABROAD, NonEnrolmentReason.SERVING_SENTENCE ->
              InsuranceStatus.OTHER_REASON_NOT_ENROLLED;
          case NonEnrolmentReason.CONTRIBUTIONS_ENDED -> InsuranceStatus.INTERRUPTED;
          default -> InsuranceStatus.PERSONAL_NOT_ENROLLED;
        };
      }
      // 5g
      return employed ? InsuranceStatus.UNIT_NOT_ENROLLED : InsuranceStatus.PERSONAL_NOT_ENROLLED;
    }
  }
}
