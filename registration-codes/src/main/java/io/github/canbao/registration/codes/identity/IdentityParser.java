package io.github.canbao.registration.codes.identity;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.division.Divisions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and validates social security numbers ({@code AAC002} 社会保障号码) of every {@link
 * IdentityKind}, by the rules of GB 11643-1999 and {@code identity.md}. Immutable and thread-safe;
 * each option returns a new parser.
 *
 * <pre>{@code
 * IdentityParser parser = IdentityParser.standard().asOf(LocalDate.of(2026, 11, 23));
 * ParseResult<IdentityNumber> result = parser.parse("110105491231002");
 * boolean ok = parser.isValid("11010519491231002X");   // allocation-free
 * IdentityParser strict = parser.strict();             // lower-case x and unknown areas are errors
 * }</pre>
 *
 * <p>What is checked, each failure a distinct {@link IdentityProblem}: the length; the characters
 * (digits, a final {@code X}; a lower-case {@code x} and full-width characters are normalised, or
 * rejected in strict mode); a known province prefix; a real birth date from 1880-01-01 up to the
 * as-of date; the MOD 11-2 check character; the address code against the GB/T 2260 data (a warning
 * by default, an error in strict mode, because the data cannot be complete for the 1980s–90s).
 *
 * @since 0.1.0
 */
public final class IdentityParser {

  /**
   * The earliest birth date a number may carry ({@code identity.md}): nobody alive when the cards
   * were issued was born earlier.
   *
   * @since 0.1.0
   */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1880, 1, 1);

  /**
   * The zone in which "today" is read when no as-of date is set.
   *
   * @since 0.1.0
   */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  static final String INDICATOR = "AAC002";
  static final String FIELD = "aac002";

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_FOR_REMAINDER = "10X98765432".toCharArray();

  /** Province prefixes of {@code identity.md}: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81–83. */
  private static final boolean[] PROVINCES = provinces("11-15 21-23 31-37 41-46 50-54 61-65 71 81-83");

  private static final IdentityParser STANDARD =
      new IdentityParser(false, null, null, List.of());

  // Results are packed into one long so that isValid allocates nothing: the low 32 bits hold the
  // errors, the high 32 bits the warnings, one bit per IdentityProblem ordinal.
  private static final int WARNING_SHIFT = 32;

  private final boolean strict;
  private final LocalDate asOf; // null: today in China, read per call
  private final Divisions divisions; // null: the bundled data, looked up lazily
  private final List<IdentityPattern> patterns;

  private IdentityParser(
      boolean strict, LocalDate asOf, Divisions divisions, List<IdentityPattern> patterns) {
    this.strict = strict;
    this.asOf = asOf;
    this.divisions = divisions;
    this.patterns = patterns;
  }

  /**
   * The default parser: lenient (a lower-case {@code x} and full-width characters are normalised, an
   * unknown address code is a warning), as of today in China, with the bundled division data and no
   * locality kinds.
   *
   * @since 0.1.0
   */
  public static IdentityParser standard() {
    return STANDARD;
  }

  /**
   * A parser that rejects a lower-case letter or a full-width character ({@code ID_CHARSET}) and treats {@code AREA_CODE_UNKNOWN} as an error.
   *
   * @since 0.1.0
   */
  public IdentityParser strict() {
    return new IdentityParser(true, asOf, divisions, patterns);
  }

  /**
   * A parser with the default leniency.
   *
   * @since 0.1.0
   */
  public IdentityParser lenient() {
    return new IdentityParser(false, asOf, divisions, patterns);
  }

  /**
   * A parser that rejects birth dates after {@code date} instead of after today.
   *
   * @since 0.1.0
   */
  public IdentityParser asOf(LocalDate date) {
    return new IdentityParser(strict, Objects.requireNonNull(date, "date"), divisions, patterns);
  }

  /**
   * A parser that checks address codes against other division data.
   *
   * @since 0.1.0
   */
  public IdentityParser withDivisions(Divisions data) {
    return new IdentityParser(strict, asOf, Objects.requireNonNull(data, "data"), patterns);
  }

  /**
   * A parser that also recognises a locality's own kinds. A number that matches one of the patterns
   * is of that kind (tried before the built-in kinds, in the order given).
   *
   * @since 0.1.0
   */
  public IdentityParser withPatterns(List<IdentityPattern> localityPatterns) {
    List<IdentityPattern> all = new ArrayList<>(patterns);
    all.addAll(localityPatterns);
    return new IdentityParser(strict, asOf, divisions, List.copyOf(all));
  }

  /**
   * Whether this parser is strict.
   *
   * @since 0.1.0
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Reads {@code text} into an identity number, or reports why it cannot. Never throws for bad text.
   *
   * @throws NullPointerException if {@code text} is null
   * @since 0.1.0
   */
  public ParseResult<IdentityNumber> parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int from = firstNonSpace(text);
    int to = lastNonSpace(text, from);
    IdentityPattern pattern = matchingPattern(text, from, to);
    IdentityKind kind = pattern != null ? IdentityKind.LOCALITY_DEFINED : kindOf(text, from, to);
    long problems = pattern != null ? checkPattern(pattern, text, from, to) : check(text, from, to, kind);
    String normalised = normalise(text, from, to);
    List<Violation> errors = violations((int) problems, Severity.ERROR, normalised);
    List<Violation> warnings = violations((int) (problems >>> WARNING_SHIFT), Severity.WARNING, normalised);
    if (!errors.isEmpty()) {
      return ParseResult.invalid(errors, warnings);
    }
    return ParseResult.valid(
        new IdentityNumber(normalised, kind, pattern == null ? null : pattern.name()), warnings);
  }

  /**
   * Whether {@code text} is a valid number of any kind. Allocates nothing when no locality pattern
   * is set: this runs tens of millions of times in a batch.
   *
   * @throws NullPointerException if {@code text} is null
   * @since 0.1.0
   */
  public boolean isValid(CharSequence text) {
    int from = firstNonSpace(text);
    int to = lastNonSpace(text, from);
    IdentityPattern pattern = matchingPattern(text, from, to);
    long problems =
        pattern != null
            ? checkPattern(pattern, text, from, to)
            : check(text, from, to, kindOf(text, from, to));
    return (int) problems == 0;
  }

  /**
   * The kind {@code text} has by its shape (and this parser's locality patterns), whether or not it
   * is valid.
   *
   * @since 0.1.0
   */
  public IdentityKind kindOf(CharSequence text) {
    int from = firstNonSpace(text);
    int to = lastNonSpace(text, from);
    if (matchingPattern(text, from, to) != null) {
      return IdentityKind.LOCALITY_DEFINED;
    }
    return kindOf(text, from, to);
  }

  /**
   * Reads {@code text} and upgrades a 15-digit citizen number to its 18-character form (GB 11643-1999:
   * {@code 19} inserted before the birth date, check character appended). A valid number of any
   * other kind comes back normalised; an invalid one with its errors.
   *
   * @since 0.1.0
   */
  public ParseResult<IdentityNumber> upgrade(CharSequence text) {
    ParseResult<IdentityNumber> result = parse(text);
    if (result instanceof ParseResult.Valid<IdentityNumber> valid
        && valid.value().kind() == IdentityKind.CITIZEN_15) {
      return ParseResult.valid(valid.value().upgrade(), valid.warnings());
    }
    return result;
  }

  /**
   * The text as this library stores it: surrounding white space removed, full-width digits and
   * letters folded to ASCII, letters upper-cased. Does not validate.
   *
   * @since 0.1.0
   */
  public static String normalise(CharSequence text) {
    int from = firstNonSpace(text);
    return normalise(text, from, lastNonSpace(text, from));
  }

  // ---------------------------------------------------------------------------------------------
  // The scanner. Everything below works on the characters in place, without copying.

  static IdentityKind kindOf(CharSequence s, int from, int to) {
    int n = to - from;
    if (n == 18) {
      char c0 = fold(s.charAt(from));
      if (c0 == '9') {
        return IdentityKind.FOREIGN_PERMANENT_2023;
      }
      if (isSarPrefix(s, from)) {
        char c1 = fold(s.charAt(from + 1));
        if (c0 == '8' && c1 == '1') {
          return IdentityKind.RESIDENCE_PERMIT_HK;
        }
        if (c0 == '8' && c1 == '2') {
          return IdentityKind.RESIDENCE_PERMIT_MO;
        }
        if (c0 == '8' && c1 == '3') {
          return IdentityKind.RESIDENCE_PERMIT_TW;
        }
      }
      return IdentityKind.CITIZEN_18;
    }
    if (n == 15) {
      if (isLetter(fold(s.charAt(from)))
          && isLetter(fold(s.charAt(from + 1)))
          && isLetter(fold(s.charAt(from + 2)))) {
        return IdentityKind.FOREIGN_PERMANENT_2004;
      }
      return IdentityKind.CITIZEN_15;
    }
    return IdentityKind.UNKNOWN;
  }

  /** 8x0000: the address code every residence permit of a SAR or Taiwan resident carries. */
  private static boolean isSarPrefix(CharSequence s, int from) {
    for (int i = 2; i < 6; i++) {
      if (fold(s.charAt(from + i)) != '0') {
        return false;
      }
    }
    return true;
  }

  private long check(CharSequence s, int from, int to, IdentityKind kind) {
    return switch (kind) {
      case CITIZEN_18, RESIDENCE_PERMIT_HK, RESIDENCE_PERMIT_MO, RESIDENCE_PERMIT_TW ->
          checkEighteen(s, from, kind);
      case FOREIGN_PERMANENT_2023 -> checkForeign2023(s, from);
      case CITIZEN_15 -> checkFifteen(s, from);
      case FOREIGN_PERMANENT_2004 -> checkForeign2004(s, from);
      case LOCALITY_DEFINED, UNKNOWN -> bit(IdentityProblem.ID_LENGTH);
    };
  }

  private long checkEighteen(CharSequence s, int from, IdentityKind kind) {
    long charset = charsetOfEighteen(s, from);
    if (charset != 0) {
      return charset;
    }
    long problems = 0;
    boolean provinceKnown = PROVINCES[digit(s, from) * 10 + digit(s, from + 1)];
    if (!provinceKnown) {
      problems |= bit(IdentityProblem.ID_PROVINCE);
    }
    int ymd = number(s, from + 6, 8);
    if (!isBirthDate(ymd)) {
      problems |= bit(IdentityProblem.ID_BIRTH_DATE);
    }
    if (checkCharacter(s, from) != upper(fold(s.charAt(from + 17)))) {
      problems |= bit(IdentityProblem.ID_CHECK_DIGIT);
    }
    // A residence permit's 8x0000 is a fixed marker, not a place, so only citizen numbers are
    // looked up in the division data.
    if (provinceKnown && kind == IdentityKind.CITIZEN_18) {
      problems |= area(number(s, from, 6));
    }
    return problems;
  }

  private long checkForeign2023(CharSequence s, int from) {
    // Only the shape and the MOD 11-2 check are public for the 2023 card; its birth date is read
    // when present but not enforced (docs/decisions/0004-identity-numbers.md).
    long charset = charsetOfEighteen(s, from);
    if (charset != 0) {
      return charset;
    }
    return checkCharacter(s, from) != upper(fold(s.charAt(from + 17)))
        ? bit(IdentityProblem.ID_CHECK_DIGIT)
        : 0;
  }

  private long charsetOfEighteen(CharSequence s, int from) {
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(from + i);
      if (!isDigit(fold(c)) || (strict && c != fold(c))) {
        return bit(IdentityProblem.ID_CHARSET);
      }
    }
    char last = s.charAt(from + 17);
    char folded = fold(last);
    boolean ok = isDigit(folded) || folded == 'X' || folded == 'x';
    if (!ok || (strict && (last != folded || folded == 'x'))) {
      return bit(IdentityProblem.ID_CHARSET);
    }
    return 0;
  }

  private long checkFifteen(CharSequence s, int from) {
    for (int i = 0; i < 15; i++) {
      char c = s.charAt(from + i);
      if (!isDigit(fold(c)) || (strict && c != fold(c))) {
        return bit(IdentityProblem.ID_CHARSET);
      }
    }
    long problems = 0;
    boolean provinceKnown = PROVINCES[digit(s, from) * 10 + digit(s, from + 1)];
    if (!provinceKnown) {
      problems |= bit(IdentityProblem.ID_PROVINCE);
    }
    // GB 11643-1989 numbers were issued to people born in the 1900s: the century is always 19.
    int ymd = 19_000_000 + number(s, from + 6, 6);
    if (!isBirthDate(ymd)) {
      problems |= bit(IdentityProblem.ID_BIRTH_DATE);
    }
    if (provinceKnown) {
      problems |= area(number(s, from, 6));
    }
    return problems;
  }

  private long checkForeign2004(CharSequence s, int from) {
    for (int i = 0; i < 15; i++) {
      char c = s.charAt(from + i);
      char folded = fold(c);
      boolean ok = i < 3 ? isLetter(folded) : isDigit(folded);
      if (!ok || (strict && (c != folded || (i < 3 && folded >= 'a')))) {
        return bit(IdentityProblem.ID_CHARSET);
      }
    }
    return bit(IdentityProblem.ID_NOT_VERIFIABLE) << WARNING_SHIFT;
  }

  private long checkPattern(IdentityPattern pattern, CharSequence s, int from, int to) {
    if (pattern.check() == IdentityPattern.Check.NONE) {
      return bit(IdentityProblem.ID_NOT_VERIFIABLE) << WARNING_SHIFT;
    }
    int n = to - from;
    int sum = 0;
    int weight = 1;
    // ISO 7064 MOD 11-2 for any length: the weight of a digit is 2^k mod 11, k counted from the
    // check character; GB 11643's weight table is this for 17 digits. Letters (a prefix such as a
    // province's own marker) carry no weight: the pattern has already fixed them.
    for (int i = n - 2; i >= 0; i--) {
      char c = fold(s.charAt(from + i));
      if (isDigit(c)) {
        weight = (weight * 2) % 11;
        sum += (c - '0') * weight;
      }
    }
    return CHECK_FOR_REMAINDER[sum % 11] == upper(fold(s.charAt(to - 1)))
        ? 0
        : bit(IdentityProblem.ID_CHECK_DIGIT);
  }

  private IdentityPattern matchingPattern(CharSequence s, int from, int to) {
    if (patterns.isEmpty()) {
      return null;
    }
    String normalised = normalise(s, from, to);
    for (IdentityPattern pattern : patterns) {
      if (pattern.matches(normalised)) {
        return pattern;
      }
    }
    return null;
  }

  private long area(int code) {
    Divisions data = divisions != null ? divisions : Divisions.bundled();
    if (data.isKnown(code)) {
      return 0;
    }
    long bit = bit(IdentityProblem.AREA_CODE_UNKNOWN);
    return strict ? bit : bit << WARNING_SHIFT;
  }

  private boolean isBirthDate(int ymd) {
    int year = ymd / 10_000;
    int month = ymd / 100 % 100;
    int day = ymd % 100;
    if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return false;
    }
    return ymd >= EARLIEST_YMD && ymd <= asOfYmd();
  }

  private static final int EARLIEST_YMD = ymd(EARLIEST_BIRTH_DATE);

  private int asOfYmd() {
    return asOf != null ? ymd(asOf) : Today.ymd();
  }

  static char checkCharacter(CharSequence s, int from) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (fold(s.charAt(from + i)) - '0') * WEIGHTS[i];
    }
    return CHECK_FOR_REMAINDER[sum % 11];
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Folds full-width digits and Latin letters (U+FF10…U+FF5A) to ASCII; other characters pass. */
  static char fold(char c) {
    if (c >= '\uFF10' && c <= '\uFF5A') {
      char ascii = (char) (c - 0xFEE0);
      if (isDigit(ascii) || isLetter(ascii)) {
        return ascii;
      }
    }
    return c;
  }

  private static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static int digit(CharSequence s, int index) {
    return fold(s.charAt(index)) - '0';
  }

  private static int number(CharSequence s, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      value = value * 10 + digit(s, i);
    }
    return value;
  }

  private static boolean isSpace(char c) {
    return c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }

  private static int firstNonSpace(CharSequence s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lastNonSpace(CharSequence s, int from) {
    int i = s.length();
    while (i > from && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static String normalise(CharSequence s, int from, int to) {
    char[] chars = new char[to - from];
    for (int i = from; i < to; i++) {
      chars[i - from] = upper(fold(s.charAt(i)));
    }
    return new String(chars);
  }

  private static long bit(IdentityProblem problem) {
    return 1L << problem.ordinal();
  }

  private static List<Violation> violations(int bits, Severity severity, String normalised) {
    if (bits == 0) {
      return List.of();
    }
    List<Violation> list = new ArrayList<>(2);
    Map<String, String> arguments = Map.of("value", IdentityNumber.mask(normalised));
    for (IdentityProblem problem : IdentityProblem.values()) {
      if ((bits & (1 << problem.ordinal())) != 0) {
        list.add(new Violation(problem.name(), INDICATOR, FIELD, severity, arguments));
      }
    }
    return List.copyOf(list);
  }

  static int ymd(LocalDate date) {
    return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  private static boolean[] provinces(String ranges) {
    boolean[] known = new boolean[100];
    for (String range : ranges.split(" ")) {
      String[] ends = range.split("-");
      int first = Integer.parseInt(ends[0]);
      int last = Integer.parseInt(ends[ends.length - 1]);
      for (int p = first; p <= last; p++) {
        known[p] = true;
      }
    }
    return known;
  }

  /**
   * Today's date in China as {@code yyyymmdd}, recomputed once a day rather than per call, so that
   * the default parser's hot path does not allocate.
   */
  private static final class Today {
    private static volatile long[] cache = {Long.MAX_VALUE, Long.MIN_VALUE, 0};

    static int ymd() {
      long now = System.currentTimeMillis();
      long[] c = cache;
      if (now >= c[0] && now < c[1]) {
        return (int) c[2];
      }
      ZonedDateTime start = LocalDate.now(CHINA).atStartOfDay(CHINA);
      long startMillis = start.toInstant().toEpochMilli();
      long endMillis = start.plusDays(1).toInstant().toEpochMilli();
      int today = IdentityParser.ymd(start.toLocalDate());
      cache = new long[] {startMillis, endMillis, today};
      return today;
    }
  }
}
