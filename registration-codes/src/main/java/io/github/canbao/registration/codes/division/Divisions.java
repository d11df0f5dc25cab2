package io.github.canbao.registration.codes.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An immutable, thread-safe set of GB/T 2260 administrative divisions, looked up by code; the
 * data behind the {@code AAB301} division code and the address code of an identity number.
 *
 * <pre>{@code
 * Divisions divisions = Divisions.bundled();
 * divisions.isKnown("110103");                  // true: 北京市崇文区, abolished in 2010
 * divisions.isValidIn("110103", 2024);          // false
 * divisions.path("440106").map(DivisionPath::names);   // [广东省, 广州市, 天河区]
 * divisions.isKnown(identityNumberText, 0);     // the address code, without allocating
 * }</pre>
 *
 * <p>Every lookup accepts six ASCII digits, or nine (a six-digit code followed by the three-digit
 * township extension of {@code AAB301}), which are looked up by their first six. Anything else
 * is simply not found: lookups never throw for bad text.
 *
 * @since 0.1.0
 */
public final class Divisions {

  private static final String RESOURCE = "divisions.csv";

  /** Every six-digit code has a bit: one array access answers the hot {@code isKnown}. */
  private static final int CODE_SPACE = 1_000_000;

  private final List<Division> divisions;
  private final int[] numbers;
  private final BitSet known;

  private Divisions(List<Division> sortedByCode) {
    this.divisions = List.copyOf(sortedByCode);
    this.numbers = new int[divisions.size()];
    this.known = new BitSet(CODE_SPACE);
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = sixDigits(divisions.get(i).code(), 0);
      known.set(numbers[i]);
    }
  }

  /** Holder idiom: the JVM loads the resource once, on first use, and publishes it safely. */
  private static final class Bundled {
    static final Divisions INSTANCE = load();

    private static Divisions load() {
      try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource missing: " + RESOURCE);
        }
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        // DivisionCsvTest fails the build on any problem, so a problem here cannot come
        // from a released jar; keeping the good rows beats failing every user's run.
        return new Divisions(DivisionCsv.read(reader).divisions());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /**
   * The GB/T 2260 divisions bundled with this library: every code in the ministry's revisions
   * 2002–2016 and in the current list (2022), loaded once on first use.
   *
   * <p>Codes abolished before 2002 are missing. See {@code NOTICE-divisions.txt} for the sources.
   *
   * @return the shared instance
   * @throws java.io.UncheckedIOException if the resource cannot be read (a broken jar)
   * @since 0.1.0
   */
  public static Divisions bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * A set of GB/T 2260 divisions built from the given ones, e.g. a locality's own data or a test
   * fixture.
   *
   * @param divisions the divisions, in any order
   * @return the set, ordered by code
   * @throws NullPointerException if {@code divisions} or an element is null
   * @throws IllegalArgumentException if two divisions have the same code
   * @since 0.1.0
   */
  public static Divisions copyOf(Collection<Division> divisions) {
    List<Division> sorted = new ArrayList<>(divisions);
    sorted.forEach(d -> Objects.requireNonNull(d, "division"));
    sorted.sort(Comparator.comparing(Division::code));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).code().equals(sorted.get(i - 1).code())) {
        throw new IllegalArgumentException("duplicate division code " + sorted.get(i).code());
      }
    }
    return new Divisions(sorted);
  }

  /**
   * The GB/T 2260 division with the given code, whether current or abolished.
   *
   * @param code six digits, or nine ({@code AAB301} with the township extension)
   * @return the division; empty if the text is not such a code or the code is not in the data
   * @throws NullPointerException if {@code code} is null
   * @since 0.1.0
   */
  public Optional<Division> find(CharSequence code) {
    int index = indexOf(areaNumber(Objects.requireNonNull(code, "code")));
    return index < 0 ? Optional.empty() : Optional.of(divisions.get(index));
  }

  /**
   * Whether the GB/T 2260 code was ever in the data (current or abolished).
   *
   * @param code six digits, or nine ({@code AAB301} with the township extension)
   * @return false for text that is not such a code
   * @throws NullPointerException if {@code code} is null
   * @since 0.1.0
   */
  public boolean isKnown(CharSequence code) {
    int number = areaNumber(Objects.requireNonNull(code, "code"));
    return number >= 0 && known.get(number);
  }

  /**
   * Whether the six characters of {@code text} at {@code start} are a GB/T 2260 code that was
   * ever in the data, e.g. the address code at offset 0 of an identity number.
   *
   * <p>This method allocates nothing, so identity-number validation can call it for every record
   * of a large file.
   *
   * @param text any text, e.g. an 18-character identity number
   * @param start the index of the first of the six characters
   * @return false if fewer than six characters follow {@code start} or one is not an ASCII digit
   * @throws NullPointerException if {@code text} is null
   * @throws IndexOutOfBoundsException if {@code start} is negative or beyond the end of the text
   * @since 0.1.0
   */
  public boolean isKnown(CharSequence text, int start) {
    int length = text.length();
    if (start < 0 || start > length) {
      throw new IndexOutOfBoundsException("start " + start + " outside text of length " + length);
    }
    int number = sixDigits(text, start);
    return number >= 0 && known.get(number);
  }

  /**
   * Whether the GB/T 2260 code with the given numeric value was ever in the data, for a caller
   * that has already read the six digits as a number. Allocates nothing.
   *
   * @param code the value of the six digits, e.g. {@code 110105}
   * @return false for a value outside 0–999999 or a code not in the data
   * @since 0.1.0
   */
  public boolean isKnown(int code) {
    return code >= 0 && code < CODE_SPACE && known.get(code);
  }

  /**
   * Whether the data shows the GB/T 2260 code, under any name, in the given year.
   *
   * <p>Years are those of the sources' snapshots (2002–2016, then 2022 for the current list): a
   * code is valid from the first year it was seen to the last, or onwards if it is current.
   * Before 2002 every code answers false.
   *
   * @param code six digits, or nine ({@code AAB301} with the township extension)
   * @param year a calendar year
   * @return false for text that is not such a code, or a code not in the data
   * @throws NullPointerException if {@code code} is null
   * @since 0.1.0
   */
  public boolean isValidIn(CharSequence code, int year) {
    int index = indexOf(areaNumber(Objects.requireNonNull(code, "code")));
    return index >= 0 && divisions.get(index).isValidIn(year);
  }

  /**
   * The names of the province, prefecture and county a GB/T 2260 code stands in.
   *
   * @param code six digits, or nine ({@code AAB301} with the township extension)
   * @return e.g. 北京市 / 市辖区 / 朝阳区 for 110105; empty if the code is not in the data
   * @throws NullPointerException if {@code code} is null
   * @since 0.1.0
   */
  public Optional<DivisionPath> path(CharSequence code) {
    int number = areaNumber(Objects.requireNonNull(code, "code"));
    int index = indexOf(number);
    if (index < 0) {
      return Optional.empty();
    }
    DivisionLevel level = DivisionLevel.ofNumber(number);
    Optional<String> province = nameOf(number / 10_000 * 10_000);
    Optional<String> prefecture =
        level == DivisionLevel.PROVINCE ? Optional.empty() : nameOf(number / 100 * 100);
    Optional<String> county =
        level == DivisionLevel.COUNTY ? Optional.of(divisions.get(index).name()) : Optional.empty();
    return Optional.of(new DivisionPath(province, prefecture, county));
  }

  /**
   * The number of GB/T 2260 codes in the set.
   *
   * @return the number of divisions
   * @since 0.1.0
   */
  public int size() {
    return divisions.size();
  }

  /**
   * All GB/T 2260 divisions, ordered by code.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public List<Division> list() {
    return divisions;
  }

  /**
   * All GB/T 2260 divisions, ordered by code.
   *
   * @return a sequential stream
   * @since 0.1.0
   */
  public Stream<Division> stream() {
    return divisions.stream();
  }

  @Override
  public String toString() {
    return "Divisions[" + divisions.size() + " codes]";
  }

  private Optional<String> nameOf(int number) {
    int index = indexOf(number);
    return index < 0 ? Optional.empty() : Optional.of(divisions.get(index).name());
  }

  private int indexOf(int number) {
    if (number < 0 || !known.get(number)) {
      return -1;
    }
    return Arrays.binarySearch(numbers, number);
  }

  /**
   * The numeric value of the six ASCII digits at {@code start}, or -1 if fewer than six
   * characters follow or one is not an ASCII digit. Full-width and other Unicode digits are
   * refused on purpose, like Guava's {@code Ints.tryParse}.
   */
  static int sixDigits(CharSequence text, int start) {
    if (start < 0 || text.length() - start < 6) {
      return -1;
    }
    int number = 0;
    for (int i = start; i < start + 6; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      number = number * 10 + digit;
    }
    return number;
  }

  /**
   * The numeric value of the six-digit part of an {@code AAB301} code (six ASCII digits, or nine
   * with the township extension), or -1 for any other text.
   */
  static int areaNumber(CharSequence code) {
    int length = code.length();
    if (length != 6 && length != 9) {
      return -1;
    }
    for (int i = 6; i < length; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
    }
    return sixDigits(code, 0);
  }
}
