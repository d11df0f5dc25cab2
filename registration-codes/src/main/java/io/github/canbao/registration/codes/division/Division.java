package io.github.canbao.registration.codes.division;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One GB/T 2260 administrative division (行政区划): its six-digit code, the names it bore over
 * time, and the division it belongs to.
 *
 * <p>A code keeps its history: 420600 was 襄樊市 until 2010 and 襄阳市 since 2011, so it has two
 * {@link DivisionName}s, oldest first. {@link #name()} is the latest one.
 *
 * @param code the six-digit GB/T 2260 code, e.g. {@code 110105}
 * @param names the names over time, oldest first, never empty
 * @param parentCode the code of the enclosing division: the province for a prefecture, the
 *     prefecture (or grouping such as 省直辖县级行政区划, else the province) for a county; empty
 *     for a province
 * @since 0.1.0
 */
public record Division(String code, List<DivisionName> names, Optional<String> parentCode) {

  /**
   * Checks the code and copies the names.
   *
   * @param code the six-digit GB/T 2260 code
   * @param names the names over time, oldest first
   * @param parentCode the code of the enclosing division; empty for a province
   * @throws NullPointerException if an argument or a name is null
   * @throws IllegalArgumentException if {@code code} or {@code parentCode} is not six ASCII
   *     digits, {@code parentCode} equals {@code code}, or {@code names} is empty or not ordered
   *     by {@code validFrom}
   */
  public Division {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(parentCode, "parentCode");
    names = List.copyOf(names);
    if (code.length() != 6 || Divisions.sixDigits(code, 0) < 0) {
      throw new IllegalArgumentException("a division code is six ASCII digits: " + code);
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException(code + " has no name");
    }
    for (int i = 1; i < names.size(); i++) {
      if (names.get(i).validFrom() < names.get(i - 1).validFrom()) {
        throw new IllegalArgumentException(code + ": names must be ordered by validFrom");
      }
    }
    parentCode.ifPresent(parent -> {
      if (parent.length() != 6 || Divisions.sixDigits(parent, 0) < 0 || parent.equals(code)) {
        throw new IllegalArgumentException(code + ": bad parent code " + parent);
      }
    });
  }

  /**
   * The latest Chinese name, e.g. {@code 襄阳市} for 420600.
   *
   * @return the name of the last entry of {@link #names()}
   * @since 0.1.0
   */
  public String name() {
    return names.get(names.size() - 1).name();
  }

  /**
   * The level, read from the digits of the code.
   *
   * @return {@link DivisionLevel#PROVINCE} for {@code xx0000}, {@link DivisionLevel#PREFECTURE}
   *     for {@code xxxx00}, else {@link DivisionLevel#COUNTY}
   * @since 0.1.0
   */
  public DivisionLevel level() {
    return DivisionLevel.ofNumber(Divisions.sixDigits(code, 0));
  }

  /**
   * Whether the data shows this division, under any name, in the given year.
   *
   * <p>The data begins with the 2002 revision, so every year before 2002 answers false.
   *
   * @param year a calendar year
   * @return true if one of the {@link #names()} is valid in {@code year}
   * @since 0.1.0
   */
  public boolean isValidIn(int year) {
    for (DivisionName name : names) {
      if (name.isValidIn(year)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the division is in the current list.
   *
   * @return true if its latest name is current
   * @since 0.1.0
   */
  public boolean isCurrent() {
    return names.get(names.size() - 1).isCurrent();
  }

  /**
   * The name the division bore in the given year, e.g. {@code 襄樊市} for 420600 in 2005.
   *
   * @param year a calendar year
   * @return the latest name valid in {@code year}; empty if the data does not show the division
   *     in that year
   * @since 0.1.0
   */
  public Optional<String> nameIn(int year) {
    for (int i = names.size() - 1; i >= 0; i--) {
      if (names.get(i).isValidIn(year)) {
        return Optional.of(names.get(i).name());
      }
    }
    return Optional.empty();
  }
}
