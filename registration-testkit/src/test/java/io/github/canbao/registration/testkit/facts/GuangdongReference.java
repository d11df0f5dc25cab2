package io.github.canbao.registration.testkit.facts;

import io.github.canbao.registration.model.Benefit;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.SurvivorPension;
import io.github.canbao.registration.model.WorkInjury;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plain-Java reading of {@code shared/spec/derivation.md} (rules 1–7 and the findings), written
 * from the spec alone — not from the DRL files or the rules' fact classes — so that a differential
 * test compares two independent readings. Every constant is the spec's (the test checks that the
 * {@code national} locality's parameters are the same).
 *
 * <p>Where the spec leaves a point open, the choice is written where it is made, marked
 * "Choice:".
 */
final class GuangdongReference {

  // derivation.md "Age": 截至本年度8月31日; retirement ages 55 female, 60 male at the as-of date.
  static final MonthDay REFERENCE_DAY = MonthDay.of(8, 31);
  static final int PRESCHOOL_AGE_BELOW = 6; // 2a
  static final int SCHOOL_AGE_FROM = 6; // 2b
  static final int SCHOOL_AGE_TO = 15; // 2b
  static final int RETIREMENT_AGE_FEMALE = 55; // 2d
  static final int RETIREMENT_AGE_MALE = 60; // 2d
  static final int PENSION_MINIMUM_AGE = 16; // 5e
  static final String PROVINCE = "44"; // locality's province (national reads as Guangdong)
  // derivation.md "Hukou-local": 11, 21, 51 local; 12, 22, 52 and 30–42 not local; 10, 20, 50 neither.
  static final Set<String> LOCAL_NATURES = Set.of("11", "21", "51");
  static final Set<String> NON_LOCAL_NATURES = Set.of("12", "22", "52");
  static final int NON_LOCAL_NATURE_FROM = 30;
  static final int NON_LOCAL_NATURE_TO = 42;
  // "Insured": enrolment status 1 or 2; benefit being paid: status 1 or 2.
  static final Set<String> ACTIVE = Set.of("1", "2");
  // 1b: 110, 120, 310, 410, 210, 510 with status 1.
  static final Set<String> EMPLOYEE_TYPES = Set.of("110", "120", "310", "410", "210", "510");
  static final String CONTRIBUTING = "1";
  static final String TERMINATED = "3";
  // 2d: pension benefits.
  static final Set<String> PENSION_BENEFIT_TYPES = Set.of("110", "120", "170");
  // 6: grade 1–4 paid monthly keeps its payment status; a paid allowance is a 410 benefit.
  static final int SEVERE_GRADE_TO = 4;
  static final String WORK_INJURY_TYPE = "410";
  // 5a/5c: an insurance type's "已参加…" code.
  static final Map<String, String> JOINED = Map.of(
      "110", "11", "170", "12", "120", "13", "310", "21", "390", "27", "410", "30", "210", "40", "510", "50");
  // 5f: non-enrolment reason → status; any other reason → 91.
  static final Map<String, String> REASON_STATUS = Map.of(
      "10", "91", "20", "92", "21", "91", "30", "93", "31", "93", "32", "93", "33", "93", "11", "94");
  static final String REASON_STATUS_OTHER = "91";
  static final String HANDLER = "信息比对"; // 7
  static final String DATA_CLEANING = "DATA_CLEANING";

  static final String NOT_REGISTRABLE = "NOT_REGISTRABLE";
  static final String HUKOU_UNKNOWN = "HUKOU_UNKNOWN";

  /** The insurances of rule 5, with the record key of their status field. */
  enum Insurance {
    PENSION("aic003", Set.of("110", "120", "170"), false, true),
    MEDICAL("akc003", Set.of("310", "390"), false, false),
    WORK_INJURY("alc003", Set.of("410"), true, false),
    UNEMPLOYMENT("ajc003", Set.of("210"), true, false),
    MATERNITY("amc003", Set.of("510"), true, false);

    final String field;
    final Set<String> types;
    /** 5e: does not apply with employment state 2. */
    final boolean unitBased;
    /** 5e: does not apply below the pension age or to a student (no-unit type 2). */
    final boolean ageBased;

    Insurance(String field, Set<String> types, boolean unitBased, boolean ageBased) {
      this.field = field;
      this.types = types;
      this.unitBased = unitBased;
      this.ageBased = ageBased;
    }
  }

  /** The derived fields, by record key, in the order the differential test reports them. */
  static final List<String> FIELDS = List.of(
      "employmentState", "noUnitType", "nonEnrolmentReason", "enrolmentCategory",
      "aic003", "akc003", "alc003", "ajc003", "amc003",
      "disabilityAllowanceState", "survivorPensionState",
      "aae011", "aae036", "aae014", "aae015");

  /**
   * What the reference derived: every field by record key (empty when the rules leave it empty),
   * the finding codes, and the row of each rule that decided (for coverage and for reports).
   */
  record Derivation(Map<String, Optional<String>> fields, Set<String> findings, Map<String, String> rows) {}

  /** The facts the rules read, resolved from the record (birth date, sex, hukou). */
  record Facts(Optional<LocalDate> birth, String birthSource, Optional<String> sex, String sexSource,
      Optional<Boolean> hukouLocal, String hukouSource) {}

  private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private GuangdongReference() {}

  static Facts facts(RegistrationRecord r) {
    Optional<String> number = r.socialSecurityNumber().map(SocialSecurityNumber::value);
    // Birth date: AAC006, else the identity number. Choice: an AAC006 that is no date (not
    // generated) falls through to the number, like an absent one; YYYY-MM-DD is read, since
    // record-format.md accepts it on input and the model keeps values as given.
    Optional<LocalDate> given = r.birthDate().flatMap(GuangdongReference::date);
    Optional<LocalDate> birth;
    String birthSource;
    if (given.isPresent()) {
      birth = given;
      birthSource = r.birthDate().orElseThrow().contains("-") ? "AAC006 (YYYY-MM-DD)" : "AAC006";
    } else {
      birth = number.flatMap(GuangdongReference::numberBirth);
      birthSource = birth.isPresent() ? "number" : "unknown";
    }
    // Sex: AAC004 when 1 or 2; otherwise the number's; otherwise unknown.
    Optional<String> sex;
    String sexSource;
    if (r.sex().filter(s -> s.equals("1") || s.equals("2")).isPresent()) {
      sex = r.sex();
      sexSource = "AAC004";
    } else {
      sex = number.flatMap(GuangdongReference::numberSex);
      sexSource = sex.isPresent() ? "number" : "unknown";
    }
    // Hukou-local: hukouLocal, else AAC009, else the province of hukouDivision.
    Optional<Boolean> local;
    String hukouSource;
    Optional<Boolean> byNature = r.hukouNature().flatMap(GuangdongReference::localByNature);
    Optional<String> province = r.hukouDivision().filter(d -> d.matches("[0-9]{6}([0-9]{3}){0,2}")).map(d -> d.substring(0, 2));
    if (r.hukouLocal().isPresent()) {
      local = r.hukouLocal();
      hukouSource = "hukouLocal";
    } else if (byNature.isPresent()) {
      local = byNature;
      hukouSource = "AAC009";
    } else if (province.isPresent()) {
      local = Optional.of(province.get().equals(PROVINCE));
      hukouSource = "hukouDivision";
    } else {
      local = Optional.empty();
      hukouSource = "unknown";
    }
    return new Facts(birth, birthSource, sex, sexSource, local, hukouSource);
  }

  static Derivation derive(RegistrationRecord r, LocalDate asOf) {
    Facts facts = facts(r);
    Map<String, Optional<String>> out = new LinkedHashMap<>();
    FIELDS.forEach(f -> out.put(f, Optional.empty()));
    Map<String, String> rows = new LinkedHashMap<>();
    Set<String> findings = new TreeSet<>();
    rows.put("birth", facts.birthSource());
    rows.put("sex", facts.sexSource());
    rows.put("hukou", facts.hukouSource());

    Set<String> evidence = Set.copyOf(r.evidence());
    String status = r.personStatus().orElse("");
    LocalDate referenceDate = REFERENCE_DAY.atYear(asOf.getYear());
    Optional<Integer> ageAtReference = facts.birth().map(b -> Period.between(b, referenceDate).getYears());
    Optional<Integer> age = facts.birth().map(b -> Period.between(b, asOf).getYears());

    // Rule 6 first: its disability allowance counts for "insured" and 5c.
    Optional<WorkInjury> injury = r.workInjury();
    Optional<String> disability = injury.flatMap(w -> {
      boolean severeMonthly = w.grade().filter(g -> g >= 1 && g <= SEVERE_GRADE_TO).isPresent()
          && w.monthly().orElse(false);
      // Choice: grade 1–4 monthly without a payment status (not generated) leaves the field empty.
      return severeMonthly ? w.status() : Optional.of(TERMINATED);
    });
    rows.put("6-disability", injury.isEmpty() ? "6-disability-empty"
        : disability.isPresent() && isSevereMonthly(injury.get()) ? "6-disability-monthly-1to4" : "6-disability-3");
    Optional<SurvivorPension> survivor = injury.flatMap(WorkInjury::survivorPension);
    // Choice: a survivor pension whose "monthly" is absent (not generated) counts as not monthly.
    Optional<String> survivorState = survivor.flatMap(s -> s.monthly().orElse(false) ? s.status() : Optional.of(TERMINATED));
    rows.put("6-survivor", survivor.isEmpty() ? "6-survivor-empty"
        : survivor.get().monthly().orElse(false) ? "6-survivor-monthly" : "6-survivor-3");
    out.put("disabilityAllowanceState", disability);
    out.put("survivorPensionState", survivorState);
    boolean allowancePaid = disability.filter(ACTIVE::contains).isPresent();

    // Insured: an enrolment (local or elsewhere) with status 1 or 2, or a benefit being paid
    // (a paid disability allowance included, rule 6).
    List<Enrolment> enrolments = r.enrolments();
    boolean insured = enrolments.stream().anyMatch(e -> e.status().filter(ACTIVE::contains).isPresent())
        || r.benefits().stream().anyMatch(b -> b.status().filter(ACTIVE::contains).isPresent())
        || allowancePaid;
    boolean byEnrolmentOrBenefit = enrolments.stream().anyMatch(e -> e.status().filter(ACTIVE::contains).isPresent())
        || r.benefits().stream().anyMatch(b -> b.status().filter(ACTIVE::contains).isPresent());
    rows.put("insured", !insured ? "not-insured" : byEnrolmentOrBenefit ? "insured" : "insured-by-allowance-only");

    // Rule 1.
    String employment;
    if (evidence.contains("EMPLOYED_AT_UNIT")) {
      employment = "1";
      rows.put("1", "1a");
    } else if (enrolments.stream().anyMatch(e -> e.status().filter(CONTRIBUTING::equals).isPresent()
        && e.insuranceType().filter(EMPLOYEE_TYPES::contains).isPresent())) {
      employment = "1";
      rows.put("1", "1b");
    } else {
      employment = "2";
      rows.put("1", "1c");
    }
    out.put("employmentState", Optional.of(employment));

    // Rule 2, only with employment state 2. Choice: an unknown birth date makes every age
    // condition false (the spec says so for an unknown sex only).
    Optional<String> noUnit = Optional.empty();
    if (employment.equals("2")) {
      String row;
      if (ageAtReference.filter(a -> a < PRESCHOOL_AGE_BELOW).isPresent()) {
        row = "2a";
        noUnit = Optional.of("1");
      } else if (evidence.contains("STUDENT_ROLL") || evidence.contains("RESIDENT_MEDICAL_STUDENT")
          || status.equals("31")
          || ageAtReference.filter(a -> a >= SCHOOL_AGE_FROM && a <= SCHOOL_AGE_TO).isPresent()) {
        row = "2b";
        noUnit = Optional.of("2");
      } else if (evidence.contains("FLEXIBLE_EMPLOYMENT_INSURED") || status.equals("51")) {
        row = "2c";
        noUnit = Optional.of("4");
      } else if (evidence.contains("RETIRED") || evidence.contains("PENSION_RECEIVED")
          || r.benefits().stream().anyMatch(GuangdongReference::isPensionPaid)
          || status.equals("80")
          || retiredByAge(facts.sex(), age)) {
        row = "2d";
        noUnit = Optional.of("5");
      } else {
        row = "2e";
        noUnit = Optional.of("3");
      }
      rows.put("2", row);
    } else {
      rows.put("2", "2-not-applicable");
    }
    out.put("noUnitType", noUnit);

    // Rule 3, only when not insured.
    Optional<String> reason = Optional.empty();
    if (!insured) {
      String row;
      String value;
      if (!enrolments.isEmpty() && enrolments.stream().allMatch(e -> e.status().filter(TERMINATED::equals).isPresent())) {
        row = "3a";
        value = "11";
      } else if (employment.equals("1")) {
        row = "3b";
        value = "20";
      } else if (noUnit.filter("2"::equals).isPresent()) {
        row = "3c";
        value = "21";
      } else if (evidence.contains("MILITARY_SERVICE") || status.equals("37")) {
        row = "3d";
        value = "30";
      } else if (evidence.contains("ABROAD")) {
        row = "3e";
        value = "32";
      } else if (evidence.contains("SERVING_SENTENCE")) {
        row = "3f";
        value = "33";
      } else {
        row = "3g";
        value = "10";
      }
      rows.put("3", row);
      reason = Optional.of(value);
    } else {
      rows.put("3", "3-insured");
    }
    out.put("nonEnrolmentReason", reason);

    // Rule 4, and HUKOU_UNKNOWN.
    boolean local = facts.hukouLocal().orElse(false);
    if (facts.hukouLocal().isEmpty()) {
      findings.add(HUKOU_UNKNOWN);
    }
    if (local && insured) {
      out.put("enrolmentCategory", Optional.of("1"));
      rows.put("4", "4-local-insured");
    } else if (local) {
      out.put("enrolmentCategory", Optional.of("2"));
      rows.put("4", "4-local-not-insured");
    } else if (insured) {
      out.put("enrolmentCategory", Optional.of("3"));
      rows.put("4", "4-non-local-insured");
    } else {
      findings.add(NOT_REGISTRABLE);
      rows.put("4", "4-non-local-not-insured");
    }

    // Rule 5.
    for (Insurance insurance : Insurance.values()) {
      List<Enrolment> mine = enrolments.stream()
          .filter(e -> e.insuranceType().filter(insurance.types::contains).isPresent())
          .toList();
      List<Enrolment> localActive = mine.stream()
          .filter(e -> e.elsewhere().isEmpty() && e.status().filter(ACTIVE::contains).isPresent())
          .toList();
      List<Enrolment> elsewhereActive = mine.stream()
          .filter(e -> e.elsewhere().isPresent() && e.status().filter(ACTIVE::contains).isPresent())
          .toList();
      TreeSet<String> paidTypes = new TreeSet<>();
      r.benefits().stream()
          .filter(b -> b.status().filter(ACTIVE::contains).isPresent())
          .flatMap(b -> b.insuranceType().stream())
          .filter(insurance.types::contains)
          .forEach(paidTypes::add);
      if (allowancePaid && insurance.types.contains(WORK_INJURY_TYPE)) {
        paidTypes.add(WORK_INJURY_TYPE);
      }
      String row;
      String code;
      if (!localActive.isEmpty()) {
        row = "5a";
        // Several: the latest since, then the smallest AAE140. Choice: an absent since (not
        // generated) sorts before every date.
        Comparator<Enrolment> order = Comparator
            .comparing((Enrolment e) -> e.since().orElse(""), Comparator.reverseOrder())
            .thenComparing(e -> e.insuranceType().orElse(""));
        Enrolment chosen = localActive.stream().sorted(order).findFirst().orElseThrow();
        code = JOINED.get(chosen.insuranceType().orElseThrow());
        Set<String> distinctCodes = new TreeSet<>();
        localActive.forEach(e -> distinctCodes.add(e.insuranceType().orElseThrow()));
        if (distinctCodes.size() > 1) {
          String latest = chosen.since().orElse("");
          long typesAtLatest = localActive.stream().filter(e -> e.since().orElse("").equals(latest))
              .map(e -> e.insuranceType().orElseThrow()).distinct().count();
          rows.put("5a-tie." + insurance.field, typesAtLatest > 1 ? "5a-by-type" : "5a-by-since");
        }
      } else if (!elsewhereActive.isEmpty()) {
        row = "5b";
        code = elsewhereActive.stream().anyMatch(e -> e.elsewhere().get().equals("IN_PROVINCE")) ? "81" : "82";
      } else if (!paidTypes.isEmpty()) {
        row = "5c";
        code = JOINED.get(paidTypes.first());
        boolean benefitPaid = r.benefits().stream().anyMatch(b -> b.status().filter(ACTIVE::contains).isPresent()
            && b.insuranceType().filter(insurance.types::contains).isPresent());
        rows.put("5c-by." + insurance.field, benefitPaid ? "5c-benefit" : "5c-allowance-only");
      } else if (!mine.isEmpty() && mine.stream().allMatch(e -> e.status().filter(TERMINATED::equals).isPresent())) {
        row = "5d";
        code = "94";
      } else if ((insurance.unitBased && employment.equals("2"))
          || (insurance.ageBased && (age.filter(a -> a < PENSION_MINIMUM_AGE).isPresent() || noUnit.filter("2"::equals).isPresent()))) {
        row = "5e";
        code = "95";
      } else if (!insured) {
        row = "5f";
        code = REASON_STATUS.getOrDefault(reason.orElseThrow(), REASON_STATUS_OTHER);
      } else {
        row = "5g";
        code = employment.equals("1") ? "92" : "91";
      }
      rows.put("5." + insurance.field, row);
      out.put(insurance.field, Optional.of(code));
    }

    // Rule 7. comparedAt: the record's as given, else the as-of date at 00:00 (no run-level
    // comparedAt is given by the test), written with seconds as the brief and record-format.md show.
    if (r.registeredBy().filter(DATA_CLEANING::equals).isPresent()) {
      String at = r.comparedAt().orElse(asOf + "T00:00:00");
      out.put("aae011", Optional.of(HANDLER));
      out.put("aae014", Optional.of(HANDLER));
      out.put("aae036", Optional.of(at));
      out.put("aae015", Optional.of(at));
      rows.put("7", r.comparedAt().isPresent() ? "7-record-time" : "7-default-time");
    } else {
      rows.put("7", "7-not-data-cleaning");
    }
    return new Derivation(out, findings, rows);
  }

  private static boolean isSevereMonthly(WorkInjury w) {
    return w.grade().filter(g -> g >= 1 && g <= SEVERE_GRADE_TO).isPresent() && w.monthly().orElse(false);
  }

  private static boolean isPensionPaid(Benefit b) {
    return b.insuranceType().filter(PENSION_BENEFIT_TYPES::contains).isPresent()
        && b.status().filter(ACTIVE::contains).isPresent();
  }

  /** 2d: female and age ≥ 55, or male and age ≥ 60, at the as-of date; unknown sex: neither. */
  private static boolean retiredByAge(Optional<String> sex, Optional<Integer> age) {
    if (sex.isEmpty() || age.isEmpty()) {
      return false;
    }
    return sex.get().equals("2") ? age.get() >= RETIREMENT_AGE_FEMALE : age.get() >= RETIREMENT_AGE_MALE;
  }

  private static Optional<Boolean> localByNature(String nature) {
    if (LOCAL_NATURES.contains(nature)) {
      return Optional.of(true);
    }
    if (NON_LOCAL_NATURES.contains(nature)) {
      return Optional.of(false);
    }
    // "30–42": the spec writes a range; the table's codes in it are 30–34 and 40–42.
    if (nature.matches("[0-9]{2}")) {
      int code = Integer.parseInt(nature);
      if (code >= NON_LOCAL_NATURE_FROM && code <= NON_LOCAL_NATURE_TO) {
        return Optional.of(false);
      }
    }
    return Optional.empty(); // 10, 20, 50 and anything else say nothing either way
  }

  static Optional<LocalDate> date(String text) {
    try {
      if (text.matches("[0-9]{8}")) {
        return Optional.of(LocalDate.parse(text, BASIC));
      }
      if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        return Optional.of(LocalDate.parse(text, DASHED));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The birth date a citizen number carries (identity.md): {@code YYYYMMDD} at positions 7–14 of
   * 18, {@code YYMMDD} at 7–12 of 15 with the century 19. Choice: shape and date only; the check
   * character is validation's business (every generated number is valid).
   */
  static Optional<LocalDate> numberBirth(String number) {
    if (number.matches("[0-9]{17}[0-9Xx]")) {
      return date(number.substring(6, 14));
    }
    if (number.matches("[0-9]{15}")) {
      return date("19" + number.substring(6, 12));
    }
    return Optional.empty();
  }

  /** The sex a citizen number carries: odd sequence number male (1), even female (2). */
  static Optional<String> numberSex(String number) {
    if (numberBirth(number).isEmpty()) {
      return Optional.empty();
    }
    char digit = number.length() == 18 ? number.charAt(16) : number.charAt(14);
    return Optional.of((digit - '0') % 2 == 1 ? "1" : "2");
  }
}
