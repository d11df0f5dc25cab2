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
  private final String division; // null: any current county
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

  /** Numbers of people born in the years {@code fromYear} to {@code toYear}, both included. */
  public CitizenNumbers bornBetween(int fromYear, int toYear) {
    return bornBetween(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
  }

  /** Numbers of people born between the two dates, both included. */
  public CitizenNumbers bornBetween(LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    return new CitizenNumbers(from, to, sex, division, fifteen, defect);
  }

  /** Numbers of men (odd sequence number). */
  public CitizenNumbers male() {
    return new CitizenNumbers(bornFrom, bornTo, "1", division, fifteen, defect);
  }

  /** Numbers of women (even sequence number). */
  public CitizenNumbers female() {
    return new CitizenNumbers(bornFrom, bornTo, "2", division, fifteen, defect);
  }

  /** Numbers with this six-digit address code. */
  public CitizenNumbers inDivision(String code) {
    if (!code.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("a division code has six digits: " + code);
    }
    return new CitizenNumbers(bornFrom, bornTo, sex, code, fifteen, defect);
  }

  /**
   * Old 15-digit numbers (GB 11643-1989). Birth dates are kept within the 1900s, where these numbers
   * exist.
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
   */
  public CitizenNumbers withDefect(IdentityDefect newDefect) {
    Objects.requireNonNull(newDefect, "newDefect");
    if (fifteen && (newDefect == IdentityDefect.CHECK_DIGIT || newDefect == IdentityDefect.FUTURE_BIRTH)) {
      throw new IllegalArgumentException(newDefect + " does not apply to 15-digit numbers");
    }
    return new CitizenNumbers(bornFrom, bornTo, sex, division, fifteen, newDefect);
  }

  /** The numbers alone, as text. */
  public Gen<String> numbers() {
    return map(GeneratedIdentity::number);
  }

  @Override
  public GeneratedIdentity next(RandomGenerator random) {
    LocalDate birth =
        LocalDate.ofEpochDay(random.nextLong(bornFrom.toEpochDay(), bornTo.toEpochDay() + 1));
    String chosenSex = sex != null ? sex : (random.nextBoolean() ? "1" : "2");
    String area = division != null ? division : CurrentCounties.pick(random);
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

    static String pick(RandomGenerator random) {
      return CODES.get(random.nextInt(CODES.size()));
    }
  }
}
