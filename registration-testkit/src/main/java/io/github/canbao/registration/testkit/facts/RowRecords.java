package io.github.canbao.registration.testkit.facts;

import io.github.canbao.registration.codes.table.BenefitPaymentStatus;
import io.github.canbao.registration.codes.table.EnrolmentStatus;
import io.github.canbao.registration.codes.table.PersonStatus;
import io.github.canbao.registration.codes.table.Sex;
import io.github.canbao.registration.model.Benefit;
import io.github.canbao.registration.model.Elsewhere;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Evidence;
import io.github.canbao.registration.model.RegisteredBy;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.SurvivorPension;
import io.github.canbao.registration.model.WorkInjury;
import io.github.canbao.registration.rules.locality.LocalityParameters;
import io.github.canbao.registration.rules.locality.LocalityParameters.InsuranceParameters;
import io.github.canbao.registration.testkit.Gen;
import io.github.canbao.registration.testkit.identity.CitizenNumbers;
import io.github.canbao.registration.testkit.identity.Identities;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Derivation inputs whose value for one field is decided by one row of one rule ({@link
 * DerivationRow}): "a record whose no-unit type is decided by row 2d". Each record is built for the
 * row: the facts the row reads are set, and the facts of every earlier row of the same rule are
 * left out, while the facts no row of the rule reads vary. Immutable and safe to share between
 * threads; the same seed always gives the same records.
 *
 * <pre>{@code
 * Gen<RegistrationRecord> retired = DerivationInputs.decidedBy("2d");
 * Gen<RegistrationRecord> paid = DerivationInputs.decidedBy("5c", "workInjury").asOf(LocalDate.of(2025, 3, 1));
 * RegistrationRecord record = retired.next(new SplittableRandom(42));
 * // ruleSet.derive(record, options).explanations() has noUnitType by the row's rule
 * }</pre>
 *
 * <p>Where a row has several conditions (2d: evidence {@code RETIRED}, {@code PENSION_RECEIVED}, a
 * pension being paid, {@code AAC012 = 80}, or the retirement age), each record meets one of them,
 * chosen at random. Thresholds, the reference day, the province and the insurance types come from
 * the locality's parameters ({@link #withParameters(LocalityParameters)}; default: the bundled
 * {@code national} ones); the rows are those of the bundled rules, which a locality may reorder.
 *
 * @since 0.1.0
 */
public final class RowRecords implements Gen<RegistrationRecord> {

  private static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 23);
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final int OLDEST = 90;
  private static final int LAST_GRADE = 10;

  /** How each row is reached: the facts put on a neutral person. */
  private static final Map<String, Recipe> RECIPES = recipes();

  private final DerivationRow row;
  private final LocalDate asOf;
  private final LocalityParameters parameters; // null: national

  private RowRecords(DerivationRow row, LocalDate asOf, LocalityParameters parameters) {
    this.row = row;
    this.asOf = asOf;
    this.parameters = parameters;
  }

  static RowRecords of(DerivationRow row) {
    Objects.requireNonNull(row, "row");
    if (!RECIPES.containsKey(row.id())) {
      throw new IllegalStateException("no recipe for row " + row.id());
    }
    return new RowRecords(row, DEFAULT_AS_OF, null);
  }

  /**
   * Records for a derivation as of {@code date}.
   *
   * @param date the as-of date the derivation will use
   * @return the generator
   * @since 0.1.0
   */
  public RowRecords asOf(LocalDate date) {
    return new RowRecords(row, Objects.requireNonNull(date, "date"), parameters);
  }

  /**
   * Records whose thresholds follow {@code localityParameters} (a rule set's {@code parameters()}).
   *
   * @param localityParameters the parameters
   * @return the generator
   * @since 0.1.0
   */
  public RowRecords withParameters(LocalityParameters localityParameters) {
    return new RowRecords(row, asOf, Objects.requireNonNull(localityParameters, "localityParameters"));
  }

  /**
   * The row every record lands on.
   *
   * @return the row
   * @since 0.1.0
   */
  public DerivationRow row() {
    return row;
  }

  /**
   * The as-of date the records are built for.
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate asOfDate() {
    return asOf;
  }

  @Override
  public RegistrationRecord next(RandomGenerator random) {
    LocalityParameters p = parameters != null ? parameters : DerivationRecords.National.PARAMETERS;
    InsuranceParameters insurance = row.insurance()
        .map(name -> p.getInsurances().stream().filter(i -> i.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("the locality has no insurance " + name)))
        .orElse(null);
    Draft d = new Draft(random, p, asOf, insurance);
    RECIPES.get(row.id()).apply(d);
    return d.build();
  }

  @Override
  public String toString() {
    return "RowRecords[" + row + ", asOf " + asOf + (parameters == null ? ", national" : "") + "]";
  }

  @FunctionalInterface
  private interface Recipe {
    void apply(Draft d);
  }

  // ---------------------------------------------------------------------------------------------
  // The recipes. A neutral person is an adult below retirement age, not a student, with no unit,
  // no enrolment, benefit or evidence, hukou-local or not at random: rows 1c, 2e, 3g. Each recipe
  // adds what its row reads and nothing an earlier row of its rule reads.

  private static Map<String, Recipe> recipes() {
    Map<String, Recipe> r = new java.util.HashMap<>();
    r.put("1a", d -> d.evidence.add(Evidence.EMPLOYED_AT_UNIT.name()));
    r.put("1b", Draft::employedByInsurance);
    r.put("1c", Draft::noiseWithoutUnit);
    r.put("2-not-applicable", d -> {
      if (d.random.nextBoolean()) {
        d.evidence.add(Evidence.EMPLOYED_AT_UNIT.name());
      } else {
        d.employedByInsurance();
      }
    });
    r.put("2a", Draft::preschool);
    r.put("2b", Draft::student);
    r.put("2c", Draft::flexible);
    r.put("2d", Draft::retired);
    r.put("2e", Draft::noiseWithoutUnit);
    r.put("3-insured", Draft::insured);
    r.put("3a", d -> {
      int n = d.random.nextInt(1, 4);
      for (int i = 0; i < n; i++) {
        d.enrol(d.anyType(), EnrolmentStatus.TERMINATED, d.random.nextBoolean());
      }
    });
    r.put("3b", d -> d.evidence.add(Evidence.EMPLOYED_AT_UNIT.name()));
    r.put("3c", Draft::student);
    r.put("3d", d -> {
      if (d.random.nextBoolean()) {
        d.evidence.add(Evidence.MILITARY_SERVICE.name());
      } else {
        d.personStatus = PersonStatus.SOLDIER;
      }
    });
    r.put("3e", d -> d.evidence.add(Evidence.ABROAD.name()));
    r.put("3f", d -> d.evidence.add(Evidence.SERVING_SENTENCE.name()));
    r.put("3g", d -> { });
    r.put("4-local-insured", d -> {
      d.local = true;
      d.insured();
    });
    r.put("4-local-not-insured", d -> d.local = true);
    r.put("4-non-local-insured", d -> {
      d.local = false;
      d.insured();
    });
    r.put("4-non-local-not-insured", d -> d.local = false);
    r.put("5a", d -> d.enrol(d.typeOfThis(), d.insuredStatus(), false));
    r.put("5b", d -> d.enrol(d.typeOfThis(), d.insuredStatus(), true));
    r.put("5c", d -> d.benefits.add(Benefit.of(d.typeOfThis(), d.paidStatus())));
    r.put("5d", d -> {
      int n = d.random.nextInt(1, 3);
      for (int i = 0; i < n; i++) {
        d.enrol(d.typeOfThis(), EnrolmentStatus.TERMINATED, false);
      }
    });
    r.put("5e", d -> {
      if (d.insurance.ageBased()) {
        if (d.random.nextBoolean()) {
          d.student();
        } else {
          d.birth = d.bornAtAgeBetween(0, d.p.getPensionMinimumAge() - 1);
        }
      }
      // A unit-based insurance: the neutral person has no unit already.
    });
    r.put("5f", d -> {
      if (d.insurance.unitBased()) {
        d.evidence.add(Evidence.EMPLOYED_AT_UNIT.name());
      }
    });
    r.put("5g-unit", d -> {
      d.evidence.add(Evidence.EMPLOYED_AT_UNIT.name());
      d.enrol(d.typeOfOther(), d.insuredStatus(), d.random.nextBoolean());
    });
    // Insured in another insurance without a unit: status 2 暂停缴费 insures but is no employment (1b).
    r.put("5g-personal", d -> d.enrol(d.typeOfOther(), EnrolmentStatus.SUSPENDED, d.random.nextBoolean()));
    r.put("6-disability-empty", d -> d.workInjury = null);
    r.put("6-disability-monthly-1to4", d -> d.workInjury(d.random.nextInt(1, d.p.getSevereDisabilityGradeTo() + 1), true));
    r.put("6-disability-3", d -> {
      int severe = d.p.getSevereDisabilityGradeTo();
      switch (d.random.nextInt(3)) {
        case 0 -> d.workInjury(d.random.nextInt(severe + 1, LAST_GRADE + 1), d.random.nextBoolean());
        case 1 -> d.workInjury(null, d.random.nextBoolean());
        default -> d.workInjury(d.random.nextInt(1, severe + 1), false);
      }
    });
    r.put("6-survivor-empty", d -> {
      if (d.workInjury != null) {
        d.workInjury = new WorkInjury(d.workInjury.grade(), d.workInjury.monthly(), d.workInjury.status(),
            Optional.empty(), Map.of());
      }
    });
    r.put("6-survivor-monthly", d -> d.survivorPension(true));
    r.put("6-survivor-3", d -> d.survivorPension(false));
    r.put("7-record-time", d -> {
      d.registeredBy = RegisteredBy.DATA_CLEANING.name();
      d.comparedAt = TIME.format(d.asOf.minusDays(d.random.nextInt(61)).atStartOfDay()
          .plusSeconds(d.random.nextInt(86_400)));
    });
    r.put("7-default-time", d -> {
      d.registeredBy = RegisteredBy.DATA_CLEANING.name();
      d.comparedAt = null;
    });
    return Map.copyOf(r);
  }

  /** The facts of one record while its row's recipe is applied. */
  private static final class Draft {
    final RandomGenerator random;
    final LocalityParameters p;
    final LocalDate asOf;
    final InsuranceParameters insurance; // the row's, for rule 5
    final DerivationRecords.Counties counties;

    LocalDate birth;
    String sex;
    String personStatus;
    boolean local;
    final Set<String> evidence = new LinkedHashSet<>();
    final List<Enrolment> enrolments = new ArrayList<>();
    final List<Benefit> benefits = new ArrayList<>();
    WorkInjury workInjury;
    String registeredBy;
    String comparedAt;

    Draft(RandomGenerator random, LocalityParameters p, LocalDate asOf, InsuranceParameters insurance) {
      this.random = random;
      this.p = p;
      this.asOf = asOf;
      this.insurance = insurance;
      this.counties = DerivationRecords.Counties.of(p.getProvince());
      // Adults: 16 or more at the reference day (not 2a/2b), below both retirement ages (not 2d).
      int youngest = Math.max(p.getSchoolAgeTo() + 2, p.getPensionMinimumAge());
      int oldest = Math.min(p.getRetirementAgeFemale(), p.getRetirementAgeMale()) - 1;
      this.birth = bornAtAgeBetween(youngest, oldest);
      this.sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      this.personStatus = random.nextInt(3) == 0 ? null : pick(DerivationRecords.OTHER_PERSON_STATUSES);
      this.local = random.nextBoolean();
      // Facts no rule but 6 and 7 reads: they vary under every other row.
      // Never a disability allowance that counts as a paid benefit (grade 1-4, monthly): that would
      // make the person insured and move rows 3-5.
      if (random.nextInt(4) == 0) {
        int severe = p.getSevereDisabilityGradeTo();
        switch (random.nextInt(3)) {
          case 0 -> workInjury(null, random.nextBoolean());
          case 1 -> workInjury(random.nextInt(severe + 1, LAST_GRADE + 1), random.nextBoolean());
          default -> workInjury(random.nextInt(1, severe + 1), false);
        }
        if (random.nextBoolean()) {
          survivorPension(random.nextBoolean());
        }
      }
      int registered = random.nextInt(3);
      this.registeredBy = registered == 0 ? null
          : registered == 1 ? RegisteredBy.SURVEY.name() : RegisteredBy.DATA_CLEANING.name();
      this.comparedAt = random.nextBoolean() ? null : TIME.format(asOf.atStartOfDay().minusHours(random.nextInt(1, 1000)));
    }

    /** A birth date at which the person is {@code from} to {@code to} whole years old at the as-of date. */
    LocalDate bornAtAgeBetween(int from, int to) {
      LocalDate earliest = asOf.minusYears(to + 1L).plusDays(1);
      LocalDate latest = asOf.minusYears(from);
      return earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, latest) + 1));
    }

    void employedByInsurance() {
      enrol(pick(sorted(p.getEmployeeInsuranceTypes())), EnrolmentStatus.CONTRIBUTING, random.nextBoolean());
    }

    /** Without a unit: maybe an enrolment that is no employment (a resident insurance, or status 2 or 3). */
    void noiseWithoutUnit() {
      if (random.nextBoolean()) {
        String type = anyType();
        boolean employee = p.getEmployeeInsuranceTypes().contains(type);
        String status = employee
            ? (random.nextBoolean() ? EnrolmentStatus.SUSPENDED : EnrolmentStatus.TERMINATED)
            : pick(List.of(EnrolmentStatus.CONTRIBUTING, EnrolmentStatus.SUSPENDED, EnrolmentStatus.TERMINATED));
        enrol(type, status, random.nextBoolean());
      }
    }

    void preschool() {
      LocalDate reference = p.referenceDateIn(asOf);
      // Under the preschool age at the reference day, born on or before the as-of date.
      LocalDate earliest = reference.minusYears(p.getPreschoolAgeBelow()).plusDays(1);
      LocalDate latest = asOf;
      birth = earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, latest) + 1));
    }

    void student() {
      switch (random.nextInt(4)) {
        case 0 -> evidence.add(Evidence.STUDENT_ROLL.name());
        case 1 -> evidence.add(Evidence.RESIDENT_MEDICAL_STUDENT.name());
        case 2 -> personStatus = PersonStatus.STUDENT;
        default -> {
          LocalDate reference = p.referenceDateIn(asOf);
          LocalDate earliest = reference.minusYears(p.getSchoolAgeTo() + 1L).plusDays(1);
          LocalDate latest = reference.minusYears(p.getSchoolAgeFrom());
          birth = earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, latest) + 1));
          if (birth.isAfter(asOf)) {
            birth = asOf;
          }
        }
      }
    }

    void flexible() {
      if (random.nextBoolean()) {
        evidence.add(Evidence.FLEXIBLE_EMPLOYMENT_INSURED.name());
      } else {
        personStatus = PersonStatus.FREELANCER;
      }
    }

    void retired() {
      switch (random.nextInt(5)) {
        case 0 -> evidence.add(Evidence.RETIRED.name());
        case 1 -> evidence.add(Evidence.PENSION_RECEIVED.name());
        case 2 -> benefits.add(Benefit.of(pick(sorted(p.getPensionBenefitTypes())), paidStatus()));
        case 3 -> personStatus = PersonStatus.RETIRED;
        default -> {
          int age = Sex.FEMALE.equals(sex) ? p.getRetirementAgeFemale() : p.getRetirementAgeMale();
          birth = bornAtAgeBetween(age, Math.max(age, OLDEST));
        }
      }
    }

    void insured() {
      if (random.nextInt(4) == 0) {
        benefits.add(Benefit.of(anyType(), paidStatus()));
      } else {
        enrol(anyType(), insuredStatus(), random.nextBoolean());
      }
    }

    void enrol(String type, String status, boolean elsewhere) {
      String since = DAY.format(asOf.minusDays(random.nextInt(1, 30 * 365)));
      Elsewhere where = !elsewhere ? null : random.nextBoolean() ? Elsewhere.IN_PROVINCE : Elsewhere.OUT_OF_PROVINCE;
      String place = where == Elsewhere.OUT_OF_PROVINCE ? pick(counties.other()) : pick(counties.local());
      Enrolment e = Enrolment.of(type, status, since, place);
      enrolments.add(where == null ? e : e.withElsewhere(where));
    }

    void workInjury(Integer grade, boolean monthly) {
      workInjury = new WorkInjury(Optional.ofNullable(grade), Optional.of(monthly), Optional.of(anyPaymentStatus()),
          workInjury == null ? Optional.empty() : workInjury.survivorPension(), Map.of());
    }

    void survivorPension(boolean monthly) {
      WorkInjury base = workInjury != null ? workInjury
          : new WorkInjury(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
      workInjury = new WorkInjury(base.grade(), base.monthly(), base.status(),
          Optional.of(SurvivorPension.of(monthly, anyPaymentStatus())), Map.of());
    }

    String anyType() {
      return pick(p.getInsurances().stream().flatMap(i -> i.types().stream()).sorted().toList());
    }

    String typeOfThis() {
      return pick(sorted(insurance.types()));
    }

    String typeOfOther() {
      return pick(p.getInsurances().stream().filter(i -> !i.name().equals(insurance.name()))
          .flatMap(i -> i.types().stream()).sorted().toList());
    }

    String insuredStatus() {
      return pick(sorted(p.getInsuredEnrolmentStatuses()));
    }

    String paidStatus() {
      return pick(sorted(p.getPaidBenefitStatuses()));
    }

    String anyPaymentStatus() {
      return pick(List.of(BenefitPaymentStatus.PAID, BenefitPaymentStatus.SUSPENDED, BenefitPaymentStatus.TERMINATED));
    }

    <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    static List<String> sorted(Set<String> values) {
      return List.copyOf(new TreeSet<>(values));
    }

    RegistrationRecord build() {
      RegistrationRecord.Builder b = RegistrationRecord.builder();
      // Birth date and sex are always known, from the fields, the number or both, never contradicting.
      int source = random.nextInt(4);
      boolean number = source != 0;
      if (number) {
        CitizenNumbers numbers = Identities.citizenNumbers().bornBetween(birth, birth);
        numbers = Sex.MALE.equals(sex) ? numbers.male() : numbers.female();
        b.socialSecurityNumber(SocialSecurityNumber.of(numbers.next(random).number()));
      }
      b.birthDate(source == 1 ? null : DAY.format(birth));
      b.sex(source == 1 ? null : sex);
      b.personStatus(personStatus);
      hukou(b);
      b.evidence(List.copyOf(evidence));
      b.enrolments(enrolments);
      b.benefits(benefits);
      b.workInjury(workInjury);
      b.registeredBy(registeredBy);
      b.comparedAt(comparedAt);
      return b.build();
    }

    /** Hukou-local or not, said by one of the three sources derivation.md reads, the others silent. */
    private void hukou(RegistrationRecord.Builder b) {
      switch (random.nextInt(3)) {
        case 0 -> b.hukouLocal(local);
        case 1 -> b.hukouNature(pick(sorted(local ? p.getHukouLocalNatures() : p.getHukouNonLocalNatures())));
        default -> b.hukouDivision(pick(local ? counties.local() : counties.other()));
      }
    }
  }
}
