package io.github.canbao.registration.testkit.identity;

import io.github.canbao.registration.codes.division.Division;
import io.github.canbao.registration.codes.division.DivisionLevel;
import io.github.canbao.registration.codes.division.Divisions;
import io.github.canbao.registration.testkit.Gen;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Citizen identity numbers (GB 11643): valid by default, each option a new generator.
 *
 * <pre>{@code
 * Gen<String> numbers = Identities.citizenNumbers().bornBetween(1950, 1970).female().numbers();
 * Gen<GeneratedIdentity> broken = Identities.citizenNumbers().withDefect(IdentityDefect.CHECK_DIGIT);
 * }</pre>
 *
 * <p>Address codes are drawn from the county-level codes that the bundled GB/T 2260 data lists as
 * current, so a valid number carries no {@code AREA_CODE_UNKNOWN} warning.
 *
 * @since 0.1.0
 */
public final class CitizenNumbers implements Gen<GeneratedIdentity> {

  private static final String CHECKS = "10X98765432";
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  /** Two-digit prefixes that are no province and do not start a foreigner's card ({@code 9}). */
  private static final List<String> NON_PROVINCES =
      List.of("00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72", "80", "84", "89");

  private final LocalDate bornFrom;
  private final LocalDate bornTo;
  private final String sex; // null: either
  private final String division; // null: any current county; two digits: any current county of that province
  private final boolean fifteen;
  private final IdentityDefect defect; // null: valid

  CitizenNumbers(
      LocalDate bornFrom, LocalDate bornTo, String sex, String division, boolean fifteen, IdentityDefect defect) {
    this.bornFrom = bornFrom;
    this.bornTo = bornTo;
    this.sex = sex;
    this.division = division;
    this.fifteen = fifteen;
    this.defect = defect;
  }

  /**
   * Numbers of people born in the years {@code fromYear} to {@code toYear}, both included.
   *
   * @since 0.1.0
   */
  public CitizenNumbers bornBetween(int fromYear, int toYear) {
    return bornBetween(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
  }

  /**
   * Numbers of people born between the two dates, both included.
   *
   * @since 0.1.0
   */
  public CitizenNumbers bornBetween(LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    return new CitizenNumbers(from, to, sex, division, fifteen, defect);
  }

  /**
   * Numbers of men (odd sequence number).
   *
   * @since 0.1.0
   */
  public CitizenNumbers male() {
    return new CitizenNumbers(bornFrom, bornTo, "1", division, fifteen, defect);
  }

  /**
   * Numbers of women (even sequence number).
   *
   * @since 0.1.0
   */
  public CitizenNumbers female() {
    return new CitizenNumbers(bornFrom, bornTo, "2", division, fifteen, defect);
  }

  /**
   * Numbers with this six-digit address code.
   *
   * @since 0.1.0
   */
  public CitizenNumbers inDivision(String code) {
    if (!code.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("a division code has six digits: " + code);
    }
    return new CitizenNumbers(bornFrom, bornTo, sex, code, fifteen, defect);
  }

  /**
   * Numbers registered in a current county of this province, e.g. {@code "44"} (Guangdong).
   *
   * @param province the two-digit GB/T 2260 province code
   * @return the generator
   * @throws IllegalArgumentException if the bundled division data lists no current county there
   * @since 0.1.0
   */
  public CitizenNumbers inProvince(String province) {
    Objects.requireNonNull(province, "province");
    if (!province.matches("[0-9]{2}") || CurrentCounties.in(province).isEmpty()) {
      throw new IllegalArgumentException("no current county in province " + province);
    }
    return new CitizenNumbers(bornFrom, bornTo, sex, province, fifteen, defect);
  }

  /**
   * Old 15-digit numbers (GB 11643-1989). Birth dates are kept within the 1900s, where these numbers
   * exist.
   *
   * @since 0.1.0
   */
  public CitizenNumbers fifteenDigit() {
    LocalDate from = bornFrom.isBefore(LocalDate.of(1900, 1, 1)) ? LocalDate.of(1900, 1, 1) : bornFrom;
    LocalDate to = bornTo.isAfter(LocalDate.of(1999, 12, 31)) ? LocalDate.of(1999, 12, 31) : bornTo;
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("15-digit numbers exist only for births in 1900-1999");
    }
    return new CitizenNumbers(from, to, sex, division, true, defect);
  }

  /**
   * Numbers with exactly this defect.
   *
   * @throws IllegalArgumentException for {@code CHECK_DIGIT} or {@code FUTURE_BIRTH} on 15-digit
   *     numbers, which have neither
   * @since 0.1.0
   */
  public CitizenNumbers withDefect(IdentityDefect newDefect) {
    Objects.requireNonNull(newDefect, "newDefect");
    if (fifteen && (newDefect == IdentityDefect.CHECK_DIGIT || newDefect == IdentityDefect.FUTURE_BIRTH)) {
      throw new IllegalArgumentException(newDefect + " does not apply to 15-digit numbers");
    }
    return new CitizenNumbers(bornFrom, bornTo, sex, division, fifteen, newDefect);
  }

  /**
   * Numbers each with one defect, drawn from those this form can carry (a 15-digit number has no
   * check character and no future birth); {@link GeneratedIdentity#defect()} says which.
   *
   * @return the generator
   * @since 0.1.0
   */
  public Gen<GeneratedIdentity> withAnyDefect() {
    List<CitizenNumbers> each = java.util.Arrays.stream(IdentityDefect.values())
        .filter(d -> !fifteen || (d != IdentityDefect.CHECK_DIGIT && d != IdentityDefect.FUTURE_BIRTH))
        .map(this::withDefect)
        .toList();
    return random -> each.get(random.nextInt(each.size())).next(random);
  }

  /**
   * Numbers for which a parser reports exactly the error {@code code} ({@code ID_LENGTH}, {@code
   * ID_CHARSET}, {@code ID_BIRTH_DATE}, {@code ID_PROVINCE} or {@code ID_CHECK_DIGIT}), drawn from
   * the defects that produce it ({@link IdentityDefect#producing(String)}).
   *
   * @param code the error code
   * @return the generator
   * @throws IllegalArgumentException if no defect this form can carry produces {@code code}
   * @since 0.1.0
   */
  public Gen<GeneratedIdentity> withError(String code) {
    List<CitizenNumbers> each = IdentityDefect.producing(code).stream()
        .filter(d -> !fifteen || (d != IdentityDefect.CHECK_DIGIT && d != IdentityDefect.FUTURE_BIRTH))
        .map(this::withDefect)
        .toList();
    if (each.isEmpty()) {
      throw new IllegalArgumentException("no defect of a " + (fifteen ? "15" : "18") + "-character number produces " + code);
    }
    return random -> each.get(random.nextInt(each.size())).next(random);
  }

  /**
   * The numbers alone, as text.
   *
   * @since 0.1.0
   */
  public Gen<String> numbers() {
    return map(GeneratedIdentity::number);
  }

  @Override
  public GeneratedIdentity next(RandomGenerator random) {
    LocalDate birth =
        LocalDate.ofEpochDay(random.nextLong(bornFrom.toEpochDay(), bornTo.toEpochDay() + 1));
    String chosenSex = sex != null ? sex : (random.nextBoolean() ? "1" : "2");
    String area = division == null ? CurrentCounties.pick(random, CurrentCounties.CODES)
        : division.length() == 2 ? CurrentCounties.pick(random, CurrentCounties.in(division))
        : division;
    int sequence = random.nextInt(500) * 2 + ("1".equals(chosenSex) ? 1 : 0);
    String date = String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
    if (defect == IdentityDefect.FUTURE_BIRTH) {
      date = String.format("%04d%s", 2090 + random.nextInt(10), date.substring(4));
      if (date.endsWith("0229")) {
        date = date.substring(0, 6) + "28";
      }
    } else if (defect == IdentityDefect.BIRTH_DATE) {
      date = impossibleDate(birth.getYear(), random);
    }
    if (defect == IdentityDefect.PROVINCE) {
      area = NON_PROVINCES.get(random.nextInt(NON_PROVINCES.size())) + area.substring(2);
    }
    StringBuilder number = new StringBuilder(18);
    number.append(area).append(fifteen ? date.substring(2) : date).append(String.format("%03d", sequence));
    if (!fifteen) {
      number.append(check(number));
    }
    switch (defect == null ? IdentityDefect.FUTURE_BIRTH : defect) {
      case CHECK_DIGIT -> {
        char right = number.charAt(17);
        char wrong;
        do {
          wrong = CHECKS.charAt(random.nextInt(CHECKS.length()));
        } while (wrong == right);
        number.setCharAt(17, wrong);
      }
      case LENGTH -> {
        if (random.nextBoolean()) {
          number.deleteCharAt(random.nextInt(number.length()));
        } else {
          number.insert(random.nextInt(number.length() + 1), (char) ('0' + random.nextInt(10)));
        }
      }
      case CHARSET -> number.setCharAt(random.nextInt(number.length() - 1), (char) ('A' + random.nextInt(23)));
      default -> { }
    }
    return new GeneratedIdentity(number.toString(), birth, chosenSex, area, Optional.ofNullable(defect));
  }

  @Override
  public String toString() {
    return "CitizenNumbers[born " + bornFrom + " to " + bornTo + (sex == null ? "" : ", sex " + sex)
        + (division == null ? "" : ", " + division) + (fifteen ? ", 15 digits" : "")
        + (defect == null ? "" : ", " + defect) + "]";
  }

  /** The GB 11643-1999 check character of the first 17 characters. */
  static char check(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECKS.charAt(sum % 11);
  }

  private static String impossibleDate(int year, RandomGenerator random) {
    int y = year;
    return switch (random.nextInt(4)) {
      case 0 -> String.format("%04d13%02d", y, 1 + random.nextInt(28));
      case 1 -> String.format("%04d%02d00", y, 1 + random.nextInt(12));
      case 2 -> String.format("%04d0230", y);
      default -> {
        // 29 February of a common year: move to the nearest common year in the same century, so a
        // 15-digit number (which drops the century) stays impossible too.
        while (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) {
          y++;
        }
        yield String.format("%04d0229", y);
      }
    };
  }

  /** The current county-level codes of the bundled data, read once. */
  private static final class CurrentCounties {
    private static final List<String> CODES =
        Divisions.bundled().stream()
            .filter(Division::isCurrent)
            .filter(d -> d.level() == DivisionLevel.COUNTY)
            .map(Division::code)
            .sorted()
            .toList();

    private static final java.util.Map<String, List<String>> BY_PROVINCE =
        CODES.stream().collect(java.util.stream.Collectors.groupingBy(c -> c.substring(0, 2)));

    static List<String> in(String province) {
      return BY_PROVINCE.getOrDefault(province, List.of());
    }

    static String pick(RandomGenerator random, List<String> codes) {
      return codes.get(random.nextInt(codes.size()));
    }
  }
}
