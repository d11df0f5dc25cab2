package io.github.canbao.registration.batch.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the household-population figures, one {@link CityPopulation} a line, from CSV:
 *
 * <pre>
 * city,name,population,obtained
 * 440100,广州市,9800000,9800000
 * 440300,深圳市,5800000,5600000
 * </pre>
 *
 * <p>The header names the columns, in any order and case: the city code ({@code city}, {@code
 * code}, {@code division}, {@code aab301}, {@code 城市代码}, {@code 行政区划代码}), its name ({@code
 * name}, {@code 城市}, {@code 城市名称}; optional), column 1 ({@code population}, {@code
 * householdPopulation}, {@code 户籍人口数}, {@code 1}) and column 2 ({@code obtained}, {@code
 * dataObtained}, {@code 已获得数据人数}, {@code 2}; optional: when absent, equal to column 1). A UTF-8
 * byte order mark, blank lines and lines starting with {@code #} are skipped. A line that cannot be
 * read is a problem with its 1-based line number, and reading goes on.
 *
 * @since 0.1.0
 */
public final class CityPopulations {

  private CityPopulations() {}

  /**
   * What was read.
   *
   * @param cities the cities, in file order
   * @param problems {@code line: reason} for each line that could not be read
   * @since 0.1.0
   */
  public record Read(List<CityPopulation> cities, List<String> problems) {
    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list is or holds null
     */
    public Read {
      cities = List.copyOf(cities);
      problems = List.copyOf(problems);
    }
  }

  /**
   * The city key of a division code: its first four digits and {@code 00}; the code as given when shorter.
   *
   * @since 0.1.0
   */
  public static String cityKey(String code) {
    String c = code.strip();
    return c.length() >= 4 && c.substring(0, 4).chars().allMatch(Character::isDigit) ? c.substring(0, 4) + "00" : c;
  }

  /**
   * Reads the CSV text of {@code in} (not closed).
   *
   * @since 0.1.0
   */
  public static Read read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    BufferedReader reader = new BufferedReader(in);
    List<CityPopulation> cities = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int cityAt = -1;
    int nameAt = -1;
    int populationAt = -1;
    int obtainedAt = -1;
    boolean header = true;
    long lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (header) {
        header = false;
        for (int i = 0; i < cells.length; i++) {
          String h = cells[i].strip().replace("\"", "").toLowerCase(Locale.ROOT);
          switch (h) {
            case "city", "code", "division", "aab301", "城市代码", "行政区划代码" -> cityAt = i;
            case "name", "城市", "城市名称" -> nameAt = i;
            case "population", "householdpopulation", "户籍人口数", "1" -> populationAt = i;
            case "obtained", "dataobtained", "已获得数据人数", "2" -> obtainedAt = i;
            default -> { }
          }
        }
        if (cityAt < 0 || populationAt < 0) {
          problems.add(lineNumber + ": the header names no city column or no population column (city,name,population,obtained)");
          return new Read(cities, problems);
        }
        continue;
      }
      try {
        String city = cell(cells, cityAt);
        if (city.isEmpty()) {
          problems.add(lineNumber + ": no city code");
          continue;
        }
        long population = Long.parseLong(cell(cells, populationAt));
        long obtained = obtainedAt >= 0 && !cell(cells, obtainedAt).isEmpty() ? Long.parseLong(cell(cells, obtainedAt)) : population;
        if (population < 0 || obtained < 0) {
          problems.add(lineNumber + ": a figure is negative");
          continue;
        }
        cities.add(new CityPopulation(city, nameAt >= 0 ? cell(cells, nameAt) : "", population, obtained));
      } catch (NumberFormatException e) {
        problems.add(lineNumber + ": a figure is not a whole number");
      }
    }
    if (header) {
      problems.add("1: the file is empty (expected a header city,name,population,obtained)");
    }
    return new Read(cities, problems);
  }

  private static String cell(String[] cells, int at) {
    return at < cells.length ? cells[at].strip().replace("\"", "") : "";
  }
}
