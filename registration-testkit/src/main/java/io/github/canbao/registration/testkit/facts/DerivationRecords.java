package io.github.canbao.registration.testkit.facts;

import io.github.canbao.registration.codes.division.Division;
import io.github.canbao.registration.codes.division.DivisionLevel;
import io.github.canbao.registration.codes.division.Divisions;
import io.github.canbao.registration.codes.table.BenefitPaymentStatus;
import io.github.canbao.registration.codes.table.EnrolmentStatus;
import io.github.canbao.registration.codes.table.HukouNature;
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
import io.github.canbao.registration.testkit.Gen;
import io.github.canbao.registration.testkit.identity.CitizenNumbers;
import io.github.canbao.registration.testkit.identity.Identities;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Generated derivation inputs: each record carries every fact that derivation reads ({@code
 * derivation.md}, Inputs) and none of the fields it writes, so a rule set keeps nothing given and
 * derives every field. Immutable and safe to share between threads; the same seed always gives the
 * same records.
 *
 * <pre>{@code
 * Gen<RegistrationRecord> inputs = DerivationInputs.records().asOf(LocalDate.of(2024, 2, 29));
 * RegistrationRecord record = inputs.next(new SplittableRandom(42));
 * }</pre>
 *
 * <p>The facts are drawn so that each row of each rule is reached with good probability, and
 * the rows' boundaries are hit on purpose:
 * <ul>
 *   <li><b>birth date</b>: ages 0–90 at the as-of date, with a weight on children, on the days
 *       around the thresholds (age 6 and 16 at the reference day, the pension minimum age and both
 *       retirement ages at the as-of date: the birthday itself and a few days either side) and on
 *       29 February births near those ages;
 *   <li><b>sex and birth date</b>: {@code aac002} is mostly an 18-digit citizen number (sometimes
 *       a 15-digit one, sometimes none) carrying a sex and a birth date; {@code aac004} is that sex,
 *       absent, {@code 0}, {@code 9} or the other sex; {@code aac006} is that birth date
 *       ({@code YYYYMMDD}, sometimes {@code YYYY-MM-DD}), absent, or another date, so that the given
 *       value and the number both get to decide;
 *   <li><b>{@code aac012}</b>: 31, 37, 51, 80, another code of the table, or absent;
 *   <li><b>hukou</b>: {@code hukouLocal} true, false or absent; {@code aac009} a local, non-local
 *       or neutral code of the table, or absent; {@code hukouDivision} a county of the locality's
 *       province (6 or 9 digits: AAB301 with the township extension), one of another province, an unknown code of the province, or
 *       absent — often contradicting each other, so that the order of the sources shows;
 *   <li><b>enrolments</b>: 0–4, of every {@code AAE140} type, status 1, 2 or 3, some known only
 *       from the cross-region comparison ({@code IN_PROVINCE} / {@code OUT_OF_PROVINCE}), with
 *       several types of one insurance and equal {@code since} dates (rule 5a's tie-break);
 *   <li><b>benefits</b>: 0–2, half of them pensions, status 1, 2 or 3;
 *   <li><b>evidence</b>: a random subset of {@link Evidence};
 *   <li><b>work injury</b>: absent, or grade 1–10 or ungraded, monthly or not, status 1, 2 or 3,
 *       with or without a survivor pension (monthly or not, status 1, 2 or 3);
 *   <li><b>registration</b>: {@code DATA_CLEANING}, {@code SURVEY} or absent, with or without
 *       {@code comparedAt}.
 * </ul>
 *
 * <p>Thresholds, the reference day, the province, the hukou codes and the insurance types come from
 * the locality's parameters ({@link #withParameters(LocalityParameters)}; default: the bundled
 * {@code national} ones), so the boundaries move with a locality that changes them.
 *
 * @since 0.1.0
 */
public final class DerivationRecords implements Gen<RegistrationRecord> {

  /** The as-of date of {@link DerivationInputs#records()}: fixed, so a seed always gives the same data. */
  private static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 23);
  /** The oldest age drawn, in whole years at the as-of date. */
  private static final int OLDEST = 90;
  /** The last disability grade (伤残等级 1–10, 002 二(三)4). */
  private static final int LAST_GRADE = 10;
  private static final String NATIONAL_PARAMETERS =
      "/io/github/canbao/registration/rules/localities/national/locality.properties";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter DASHED_DAY = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  static final List<String> OTHER_PERSON_STATUSES = List.of("11", "12", "13", "17", "21", "24", "27", "54",
      PersonStatus.UNEMPLOYED, PersonStatus.OTHER);
  private static final List<String> NEUTRAL_HUKOU_NATURES =
      List.of(HukouNature.NON_AGRICULTURAL, HukouNature.AGRICULTURAL, HukouNature.RESIDENT);
  private static final List<String> STATUSES =
      List.of(EnrolmentStatus.CONTRIBUTING, EnrolmentStatus.SUSPENDED, EnrolmentStatus.TERMINATED);
  private static final List<String> PAYMENT_STATUSES =
      List.of(BenefitPaymentStatus.PAID, BenefitPaymentStatus.SUSPENDED, BenefitPaymentStatus.TERMINATED);

  static final DerivationRecords DEFAULT = new DerivationRecords(DEFAULT_AS_OF, null);

  private final LocalDate asOf;
  private final LocalityParameters parameters; // null: national, read on first use


  private DerivationRecords(LocalDate asOf, LocalityParameters parameters) {
    this.asOf = asOf;
    this.parameters = parameters;
  }

  /**
   * Records for a derivation as of {@code date}: ages and thresholds are placed relative to it,
   * and every birth, enrolment and comparison lies on or before it.
   *
   * @throws NullPointerException if {@code date} is null
   * @since 0.1.0
   */
  public DerivationRecords asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new DerivationRecords(date, parameters);
  }

  /**
   * Records whose boundaries follow {@code localityParameters} (a rule set's {@code parameters()})
   * rather than the {@code national} ones.
   *
   * @throws NullPointerException if {@code localityParameters} is null
   * @since 0.1.0
   */
  public DerivationRecords withParameters(LocalityParameters localityParameters) {
    Objects.requireNonNull(localityParameters, "localityParameters");
    return new DerivationRecords(asOf, localityParameters);
  }

  /**
   * The as-of date the records are drawn for.
   *
   * @since 0.1.0
   */
  public LocalDate asOfDate() {
    return asOf;
  }

  @Override
  public RegistrationRecord next(RandomGenerator random) {
    LocalityParameters p = parameters != null ? parameters : National.PARAMETERS;
    Counties counties = Counties.of(p.getProvince());
    RegistrationRecord.Builder b = RegistrationRecord.builder();
    b.personId(digits(random, 12));

    LocalDate birth = birthDate(random, p);
    String sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    identity(random, b, birth, sex);

    int status = random.nextInt(100);
    b.personStatus(
        status < 10 ? PersonStatus.STUDENT
            : status < 16 ? PersonStatus.SOLDIER
            : status < 24 ? PersonStatus.FREELANCER
            : status < 32 ? PersonStatus.RETIRED
            : status < 65 ? pick(random, OTHER_PERSON_STATUSES)
            : null);

    hukou(random, b, p, counties);
    b.enrolments(enrolments(random, p, counties));
    b.benefits(benefits(random, p));
    b.evidence(evidence(random));
    b.workInjury(workInjury(random, p));

    int registered = random.nextInt(100);
    b.registeredBy(
        registered < 40 ? RegisteredBy.DATA_CLEANING.name() : registered < 70 ? RegisteredBy.SURVEY.name() : null);
    if (random.nextBoolean()) {
      LocalDateTime at = asOf.minusDays(random.nextInt(61)).atStartOfDay().plusSeconds(random.nextInt(86_400));
      b.comparedAt(TIME.format(at));
    }
    return b.build();
  }

  /** Ages 0–90: uniform, children, the days around each threshold, and 29 February births. */
  private LocalDate birthDate(RandomGenerator random, LocalityParameters p) {
    LocalDate reference = p.referenceDateIn(asOf);
    LocalDate oldest = asOf.minusYears(OLDEST + 1L).plusDays(1);
    // The birthdays on which a threshold is reached: at the reference day (2a, 2b) and at the as-of
    // date (5e's pension age, 2d's retirement ages).
    List<LocalDate> thresholds = List.of(
        reference.minusYears(p.getPreschoolAgeBelow()),
        reference.minusYears(p.getSchoolAgeFrom()),
        reference.minusYears(p.getSchoolAgeTo() + 1L),
        asOf.minusYears(p.getPensionMinimumAge()),
        asOf.minusYears(p.getRetirementAgeFemale()),
        asOf.minusYears(p.getRetirementAgeMale()));
    int kind = random.nextInt(100);
    LocalDate birth;
    if (kind < 30) {
      birth = between(random, oldest, asOf);
    } else if (kind < 45) {
      birth = between(random, asOf.minusYears(18), asOf);
    } else if (kind < 90) {
      LocalDate threshold = pick(random, thresholds);
      int offset = random.nextInt(10) < 6 ? random.nextInt(-2, 3) : random.nextInt(-45, 46);
      birth = threshold.plusDays(offset);
    } else {
      // 29 February within a few years of a threshold age: with an as-of date on 28 February or
      // 1 March this lands on the birthday rule of java.time.Period.
      int year = pick(random, thresholds).getYear() + random.nextInt(-4, 5);
      while (!Year.isLeap(year)) {
        year++;
      }
      birth = LocalDate.of(year, 2, 29);
    }
    if (birth.isAfter(asOf)) {
      birth = asOf;
    }
    return birth.isBefore(oldest) ? oldest : birth;
  }

  /** {@code aac002}, {@code aac004} and {@code aac006}, agreeing, absent or contradicting. */
  private void identity(RandomGenerator random, RegistrationRecord.Builder b, LocalDate birth, String sex) {
    int numberKind = random.nextInt(100);
    boolean fifteenPossible = birth.getYear() >= 1900 && birth.getYear() <= 1999;
    boolean hasNumber = numberKind < 92;
    boolean fifteen = hasNumber && numberKind >= 84 && fifteenPossible;

    // The number carries its own birth date; sometimes aac006 says another one.
    LocalDate numberBirth = birth;
    int dateKind = random.nextInt(100);
    String givenDate;
    if (dateKind < 62) {
      givenDate = DAY.format(birth);
    } else if (dateKind < 80) {
      givenDate = null;
    } else if (dateKind < 86) {
      givenDate = DASHED_DAY.format(birth);
    } else {
      givenDate = DAY.format(birth);
      if (hasNumber) {
        numberBirth = birth.plusDays(random.nextBoolean() ? random.nextInt(1, 401) : -random.nextInt(1, 401));
        if (numberBirth.isAfter(asOf)) {
          numberBirth = birth.minusDays(random.nextInt(1, 401));
        }
        if (fifteen && numberBirth.getYear() != birth.getYear()) {
          numberBirth = birth.withDayOfMonth(birth.getDayOfMonth() == 1 ? 2 : 1);
        }
      }
    }
    b.birthDate(givenDate);

    int sexKind = random.nextInt(100);
    b.sex(
        sexKind < 58 ? sex
            : sexKind < 73 ? null
            : sexKind < 80 ? Sex.UNKNOWN
            : sexKind < 87 ? Sex.UNSPECIFIED
            : (Sex.MALE.equals(sex) ? Sex.FEMALE : Sex.MALE));

    if (hasNumber) {
      CitizenNumbers numbers = Identities.citizenNumbers().bornBetween(numberBirth, numberBirth);
      numbers = Sex.MALE.equals(sex) ? numbers.male() : numbers.female();
      if (fifteen) {
        numbers = numbers.fifteenDigit();
      }
      b.socialSecurityNumber(SocialSecurityNumber.of(numbers.next(random).number()));
    }
  }

  /** {@code hukouLocal}, {@code aac009} and {@code hukouDivision}, each known or not. */
  private static void hukou(RandomGenerator random, RegistrationRecord.Builder b, LocalityParameters p, Counties counties) {
    int local = random.nextInt(100);
    b.hukouLocal(local < 25 ? Boolean.TRUE : local < 45 ? Boolean.FALSE : null);

    int nature = random.nextInt(100);
    b.hukouNature(
        nature < 23 ? pick(random, List.copyOf(new TreeSet<>(p.getHukouLocalNatures())))
            : nature < 47 ? pick(random, List.copyOf(new TreeSet<>(p.getHukouNonLocalNatures())))
            : nature < 70 ? pick(random, NEUTRAL_HUKOU_NATURES)
            : null);

    int division = random.nextInt(100);
    String code;
    if (division < 35) {
      code = null;
    } else if (division < 65) {
      code = pick(random, counties.local());
    } else if (division < 95) {
      code = pick(random, counties.other());
    } else {
      // A code of the province that no county has: its province still reads.
      code = p.getProvince() + "9999";
    }
    if (code != null && random.nextInt(6) == 0) {
      // AAB301 allows 9 digits: the six-digit code with the township extension.
      code = code + digits(random, 3);
    }
    b.hukouDivision(code);
  }

  /** 0–4 enrolments; often several types of one insurance and equal dates. */
  private List<Enrolment> enrolments(RandomGenerator random, LocalityParameters p, Counties counties) {
    List<List<String>> insurances = p.getInsurances().stream()
        .map(i -> List.copyOf(new TreeSet<>(i.types())))
        .toList();
    List<String> types = insurances.stream().flatMap(List::stream).sorted().toList();
    int roll = random.nextInt(100);
    int count = roll < 25 ? 0 : roll < 55 ? 1 : roll < 75 ? 2 : roll < 90 ? 3 : 4;
    List<Enrolment> enrolments = new ArrayList<>(count);
    List<String> chosenTypes = new ArrayList<>();
    List<String> sinces = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String type;
      if (!chosenTypes.isEmpty() && random.nextInt(100) < 35) {
        String earlier = pick(random, chosenTypes);
        type = pick(random, insurances.stream().filter(l -> l.contains(earlier)).findFirst().orElse(types));
      } else {
        type = pick(random, types);
      }
      String since = !sinces.isEmpty() && random.nextInt(100) < 35
          ? pick(random, sinces)
          : DAY.format(between(random, asOf.minusYears(30), asOf));
      int statusRoll = random.nextInt(100);
      String status = statusRoll < 40 ? STATUSES.get(0) : statusRoll < 60 ? STATUSES.get(1) : STATUSES.get(2);
      int where = random.nextInt(100);
      Elsewhere elsewhere = where < 75 ? null : where < 90 ? Elsewhere.IN_PROVINCE : Elsewhere.OUT_OF_PROVINCE;
      String place = elsewhere == Elsewhere.OUT_OF_PROVINCE ? pick(random, counties.other()) : pick(random, counties.local());
      Enrolment enrolment = Enrolment.of(type, status, since, place);
      enrolments.add(elsewhere == null ? enrolment : enrolment.withElsewhere(elsewhere));
      chosenTypes.add(type);
      sinces.add(since);
    }
    return enrolments;
  }

  /** 0–2 benefits, half of them pensions. */
  private static List<Benefit> benefits(RandomGenerator random, LocalityParameters p) {
    List<String> pensions = List.copyOf(new TreeSet<>(p.getPensionBenefitTypes()));
    List<String> types = p.getInsurances().stream().flatMap(i -> i.types().stream()).sorted().toList();
    int roll = random.nextInt(100);
    int count = roll < 55 ? 0 : roll < 85 ? 1 : 2;
    List<Benefit> benefits = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String type = random.nextBoolean() ? pick(random, pensions) : pick(random, types);
      benefits.add(Benefit.of(type, paymentStatus(random)));
    }
    return benefits;
  }

  /** Each flag on its own: employment at a unit a little more often, since rule 1a ends rule 2. */
  private static List<String> evidence(RandomGenerator random) {
    List<String> flags = new ArrayList<>();
    for (Evidence e : Evidence.values()) {
      if (random.nextInt(100) < (e == Evidence.EMPLOYED_AT_UNIT ? 15 : 8)) {
        flags.add(e.name());
      }
    }
    return flags;
  }

  private static WorkInjury workInjury(RandomGenerator random, LocalityParameters p) {
    if (random.nextInt(100) >= 30) {
      return null;
    }
    int gradeRoll = random.nextInt(100);
    int severe = p.getSevereDisabilityGradeTo();
    Integer grade = gradeRoll < 15 ? null
        : gradeRoll < 60 ? random.nextInt(1, severe + 1)
        : random.nextInt(severe + 1, LAST_GRADE + 1);
    SurvivorPension survivor = random.nextInt(100) < 40
        ? SurvivorPension.of(random.nextInt(100) < 60, paymentStatus(random))
        : null;
    return new WorkInjury(Optional.ofNullable(grade), Optional.of(random.nextInt(100) < 60),
        Optional.of(paymentStatus(random)), Optional.ofNullable(survivor), Map.of());
  }

  private static String paymentStatus(RandomGenerator random) {
    int roll = random.nextInt(100);
    return roll < 40 ? PAYMENT_STATUSES.get(0) : roll < 60 ? PAYMENT_STATUSES.get(1) : PAYMENT_STATUSES.get(2);
  }

  private static LocalDate between(RandomGenerator random, LocalDate from, LocalDate to) {
    return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String digits(RandomGenerator random, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return "DerivationRecords[asOf " + asOf + (parameters == null ? ", national" : "") + "]";
  }

  /** The bundled {@code national} parameters, read once from the rules jar. */
  static final class National {
    static final LocalityParameters PARAMETERS = read();

    private static LocalityParameters read() {
      Properties properties = new Properties();
      try (InputStream in = LocalityParameters.class.getResourceAsStream(NATIONAL_PARAMETERS)) {
        if (in == null) {
          throw new IllegalStateException("the rules jar has no " + NATIONAL_PARAMETERS);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<String> problems = new ArrayList<>();
      LocalityParameters read = LocalityParameters.read(Map.of(), properties, problems);
      if (!problems.isEmpty()) {
        throw new IllegalStateException("national parameters: " + problems);
      }
      return read;
    }
  }

  /** The current county codes of the bundled division data, in and out of a province. */
  record Counties(List<String> local, List<String> other) {
    private static final List<String> ALL = Divisions.bundled().stream()
        .filter(Division::isCurrent)
        .filter(d -> d.level() == DivisionLevel.COUNTY)
        .map(Division::code)
        .sorted()
        .toList();
    private static final Map<String, Counties> BY_PROVINCE = new ConcurrentHashMap<>();

    static Counties of(String province) {
      return BY_PROVINCE.computeIfAbsent(province, prov -> {
        List<String> in = ALL.stream().filter(c -> c.startsWith(prov)).toList();
        List<String> out = ALL.stream().filter(c -> !c.startsWith(prov)).toList();
        if (in.isEmpty() || out.isEmpty()) {
          throw new IllegalStateException("no current county in or out of province " + prov);
        }
        return new Counties(in, out);
      });
    }
  }
}
