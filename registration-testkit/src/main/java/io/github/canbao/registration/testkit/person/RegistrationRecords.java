package io.github.canbao.registration.testkit.person;

import io.github.canbao.registration.codes.table.BenefitPaymentStatus;
import io.github.canbao.registration.codes.table.EnrolmentCategory;
import io.github.canbao.registration.codes.table.EnrolmentStatus;
import io.github.canbao.registration.codes.table.HukouNature;
import io.github.canbao.registration.codes.table.InsuranceType;
import io.github.canbao.registration.codes.table.PersonStatus;
import io.github.canbao.registration.codes.table.Sex;
import io.github.canbao.registration.codes.table.SurvivalState;
import io.github.canbao.registration.model.Benefit;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Evidence;
import io.github.canbao.registration.model.RegisteredBy;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.Unit;
import io.github.canbao.registration.model.WorkInjury;
import io.github.canbao.registration.testkit.Gen;
import io.github.canbao.registration.testkit.identity.CitizenNumbers;
import io.github.canbao.registration.testkit.identity.GeneratedIdentity;
import io.github.canbao.registration.testkit.identity.IdentityDefect;
import io.github.canbao.registration.testkit.identity.Identities;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generated registration records: complete and consistent by default, each option a new generator.
 * Immutable and safe to share between threads.
 *
 * <pre>{@code
 * Gen<RegistrationRecord> records = People.records().category(2).bornBetween(1950, 1970).female();
 * RegistrationRecord record = records.next(new SplittableRandom(42));   // the same for seed 42, always
 * }</pre>
 *
 * <p>Every record is complete for its Guangdong enrolment category (002 二(一), 二(二);
 * {@code localities.md}): the fields of the local-hukou list (categories 1 and 2) or of the
 * category-3 list, the unit's fields when 就业状态 is 1, 无单位类型 when it is 2, 未参保原因 for
 * category 2, and for every enrolment its status, date and place. It also carries what the national
 * tables require (户口所在地, 常住所在地地址, the five per-insurance statuses) and a mobile number.
 *
 * <p>Values are consistent with each other:
 * <ul>
 *   <li>{@code aac002} comes from {@link Identities#citizenNumbers()}; {@code aac006} and
 *       {@code aac004} are the birth date and sex it carries; its address code is the hukou county
 *       (unless {@link #inDivision(String)} says otherwise);
 *   <li>{@code aab301} is a current Guangdong county; {@code hukouDivision} a current county of
 *       Guangdong (categories 1, 2; then the same as {@code aab301}) or of another province
 *       (category 3), with {@code hukouLocal} and {@code aac009} (11, 21, 51 / 12, 22, 52) to match;
 *       street code = county + 3 digits, community code = street code + 3 digits;
 *   <li>the facts (age, enrolments, benefits, evidence, unit) are chosen first, to fit the category
 *       (category 1 and 3: an enrolment in status 1 or 2; category 2: none, or all in status 3), and
 *       the derived fields (就业状态, 无单位类型, 未参保原因, 参保状态, {@code aic003}…{@code amc003}, the
 *       work-injury states) follow from them by the rules of {@code derivation.md} at the as-of
 *       date. The rules module's reference implementation decides in case of doubt;
 *   <li>a record is registered by {@code SURVEY} (two different handlers, {@code aae015} ≥
 *       {@code aae036}) or by {@code DATA_CLEANING} (both "信息比对", both times = {@code comparedAt});
 *   <li>every coded value is in its bundled table, every division code in the bundled GB/T 2260 data.
 * </ul>
 *
 * <p>The same seed gives the same record. A defect is drawn from its own part of the seed, so the
 * record with a defect is the record without it, changed in that one place (see
 * {@link #withDefect(RecordDefect)}).
 *
 * @since 0.1.0
 */
public final class RegistrationRecords implements Gen<RegistrationRecord> {

  static final RegistrationRecords DEFAULT =
      new RegistrationRecords(null, LocalDate.of(1930, 1, 1), null, null, null, LocalDate.of(2026, 11, 23), null, null);

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
  /** Guangdong 二(三)6: the handler and reviewer of a data-cleaning record. */
  private static final String COMPARISON = "信息比对";
  private static final String UNKNOWN_SEX = "7";
  private static final String UNKNOWN_ENROLMENT_STATUS = "9";
  private static final int WORKING_FROM = 18;

  private static final List<String> LOCAL_NATURES =
      List.of(HukouNature.LOCAL_RESIDENT, HukouNature.LOCAL_RESIDENT, HukouNature.LOCAL_NON_AGRICULTURAL,
          HukouNature.LOCAL_AGRICULTURAL);
  private static final List<String> NON_LOCAL_NATURES =
      List.of(HukouNature.NON_LOCAL_RESIDENT, HukouNature.NON_LOCAL_RESIDENT, HukouNature.NON_LOCAL_NON_AGRICULTURAL,
          HukouNature.NON_LOCAL_AGRICULTURAL);
  /** AAB019: enterprises mostly, then 机关 30, 事业单位 50, 民办非企业单位 91. */
  private static final List<String> UNIT_TYPES = List.of("10", "10", "10", "10", "10", "30", "50", "91");
  /** AAC012 of an enterprise employee: 企业管理人员, 工人, 专业技术人员, 职员. */
  private static final List<String> EMPLOYEE_STATUSES = List.of("21", "24", "24", "13", "17");
  private static final String CIVIL_SERVANT = "11";
  private static final String PROFESSIONAL = "13";
  private static final List<String> BRANDS = List.of("恒达", "华新", "粤海", "宏图", "金达", "联创", "嘉信", "万通", "南方", "立信");
  private static final List<String> TRADES = List.of("贸易", "科技", "建筑工程", "物流", "电子", "食品", "服装", "物业管理");
  private static final List<String> ORGANS = List.of("人力资源和社会保障局", "财政局", "教育局", "卫生健康局", "住房和城乡建设局");
  private static final List<String> INSTITUTIONS = List.of("第一人民医院", "第二中学", "实验小学", "图书馆", "疾病预防控制中心");
  private static final List<String> NON_PROFITS = List.of("阳光社会工作服务中心", "康乐养老服务中心", "启明培训学校");
  /**
   * When each insurance began nationally, so that no enrolment starts before its scheme existed
   * (realism only: no rule reads it).
   */
  private static final List<Scheme> SCHEMES =
      List.of(
          new Scheme(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, LocalDate.of(1991, 6, 26)),
          new Scheme(InsuranceType.PUBLIC_INSTITUTION_PENSION, LocalDate.of(2014, 10, 1)),
          new Scheme(InsuranceType.RESIDENT_PENSION, LocalDate.of(2009, 9, 1)),
          new Scheme(InsuranceType.UNEMPLOYMENT, LocalDate.of(1999, 1, 22)),
          new Scheme(InsuranceType.EMPLOYEE_MEDICAL, LocalDate.of(1998, 12, 14)),
          new Scheme(InsuranceType.RESIDENT_MEDICAL, LocalDate.of(2007, 7, 10)),
          new Scheme(InsuranceType.WORK_INJURY, LocalDate.of(2004, 1, 1)),
          new Scheme(InsuranceType.MATERNITY, LocalDate.of(1995, 1, 1)));

  private record Scheme(String insuranceType, LocalDate start) {
    /** The later of {@code date} and the start of this type's scheme. */
    static LocalDate notBeforeScheme(String insuranceType, LocalDate date) {
      LocalDate start = SCHEMES.stream().filter(s -> s.insuranceType.equals(insuranceType)).findFirst()
          .orElseThrow().start;
      return date.isBefore(start) ? start : date;
    }
  }

  private final String category; // null: any of the three
  private final LocalDate bornFrom;
  private final LocalDate bornTo; // null: up to the as-of date
  private final String sex; // null: either
  private final String division; // null: the hukou county
  private final LocalDate asOf;
  private final RegisteredBy registeredBy; // null: either
  private final RecordDefect defect; // null: none

  private RegistrationRecords(
      String category, LocalDate bornFrom, LocalDate bornTo, String sex, String division, LocalDate asOf,
      RegisteredBy registeredBy, RecordDefect defect) {
    this.category = category;
    this.bornFrom = bornFrom;
    this.bornTo = bornTo;
    this.sex = sex;
    this.division = division;
    this.asOf = asOf;
    this.registeredBy = registeredBy;
    this.defect = defect;
  }

  /**
   * Records of one Guangdong enrolment category (参保状态): {@code 1} 本省户籍参保人员, {@code 2}
   * 本省户籍未参保人员, {@code 3} 非本省户籍参保人员.
   *
   * @param enrolmentCategory 1, 2 or 3
   * @return a new generator
   * @throws IllegalArgumentException for any other number
   * @since 0.1.0
   */
  public RegistrationRecords category(int enrolmentCategory) {
    if (enrolmentCategory < 1 || enrolmentCategory > 3) {
      throw new IllegalArgumentException("an enrolment category is 1, 2 or 3, not " + enrolmentCategory);
    }
    return new RegistrationRecords(String.valueOf(enrolmentCategory), bornFrom, bornTo, sex, division, asOf,
        registeredBy, defect);
  }

  /**
   * Records of people born in the years {@code fromYear} to {@code toYear}, both included, and not
   * after the as-of date.
   *
   * @param fromYear the first year
   * @param toYear the last year
   * @return a new generator
   * @throws IllegalArgumentException if {@code fromYear} is after {@code toYear}, or no day of the
   *     range is on or before the as-of date
   * @since 0.1.0
   */
  public RegistrationRecords bornBetween(int fromYear, int toYear) {
    if (fromYear > toYear) {
      throw new IllegalArgumentException("from " + fromYear + " is after to " + toYear);
    }
    return checked(new RegistrationRecords(category, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31), sex,
        division, asOf, registeredBy, defect));
  }

  /**
   * Records of men: {@code aac004} = 1 and an odd sequence number.
   *
   * @return a new generator
   * @since 0.1.0
   */
  public RegistrationRecords male() {
    return new RegistrationRecords(category, bornFrom, bornTo, Sex.MALE, division, asOf, registeredBy, defect);
  }

  /**
   * Records of women: {@code aac004} = 2 and an even sequence number.
   *
   * @return a new generator
   * @since 0.1.0
   */
  public RegistrationRecords female() {
    return new RegistrationRecords(category, bornFrom, bornTo, Sex.FEMALE, division, asOf, registeredBy, defect);
  }

  /**
   * Records whose identity number has this six-digit address code ({@link
   * CitizenNumbers#inDivision(String)}). Only the number changes: the hukou and registering places
   * are still drawn for the category.
   *
   * @param code six digits, e.g. {@code 440106}
   * @return a new generator
   * @throws IllegalArgumentException if {@code code} is not six digits
   * @since 0.1.0
   */
  public RegistrationRecords inDivision(String code) {
    Objects.requireNonNull(code, "code");
    Identities.citizenNumbers().inDivision(code); // the same check as the numbers it will make
    return new RegistrationRecords(category, bornFrom, bornTo, sex, code, asOf, registeredBy, defect);
  }

  /**
   * Records produced as of this date: ages, the reference day 31 August of its year and the derived
   * values are read at it, and handling times lie before it. The default is 2026-11-23, never today,
   * so that a seed gives the same record on any day.
   *
   * @param date the as-of date
   * @return a new generator
   * @throws IllegalArgumentException if no birth date of the range is on or before {@code date}
   * @since 0.1.0
   */
  public RegistrationRecords asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return checked(new RegistrationRecords(category, bornFrom, bornTo, sex, division, date, registeredBy, defect));
  }

  /**
   * Records registered this way: {@code SURVEY} (a handler and a different reviewer) or
   * {@code DATA_CLEANING} (both "信息比对"). By default one record in four is by data cleaning.
   *
   * @param how the way of registration
   * @return a new generator
   * @throws IllegalArgumentException for {@code DATA_CLEANING} with the defect {@link
   *     RecordDefect#REVIEWER_IS_HANDLER}, which only a surveyed record can have
   * @since 0.1.0
   */
  public RegistrationRecords registeredBy(RegisteredBy how) {
    Objects.requireNonNull(how, "how");
    return checked(new RegistrationRecords(category, bornFrom, bornTo, sex, division, asOf, how, defect));
  }

  /**
   * Records with exactly this defect, and otherwise the records this generator makes without it: for
   * the same seed, the two differ only where the defect says ({@link RecordDefect#ID_CHECK_DIGIT}
   * changes only the check character of {@code aac002}; {@link RecordDefect#REVIEWER_IS_HANDLER}
   * also makes the record a surveyed one, as {@code registeredBy(SURVEY)} would). Use {@link
   * #described()} to learn the expected code and field.
   *
   * @param newDefect the defect
   * @return a new generator
   * @throws IllegalArgumentException for {@code REVIEWER_IS_HANDLER} after {@code
   *     registeredBy(DATA_CLEANING)}
   * @since 0.1.0
   */
  public RegistrationRecords withDefect(RecordDefect newDefect) {
    Objects.requireNonNull(newDefect, "newDefect");
    return checked(new RegistrationRecords(category, bornFrom, bornTo, sex, division, asOf, registeredBy, newDefect));
  }

  /**
   * These records with the defect put in and where validation must report it.
   *
   * @return a generator of the same records as this one, for the same seed, described
   * @since 0.1.0
   */
  public Gen<GeneratedRecord> described() {
    return this::generate;
  }

  /**
   * The next record, drawn from {@code random}.
   *
   * @param random the source of randomness; the same seed gives the same record
   * @return a complete, consistent record (with the defect, if one was asked for)
   * @since 0.1.0
   */
  @Override
  public RegistrationRecord next(RandomGenerator random) {
    return generate(random).record();
  }

  private static RegistrationRecords checked(RegistrationRecords g) {
    if (g.bornFrom.isAfter(g.lastBirthDate())) {
      throw new IllegalArgumentException(
          "no birth date from " + g.bornFrom + " is on or before the as-of date " + g.asOf);
    }
    if (g.registeredBy == RegisteredBy.DATA_CLEANING && g.defect == RecordDefect.REVIEWER_IS_HANDLER) {
      throw new IllegalArgumentException("a data-cleaning record's handler and reviewer are both 信息比对 by rule; "
          + "REVIEWER_IS_HANDLER needs a surveyed record");
    }
    return g;
  }

  private LocalDate lastBirthDate() {
    return bornTo == null || bornTo.isAfter(asOf) ? asOf : bornTo;
  }

  private GeneratedRecord generate(RandomGenerator random) {
    // Three independent streams, always drawn, so that a defect (or the check-digit defect inside the
    // number) never shifts the draws of the rest of the record.
    RandomGenerator identityRandom = new SplittableRandom(random.nextLong());
    RandomGenerator factsRandom = new SplittableRandom(random.nextLong());
    RandomGenerator defectRandom = new SplittableRandom(random.nextLong());
    Draft draft = draft(identityRandom, factsRandom);
    if (defect == null) {
      return new GeneratedRecord(draft.record(), Optional.empty(), Optional.empty());
    }
    return putDefect(draft, defectRandom);
  }

  /** What the defect stage needs besides the record. */
  private record Draft(RegistrationRecord record, GeneratedIdentity identity, County registered) {}

  /** Where a person is in life; it decides the facts, and the facts decide the derived fields. */
  private enum Stage { PRESCHOOL, SCHOOL, ADULT_STUDENT, EMPLOYED, FLEXIBLE, UNEMPLOYED, RETIRED }

  private Draft draft(RandomGenerator identityRandom, RandomGenerator r) {
    String cat = category != null ? category : String.valueOf(1 + r.nextInt(3));
    boolean local = !EnrolmentCategory.NON_LOCAL_INSURED.equals(cat);
    boolean insured = !EnrolmentCategory.LOCAL_NOT_INSURED.equals(cat);
    County hukouCounty = local ? County.inProvince(r) : County.elsewhere(r);
    County registered = local ? hukouCounty : County.inProvince(r);
    Locality hukou = Locality.in(hukouCounty, r);
    Locality residence = local && r.nextInt(4) != 0 ? hukou : Locality.in(registered, r);

    CitizenNumbers numbers =
        Identities.citizenNumbers()
            .bornBetween(bornFrom, lastBirthDate())
            .inDivision(division != null ? division : hukouCounty.code());
    if (sex != null) {
      numbers = Sex.MALE.equals(sex) ? numbers.male() : numbers.female();
    }
    if (defect == RecordDefect.ID_CHECK_DIGIT) {
      numbers = numbers.withDefect(IdentityDefect.CHECK_DIGIT);
    }
    GeneratedIdentity identity = numbers.next(identityRandom);
    LocalDate birth = identity.birthDate();

    Facts facts = new Facts(r, birth, asOf, registered);
    Stage stage = stage(r, birth, identity.sex());
    if (insured) {
      facts.insured(stage);
    } else {
      facts.notInsured(stage);
    }

    RegistrationRecord.Builder b =
        RegistrationRecord.builder()
            .divisionCode(registered.code())
            .personId(digits(r, 12))
            .socialSecurityNumber(SocialSecurityNumber.of(identity.number()))
            .name(PersonNames.next(r, identity.sex()))
            .sex(identity.sex())
            .birthDate(DATE.format(birth))
            .personStatus(facts.personStatus)
            .hukouNature(pick(r, local ? LOCAL_NATURES : NON_LOCAL_NATURES))
            .hukouPlace(hukouCounty.place())
            .residenceAddress(residence.address(r))
            .householdBookNumber(digits(r, 9))
            .familyNumber(digits(r, 10))
            .hukouLocal(local)
            .hukouDivision(hukouCounty.code())
            .hukouStreetName(hukou.streetName())
            .hukouStreetCode(hukou.streetCode())
            .hukouCommunityName(hukou.communityName())
            .hukouCommunityCode(hukou.communityCode())
            .phone(ContactNumber.of(mobile(r)))
            .survivalState(SurvivalState.ALIVE)
            .unit(facts.unit)
            .enrolments(facts.enrolments.stream()
                .sorted(Comparator.comparing((Enrolment e) -> e.insuranceType().orElseThrow())).toList())
            .benefits(facts.benefits)
            .evidence(facts.evidence)
            .workInjury(facts.workInjury);
    // Last, so that forcing a surveyed record changes nothing drawn before.
    handling(r, b);
    DerivedFields derived = DerivedFields.of(b.build(), asOf);
    if (!derived.enrolmentCategory().filter(cat::equals).isPresent()) {
      throw new IllegalStateException("generated facts give category " + derived.enrolmentCategory()
          + " instead of " + cat + " (a defect of the testkit)");
    }
    return new Draft(derived.writeTo(b).build(), identity, registered);
  }

  private Stage stage(RandomGenerator r, LocalDate birth, String personSex) {
    int ageAtReferenceDay = Period.between(birth, DerivedFields.REFERENCE_DAY.atYear(asOf.getYear())).getYears();
    int age = Period.between(birth, asOf).getYears();
    int retirement = Sex.FEMALE.equals(personSex) ? DerivedFields.RETIREMENT_FEMALE : DerivedFields.RETIREMENT_MALE;
    if (ageAtReferenceDay < DerivedFields.PRESCHOOL_BELOW) {
      return Stage.PRESCHOOL;
    }
    if (ageAtReferenceDay <= DerivedFields.SCHOOL_UNTIL) {
      return Stage.SCHOOL;
    }
    if (age >= retirement) {
      return Stage.RETIRED;
    }
    int roll = r.nextInt(100);
    if (age <= 24 && roll < 35) {
      return Stage.ADULT_STUDENT;
    }
    return roll < 65 ? Stage.EMPLOYED : roll < 80 ? Stage.FLEXIBLE : Stage.UNEMPLOYED;
  }

  private void handling(RandomGenerator r, RegistrationRecord.Builder b) {
    boolean cleaning = r.nextInt(4) == 0;
    if (registeredBy != null) {
      cleaning = registeredBy == RegisteredBy.DATA_CLEANING;
    }
    if (defect == RecordDefect.REVIEWER_IS_HANDLER) {
      cleaning = false;
    }
    if (cleaning) {
      String comparedAt =
          DATE_TIME.format(asOf.minusDays(1 + r.nextInt(30)).atTime(r.nextInt(24), r.nextInt(60), r.nextInt(60)));
      b.registeredBy(RegisteredBy.DATA_CLEANING.name()).comparedAt(comparedAt)
          .handler(COMPARISON).handledAt(comparedAt).reviewer(COMPARISON).reviewedAt(comparedAt);
      return;
    }
    String handler = PersonNames.next(r, r.nextBoolean() ? Sex.MALE : Sex.FEMALE);
    String reviewer;
    do {
      reviewer = PersonNames.next(r, r.nextBoolean() ? Sex.MALE : Sex.FEMALE);
    } while (reviewer.equals(handler));
    LocalDateTime handled = asOf.minusDays(4 + r.nextInt(57)).atTime(8 + r.nextInt(10), r.nextInt(60), r.nextInt(60));
    LocalDateTime reviewed = handled.plusMinutes(10 + r.nextInt(3 * 24 * 60));
    b.registeredBy(RegisteredBy.SURVEY.name())
        .handler(handler).handledAt(DATE_TIME.format(handled))
        .reviewer(reviewer).reviewedAt(DATE_TIME.format(reviewed));
  }

  private GeneratedRecord putDefect(Draft draft, RandomGenerator d) {
    RegistrationRecord valid = draft.record();
    RegistrationRecord.Builder b = valid.toBuilder();
    LocalDate birth = draft.identity().birthDate();
    String field;
    switch (defect) {
      case MISSING_REQUIRED -> {
        List<String> paths = RequiredFields.guangdong(valid).paths();
        field = remove(valid, b, paths.get(d.nextInt(paths.size())), d);
      }
      case NAME_TOO_LONG -> {
        field = "aac003";
        b.name(PersonNames.tooLong(d));
      }
      case UNKNOWN_SEX_CODE -> {
        field = "aac004";
        b.sex(UNKNOWN_SEX);
      }
      case SEX_MISMATCH -> {
        field = "aac004";
        b.sex(Sex.MALE.equals(draft.identity().sex()) ? Sex.FEMALE : Sex.MALE);
      }
      case BIRTH_DATE_MISMATCH -> {
        field = "aac006";
        LocalDate next = birth.plusDays(1);
        // A day later could be after the as-of date, which is a different violation.
        b.birthDate(DATE.format(d.nextBoolean() && !next.isAfter(asOf) ? next : birth.minusDays(1)));
      }
      case BAD_BIRTH_DATE_FORMAT -> {
        field = "aac006";
        b.birthDate(String.format(Locale.ROOT, "%04d13%02d", birth.getYear(), birth.getDayOfMonth()));
      }
      case BAD_PHONE -> {
        field = "phone";
        b.phone(ContactNumber.of(d.nextBoolean()
            ? "1" + d.nextInt(3) + digitsAfterFirst(d, 9)
            : "1" + (3 + d.nextInt(7)) + digitsAfterFirst(d, 8)));
      }
      case ID_CHECK_DIGIT -> field = "aac002"; // broken in the number itself, drawn in draft()
      case REVIEWED_BEFORE_HANDLED -> {
        field = "aae015";
        LocalDateTime handled = LocalDateTime.parse(valid.handledAt().orElseThrow(), DATE_TIME);
        b.reviewedAt(DATE_TIME.format(handled.minusHours(1 + d.nextInt(72))));
      }
      case REVIEWER_IS_HANDLER -> {
        field = "aae014";
        b.reviewer(valid.handler().orElseThrow());
      }
      case UNKNOWN_ENROLMENT_STATUS -> {
        List<Enrolment> enrolments = new ArrayList<>(valid.enrolments());
        field = "enrolments[" + (enrolments.isEmpty() ? 0 : d.nextInt(enrolments.size())) + "].aac008";
        if (enrolments.isEmpty()) {
          enrolments.add(Enrolment.of(InsuranceType.RESIDENT_MEDICAL, UNKNOWN_ENROLMENT_STATUS,
              DATE.format(between(d, Scheme.notBeforeScheme(InsuranceType.RESIDENT_MEDICAL, birth), asOf)),
              draft.registered().enrolmentPlace()));
        } else {
          int i = Integer.parseInt(field.substring("enrolments[".length(), field.indexOf(']')));
          Enrolment e = enrolments.get(i);
          enrolments.set(i, new Enrolment(e.insuranceType(), Optional.of(UNKNOWN_ENROLMENT_STATUS), e.since(), e.place(),
              e.elsewhere(), e.unknown()));
        }
        b.enrolments(enrolments);
      }
      default -> throw new IllegalStateException("unhandled defect " + defect);
    }
    return new GeneratedRecord(b.build(), Optional.of(defect), Optional.of(field));
  }

  /**
   * Clears the one field at the catalogue {@code path}; for a list field, in one element drawn from
   * {@code d}. Returns the path as validation reports it: with the element's index.
   */
  private static String remove(RegistrationRecord valid, RegistrationRecord.Builder b, String path, RandomGenerator d) {
    switch (path) {
      case "aab301" -> b.divisionCode(null);
      case "aac002" -> b.socialSecurityNumber(null);
      case "aac003" -> b.name(null);
      case "aac004" -> b.sex(null);
      case "aac006" -> b.birthDate(null);
      case "aac010" -> b.hukouPlace(null);
      case "aae006" -> b.residenceAddress(null);
      case "hukouDivision" -> b.hukouDivision(null);
      case "hukouStreetName" -> b.hukouStreetName(null);
      case "hukouStreetCode" -> b.hukouStreetCode(null);
      case "hukouCommunityName" -> b.hukouCommunityName(null);
      case "hukouCommunityCode" -> b.hukouCommunityCode(null);
      case "survivalState" -> b.survivalState(null);
      case "employmentState" -> b.employmentState(null);
      case "noUnitType" -> b.noUnitType(null);
      case "enrolmentCategory" -> b.enrolmentCategory(null);
      case "nonEnrolmentReason" -> b.nonEnrolmentReason(null);
      case "aae011" -> b.handler(null);
      case "aae036" -> b.handledAt(null);
      case "aae014" -> b.reviewer(null);
      case "aae015" -> b.reviewedAt(null);
      case "unit.aab001", "unit.aab004", "unit.aab019" -> {
        Unit u = valid.unit().orElseThrow();
        b.unit(new Unit(
            path.equals("unit.aab001") ? Optional.empty() : u.unitNumber(),
            path.equals("unit.aab004") ? Optional.empty() : u.unitName(),
            path.equals("unit.aab019") ? Optional.empty() : u.unitType(),
            u.unknown()));
      }
      case "enrolments[].aac008", "enrolments[].since", "enrolments[].place" -> {
        List<Enrolment> enrolments = new ArrayList<>(valid.enrolments());
        int i = d.nextInt(enrolments.size());
        Enrolment e = enrolments.get(i);
        enrolments.set(i, new Enrolment(
            e.insuranceType(),
            path.endsWith(".aac008") ? Optional.empty() : e.status(),
            path.endsWith(".since") ? Optional.empty() : e.since(),
            path.endsWith(".place") ? Optional.empty() : e.place(),
            e.elsewhere(),
            e.unknown()));
        b.enrolments(enrolments);
        return path.replace("[]", "[" + i + "]");
      }
      default -> throw new IllegalStateException("no way to remove " + path);
    }
    return path;
  }

  /**
   * The facts of one person, chosen for a life stage so that the derived category is the one asked
   * for: enrolments in status 1 or 2 for the insured, none or all in status 3 for the others; an
   * employee's insurance only for the employed, because rule 1b reads it as employment.
   */
  private static final class Facts {
    private final RandomGenerator r;
    private final LocalDate birth;
    private final LocalDate asOf;
    private final County registered;
    String personStatus = PersonStatus.OTHER;
    Unit unit;
    WorkInjury workInjury;
    final List<Enrolment> enrolments = new ArrayList<>();
    final List<Benefit> benefits = new ArrayList<>();
    final List<String> evidence = new ArrayList<>();

    Facts(RandomGenerator r, LocalDate birth, LocalDate asOf, County registered) {
      this.r = r;
      this.birth = birth;
      this.asOf = asOf;
      this.registered = registered;
    }

    void insured(Stage stage) {
      switch (stage) {
        case PRESCHOOL -> enrol(InsuranceType.RESIDENT_MEDICAL, EnrolmentStatus.CONTRIBUTING, birth);
        case SCHOOL -> {
          personStatus = PersonStatus.STUDENT;
          maybe(Evidence.STUDENT_ROLL);
          enrol(InsuranceType.RESIDENT_MEDICAL, EnrolmentStatus.CONTRIBUTING, birth);
        }
        case ADULT_STUDENT -> {
          personStatus = PersonStatus.STUDENT;
          maybe(r.nextBoolean() ? Evidence.STUDENT_ROLL : Evidence.RESIDENT_MEDICAL_STUDENT);
          enrol(InsuranceType.RESIDENT_MEDICAL, EnrolmentStatus.CONTRIBUTING, birth);
        }
        case EMPLOYED -> {
          String unitType = employ();
          maybe(Evidence.EMPLOYED_AT_UNIT);
          LocalDate start = between(r, birth.plusYears(WORKING_FROM), asOf);
          String pension = unitType.equals("30") || unitType.equals("50")
              ? InsuranceType.PUBLIC_INSTITUTION_PENSION : InsuranceType.ENTERPRISE_EMPLOYEE_PENSION;
          for (String type : List.of(pension, InsuranceType.UNEMPLOYMENT, InsuranceType.EMPLOYEE_MEDICAL,
              InsuranceType.WORK_INJURY, InsuranceType.MATERNITY)) {
            enrolments.add(Enrolment.of(type, EnrolmentStatus.CONTRIBUTING,
                DATE.format(earliest(type, start)), registered.enrolmentPlace()));
          }
          if (r.nextInt(10) == 0) {
            Optional<Integer> grade = r.nextInt(11) == 0 ? Optional.empty() : Optional.of(1 + r.nextInt(10));
            List<String> states =
                List.of(BenefitPaymentStatus.PAID, BenefitPaymentStatus.SUSPENDED, BenefitPaymentStatus.TERMINATED);
            workInjury = new WorkInjury(grade, Optional.of(r.nextBoolean()), Optional.of(pick(r, states)),
                Optional.empty(), Map.of());
          }
        }
        case FLEXIBLE -> {
          personStatus = PersonStatus.FREELANCER;
          maybe(Evidence.FLEXIBLE_EMPLOYMENT_INSURED);
          enrol(InsuranceType.RESIDENT_PENSION, EnrolmentStatus.CONTRIBUTING, birth.plusYears(WORKING_FROM));
          enrol(InsuranceType.RESIDENT_MEDICAL, EnrolmentStatus.CONTRIBUTING, birth);
        }
        case UNEMPLOYED -> {
          personStatus = PersonStatus.UNEMPLOYED;
          enrol(InsuranceType.RESIDENT_MEDICAL, EnrolmentStatus.CONTRIBUTING, birth);
          if (r.nextBoolean()) {
            enrol(InsuranceType.RESIDENT_PENSION,
                r.nextBoolean() ? EnrolmentStatus.CONTRIBUTING : EnrolmentStatus.SUSPENDED,
                birth.plusYears(WORKING_FROM));
          }
          if (r.nextInt(10) < 3) {
            formerJob();
          }
        }
        case RETIRED -> {
          personStatus = PersonStatus.RETIRED;
          if (r.nextInt(10) < 6) {
            enrol(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, EnrolmentStatus.TERMINATED, birth.plusYears(WORKING_FROM));
            // A retired employee keeps the employees' medical insurance without paying (status 2),
            // or has moved to the residents' (status 1): either way, not employment (rule 1b).
            if (r.nextBoolean()) {
              enrol(InsuranceType.EMPLOYEE_MEDICAL, EnrolmentStatus.SUSPENDED, birth.plusYears(WORKING_FROM));
            } else {
              enrol(InsuranceType.RESIDENT_MEDICAL, EnrolmentStatus.CONTRIBUTING, birth);
            }
            benefits.add(Benefit.of(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, BenefitPaymentStatus.PAID));
            maybe(r.nextBoolean() ? Evidence.RETIRED : Evidence.PENSION_RECEIVED);
          } else {
            enrol(InsuranceType.RESIDENT_MEDICAL, EnrolmentStatus.CONTRIBUTING, birth);
            benefits.add(Benefit.of(InsuranceType.RESIDENT_PENSION, BenefitPaymentStatus.PAID));
            maybe(Evidence.PENSION_RECEIVED);
          }
        }
        default -> throw new IllegalStateException("unhandled stage " + stage);
      }
    }

    void notInsured(Stage stage) {
      boolean lapsed = r.nextBoolean();
      switch (stage) {
        case PRESCHOOL -> lapse(lapsed, InsuranceType.RESIDENT_MEDICAL, birth);
        case SCHOOL, ADULT_STUDENT -> {
          personStatus = PersonStatus.STUDENT;
          maybe(Evidence.STUDENT_ROLL);
          lapse(lapsed, InsuranceType.RESIDENT_MEDICAL, birth);
        }
        case EMPLOYED -> {
          employ();
          evidence.add(Evidence.EMPLOYED_AT_UNIT.name()); // the only sign of employment left
          if (lapsed) {
            formerJob();
          }
        }
        case FLEXIBLE -> {
          personStatus = PersonStatus.FREELANCER;
          lapse(lapsed, InsuranceType.RESIDENT_PENSION, birth.plusYears(WORKING_FROM));
        }
        case UNEMPLOYED -> {
          int roll = r.nextInt(10);
          personStatus = roll < 6 ? PersonStatus.UNEMPLOYED : PersonStatus.OTHER;
          if (roll == 6) {
            personStatus = PersonStatus.SOLDIER;
          } else if (roll == 7) {
            evidence.add(Evidence.MILITARY_SERVICE.name());
          } else if (roll == 8) {
            evidence.add(Evidence.ABROAD.name());
          } else if (roll == 9) {
            evidence.add(Evidence.SERVING_SENTENCE.name());
          }
          if (lapsed) {
            formerJob();
          }
        }
        case RETIRED -> lapse(lapsed, InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, birth.plusYears(WORKING_FROM));
        default -> throw new IllegalStateException("unhandled stage " + stage);
      }
    }

    /** A unit at the registering place, and the person's status to match; returns the unit type. */
    private String employ() {
      String type = pick(r, UNIT_TYPES);
      String name = switch (type) {
        case "30" -> registered.city() + registered.name() + pick(r, ORGANS);
        case "50" -> registered.name() + pick(r, INSTITUTIONS);
        case "91" -> registered.name() + pick(r, NON_PROFITS);
        default -> registered.city() + pick(r, BRANDS) + pick(r, TRADES) + "有限公司";
      };
      unit = Unit.of(digits(r, 10), name, type);
      personStatus = switch (type) {
        case "30" -> CIVIL_SERVANT;
        case "50" -> PROFESSIONAL;
        default -> pick(r, EMPLOYEE_STATUSES);
      };
      return type;
    }

    /** An employee's pension and medical insurance, both ended. */
    private void formerJob() {
      LocalDate start = between(r, birth.plusYears(WORKING_FROM), asOf);
      for (String type : List.of(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, InsuranceType.EMPLOYEE_MEDICAL)) {
        enrolments.add(Enrolment.of(type, EnrolmentStatus.TERMINATED, DATE.format(earliest(type, start)),
            registered.enrolmentPlace()));
      }
    }

    private void lapse(boolean lapsed, String type, LocalDate earliest) {
      if (lapsed) {
        enrol(type, EnrolmentStatus.TERMINATED, earliest);
      }
    }

    private void enrol(String type, String status, LocalDate from) {
      LocalDate since = between(r, Scheme.notBeforeScheme(type, from), asOf);
      enrolments.add(Enrolment.of(type, status, DATE.format(since), registered.enrolmentPlace()));
    }

    /** {@code start}, or the scheme's start when later, and never after the as-of date. */
    private LocalDate earliest(String type, LocalDate start) {
      LocalDate date = Scheme.notBeforeScheme(type, start);
      return date.isAfter(asOf) ? asOf : date;
    }

    private void maybe(Evidence flag) {
      if (r.nextBoolean()) {
        evidence.add(flag.name());
      }
    }
  }

  /** A day from {@code from} to {@code to}, both included; {@code to} when the range is empty. */
  private static LocalDate between(RandomGenerator r, LocalDate from, LocalDate to) {
    LocalDate start = from.isAfter(to) ? to : from;
    return LocalDate.ofEpochDay(r.nextLong(start.toEpochDay(), to.toEpochDay() + 1));
  }

  private static <T> T pick(RandomGenerator r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  /** {@code n} digits, the first not 0 (numbers written as N fields never lose a leading zero). */
  private static String digits(RandomGenerator r, int n) {
    return (1 + r.nextInt(9)) + digitsAfterFirst(r, n - 1);
  }

  private static String digitsAfterFirst(RandomGenerator r, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + r.nextInt(10)));
    }
    return s.toString();
  }

  /** A mainland mobile number: {@code 1[3-9]} and nine digits. */
  private static String mobile(RandomGenerator r) {
    return "1" + (3 + r.nextInt(7)) + digitsAfterFirst(r, 9);
  }

  /**
   * A short description of the options, for test reports.
   *
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return "RegistrationRecords[category " + (category == null ? "any" : category)
        + ", born " + bornFrom + ".." + lastBirthDate()
        + (sex == null ? "" : ", sex " + sex)
        + (division == null ? "" : ", number in " + division)
        + ", as of " + asOf
        + (registeredBy == null ? "" : ", " + registeredBy)
        + (defect == null ? "" : ", defect " + defect) + "]";
  }
}
