package io.github.canbao.registration.batch.report;

import java.util.Objects;

/**
 * The household-population figures of one city, an input of the base-data report: column 1
 * 户籍人口数 (registered with the public-security household registry) and column 2 已获得数据人数 (of
 * which the data was obtained from public security).
 *
 * @param city the city's division code (its first four digits identify it: {@code 440100})
 * @param name the city's name, as the report prints it (may be empty)
 * @param householdPopulation column 1
 * @param dataObtained column 2
 * @since 0.1.0
 */
public record CityPopulation(String city, String name, long householdPopulation, long dataObtained) implements java.io.Serializable {

  /**
   * Checks the city code and the name.
   *
   * @throws NullPointerException if {@code city} or {@code name} is null
   */
  public CityPopulation {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(name, "name");
  }

  /**
   * The city key a record is matched on: the first four digits of the code, then {@code 00}.
   *
   * @since 0.1.0
   */
  public String cityKey() {
    return CityPopulations.cityKey(city);
  }
}
