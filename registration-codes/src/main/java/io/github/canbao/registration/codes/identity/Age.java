package io.github.canbao.registration.codes.identity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An age in whole years (周岁) with {@link java.time.Period} semantics: a birthday is reached on the
 * day itself, and a person born on 29 February reaches it on 1 March in a common year.
 *
 * <pre>{@code
 * Age.between(LocalDate.of(2016, 9, 1), LocalDate.of(2026, 8, 31)).years();  // 9
 * }</pre>
 *
 * @param years whole years, never negative
 * @since 0.1.0
 */
public record Age(int years) {

  /**
   * Checks that the age is not negative.
   *
   * @throws IllegalArgumentException if {@code years} is negative
   */
  public Age {
    if (years < 0) {
      throw new IllegalArgumentException("an age is never negative: " + years);
    }
  }

  /**
   * The age of a person born on {@code birthDate} at {@code date}; zero when the date is before the
   * birth date (a person not yet born has no age to speak of, and derivation rules should not fail).
   *
   * @since 0.1.0
   */
  public static Age between(LocalDate birthDate, LocalDate date) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(date, "date");
    return new Age(wholeYears(birthDate, date));
  }

  /**
   * The same as {@link #between} without allocating: whole years from {@code birthDate} to {@code
   * date}, zero when {@code date} is earlier.
   *
   * @since 0.1.0
   */
  public static int wholeYears(LocalDate birthDate, LocalDate date) {
    int years = date.getYear() - birthDate.getYear();
    // Comparing (month, day) pairs gives Period's answer, 29 Feb included: on 28 Feb of a common
    // year (2, 28) < (2, 29), so the birthday is not reached until 1 March.
    if (date.getMonthValue() < birthDate.getMonthValue()
        || (date.getMonthValue() == birthDate.getMonthValue()
            && date.getDayOfMonth() < birthDate.getDayOfMonth())) {
      years--;
    }
    return Math.max(years, 0);
  }

  /**
   * Whether this age is at least {@code threshold} years.
   *
   * @since 0.1.0
   */
  public boolean atLeast(int threshold) {
    return years >= threshold;
  }
}
