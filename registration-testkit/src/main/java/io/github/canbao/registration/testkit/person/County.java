package io.github.canbao.registration.testkit.person;

import io.github.canbao.registration.codes.division.Division;
import io.github.canbao.registration.codes.division.DivisionLevel;
import io.github.canbao.registration.codes.division.DivisionPath;
import io.github.canbao.registration.codes.division.Divisions;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A current county-level division of the bundled GB/T 2260 data, with the names a record writes
 * for it.
 *
 * @param code the six-digit code
 * @param place the division name for {@code aac010}, e.g. {@code 广东省广州市天河区}
 * @param city the prefecture-level name, or the province's where there is none, for unit names
 * @param name the county's own name
 * @param enrolmentPlace the enrolment place: the prefecture code where the data has a current one
 *     (the usual pooling level), else the county's
 */
record County(String code, String place, String city, String name, String enrolmentPlace) {

  private static final String PROVINCE = "44";
  /** Groupings GB/T 2260 lists as divisions but that no one writes in an address. */
  private static final List<String> GROUPINGS =
      List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  /** A county in this province (Guangdong), for local hukou and for every registering place. */
  static County inProvince(RandomGenerator random) {
    return Lists.IN_PROVINCE.get(random.nextInt(Lists.IN_PROVINCE.size()));
  }

  /** A county in another province of the mainland, for a non-local hukou. */
  static County elsewhere(RandomGenerator random) {
    return Lists.ELSEWHERE.get(random.nextInt(Lists.ELSEWHERE.size()));
  }

  private static County of(Division division) {
    Divisions divisions = Divisions.bundled();
    DivisionPath path = divisions.path(division.code()).orElseThrow();
    StringBuilder place = new StringBuilder();
    for (String part : path.names()) {
      if (!GROUPINGS.contains(part)) {
        place.append(part);
      }
    }
    String city = path.prefecture().filter(p -> !GROUPINGS.contains(p)).or(path::province).orElseThrow();
    String prefecture = division.code().substring(0, 4) + "00";
    String enrolmentPlace =
        divisions.find(prefecture)
            .filter(Division::isCurrent)
            .filter(d -> d.level() == DivisionLevel.PREFECTURE)
            .map(Division::code)
            .orElse(division.code());
    return new County(division.code(), place.toString(), city, division.name(), enrolmentPlace);
  }

  /** Read once; ordered by code (the data's order), so that a seed always picks the same county. */
  private static final class Lists {
    static final List<County> IN_PROVINCE = counties(true);
    static final List<County> ELSEWHERE = counties(false);

    private static List<County> counties(boolean inProvince) {
      return Divisions.bundled().stream()
          .filter(Division::isCurrent)
          .filter(d -> d.level() == DivisionLevel.COUNTY)
          .filter(d -> !GROUPINGS.contains(d.name()))
          .filter(d -> d.code().startsWith(PROVINCE) == inProvince)
          .map(County::of)
          .toList();
    }
  }
}
