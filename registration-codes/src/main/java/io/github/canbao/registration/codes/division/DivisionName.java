package io.github.canbao.registration.codes.division;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One name a GB/T 2260 division bore, and the years in which the data shows it under that name.
 *
 * <p>Years are those of the sources' snapshots: the ministry revisions 2002–2016 and the current
 * list (see {@code docs/decisions/0002-division-data.md}). {@code validFrom} is the first year the
 * name was seen, so the name may be older; {@code validTo} is the last year it was seen, and is
 * empty while the name is current.
 *
 * @param name the Chinese name, e.g. {@code 崇文区}
 * @param validFrom the first year in which the data shows the name
 * @param validTo the last year in which the data shows the name; empty if it is still current
 * @since 0.1.0
 */
public record DivisionName(String name, int validFrom, OptionalInt validTo) {

  /**
   * Checks the period.
   *
   * @param name the Chinese name
   * @param validFrom the first year in which the data shows the name
   * @param validTo the last year in which the data shows the name; empty if still current
   * @throws NullPointerException if {@code name} or {@code validTo} is null
   * @throws IllegalArgumentException if {@code name} is blank or {@code validTo} is before
   *     {@code validFrom}
   */
  public DivisionName {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(validTo, "validTo");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a division name must not be blank");
    }
    if (validTo.isPresent() && validTo.getAsInt() < validFrom) {
      throw new IllegalArgumentException(
          String.format("validTo %s is before validFrom %s", validTo.getAsInt(), validFrom));
    }
  }

  /**
   * A name that is still in use.
   *
   * @param name the Chinese name
   * @param validFrom the first year in which the data shows it
   * @return the name, with an empty {@code validTo}
   * @since 0.1.0
   */
  public static DivisionName current(String name, int validFrom) {
    return new DivisionName(name, validFrom, OptionalInt.empty());
  }

  /**
   * A name that is no longer in use.
   *
   * @param name the Chinese name
   * @param validFrom the first year in which the data shows it
   * @param validTo the last year in which the data shows it
   * @return the name
   * @throws IllegalArgumentException if {@code validTo} is before {@code validFrom}
   * @since 0.1.0
   */
  public static DivisionName between(String name, int validFrom, int validTo) {
    return new DivisionName(name, validFrom, OptionalInt.of(validTo));
  }

  /**
   * Whether the name is still in use.
   *
   * @return true if {@code validTo} is empty
   * @since 0.1.0
   */
  public boolean isCurrent() {
    return validTo.isEmpty();
  }

  /**
   * Whether the data shows the name in the given year.
   *
   * @param year a calendar year
   * @return true if {@code validFrom <= year} and the name is current or {@code year <= validTo}
   * @since 0.1.0
   */
  public boolean isValidIn(int year) {
    return year >= validFrom && (validTo.isEmpty() || year <= validTo.getAsInt());
  }
}
