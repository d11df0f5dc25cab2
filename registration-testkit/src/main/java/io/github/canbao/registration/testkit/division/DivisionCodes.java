package io.github.canbao.registration.testkit.division;

import io.github.canbao.registration.codes.division.Division;
import io.github.canbao.registration.codes.division.DivisionLevel;
import io.github.canbao.registration.codes.division.Divisions;
import io.github.canbao.registration.testkit.Gen;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Division codes (GB/T 2260) drawn from the bundled division data: codes that exist now or existed
 * in a given year, at a level, in a province. Each option returns a new generator that draws from
 * the divisions matching all the options so far.
 *
 * <pre>{@code
 * Gen<String> counties = DivisionCodes.existing().counties().inProvince("44").validIn(2005);
 * Gen<String> gone = DivisionCodes.existing().abolished();          // AREA_CODE_UNKNOWN never, still valid on old cards
 * Gen<String> unknown = DivisionCodes.unknown();                     // a known province, a code the data lacks
 * }</pre>
 *
 * <p>The data begins with the 2002 revision, so {@link #validIn(int)} for an earlier year matches
 * nothing and throws.
 *
 * @since 0.1.0
 */
public final class DivisionCodes implements Gen<String> {

  private final List<Division> candidates;
  private final String description;

  private DivisionCodes(List<Division> candidates, String description) {
    this.candidates = candidates;
    this.description = description;
  }

  /**
   * Codes of every division the bundled data lists, current or abolished, at any level.
   *
   * @return the generator
   * @since 0.1.0
   */
  public static DivisionCodes existing() {
    return new DivisionCodes(Divisions.bundled().list(), "existing");
  }

  /**
   * Six-digit codes whose province is known but which the bundled data does not list, so that an
   * identity number carrying one gets the warning {@code AREA_CODE_UNKNOWN}: a county number
   * ({@code 71}–{@code 99}) no division of the data uses, in a province the data has.
   *
   * @return the generator
   * @since 0.1.0
   */
  public static Gen<String> unknown() {
    return Unknown.GEN;
  }

  /**
   * Only divisions that existed in {@code year} (under any name).
   *
   * @param year the calendar year
   * @return the generator
   * @throws IllegalArgumentException if no division matches (any year before 2002, when the data begins)
   * @since 0.1.0
   */
  public DivisionCodes validIn(int year) {
    return narrow(d -> d.isValidIn(year), "valid in " + year);
  }

  /**
   * Only divisions in the current list.
   *
   * @return the generator
   * @since 0.1.0
   */
  public DivisionCodes current() {
    return narrow(Division::isCurrent, "current");
  }

  /**
   * Only divisions abolished since 2002: no longer in the current list, still valid on the
   * identity numbers issued while they existed.
   *
   * @return the generator
   * @since 0.1.0
   */
  public DivisionCodes abolished() {
    return narrow(d -> !d.isCurrent(), "abolished");
  }

  /**
   * Only county-level divisions (县级), the level an identity number's address code has.
   *
   * @return the generator
   * @since 0.1.0
   */
  public DivisionCodes counties() {
    return level(DivisionLevel.COUNTY);
  }

  /**
   * Only divisions of this level.
   *
   * @param level the level
   * @return the generator
   * @since 0.1.0
   */
  public DivisionCodes level(DivisionLevel level) {
    Objects.requireNonNull(level, "level");
    return narrow(d -> d.level() == level, level.name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Only divisions of this province.
   *
   * @param province the two-digit province code, e.g. {@code "44"}
   * @return the generator
   * @throws IllegalArgumentException if no division matches
   * @since 0.1.0
   */
  public DivisionCodes inProvince(String province) {
    Objects.requireNonNull(province, "province");
    return narrow(d -> d.code().startsWith(province), "in province " + province);
  }

  /**
   * The divisions themselves, with their names and years.
   *
   * @return the generator
   * @since 0.1.0
   */
  public Gen<Division> divisions() {
    return random -> candidates.get(random.nextInt(candidates.size()));
  }

  @Override
  public String next(RandomGenerator random) {
    return candidates.get(random.nextInt(candidates.size())).code();
  }

  private DivisionCodes narrow(Predicate<Division> condition, String what) {
    List<Division> left = candidates.stream().filter(condition).toList();
    String narrowed = description + ", " + what;
    if (left.isEmpty()) {
      // Failing here, not at the first draw, names the option that emptied the choice.
      throw new IllegalArgumentException("no division of the bundled data is " + narrowed);
    }
    return new DivisionCodes(left, narrowed);
  }

  @Override
  public String toString() {
    return "DivisionCodes[" + description + ", " + candidates.size() + " divisions]";
  }

  /** The unknown codes, computed once from the bundled data. */
  private static final class Unknown {
    private static final List<String> CODES = codes();
    static final Gen<String> GEN = random -> CODES.get(random.nextInt(CODES.size()));

    private static List<String> codes() {
      Divisions data = Divisions.bundled();
      return data.stream()
          .filter(d -> d.level() == DivisionLevel.PREFECTURE)
          .map(d -> d.code().substring(0, 4))
          .distinct()
          .flatMap(prefix -> java.util.stream.IntStream.rangeClosed(71, 99).mapToObj(n -> prefix + n))
          .filter(code -> !data.isKnown(code))
          .sorted()
          .toList();
    }
  }
}
