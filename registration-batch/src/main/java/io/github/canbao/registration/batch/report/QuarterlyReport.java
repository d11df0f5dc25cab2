package io.github.canbao.registration.batch.report;

import io.github.canbao.registration.batch.insurance.Insurance;
import io.github.canbao.registration.batch.insurance.Insurances;
import io.github.canbao.registration.codes.division.Division;
import io.github.canbao.registration.codes.division.Divisions;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.RegisteredBy;
import io.github.canbao.registration.model.RegistrationRecord;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes the quarterly base-data report ({@link BaseDataReport}) from registration records and the
 * household-population figures. An accumulator: {@link #add} each (derived) record, then {@link
 * #build()}; not thread-safe, like a builder. Memory grows with the number of cities only.
 *
 * <pre>{@code
 * QuarterlyReport report = QuarterlyReport.of(Quarter.of(2026, 3), populations);
 * derivedRecords.forEach(report::add);
 * BaseDataReport table = report.build();
 * table.failedChecks();      // every logical check that fails, with its row
 * }</pre>
 *
 * <p>Reports of parts of the records combine: count each part in a report of its own (on another
 * thread, or on a Spark executor: the class is {@link Serializable}), then {@link #addAll} them into
 * the report that holds the population figures. The result equals counting every record in one.
 *
 * <p>Each record is counted in the city of its household registration ({@code hukouDivision}) when
 * the hukou is local, else of its registering division ({@code AAB301}); a city is the first four
 * digits of the code. Of the registration columns, a person with local hukou is counted in exactly
 * one of 3 (not 4), 5, 6 and 7, so that {@code (1) = (3) − (4) + (5) + (6) + (7)} holds when every
 * registered person has a record:
 *
 * <ol>
 *   <li>registered by survey ({@code registeredBy=SURVEY}, or any {@code surveyState}) → 7, and 8
 *       when stored ({@code surveyState=STORED}, or without a state, a review time {@code AAE015});
 *   <li>else insured locally (an enrolment in status 1 or 2 without {@code elsewhere}, or a benefit
 *       paid) → 3;
 *   <li>else an active enrolment known from the cross-region comparison: {@code IN_PROVINCE} → 5,
 *       else {@code OUT_OF_PROVINCE} → 6;
 *   <li>else → 7 (not found insured anywhere: still needs a survey).
 * </ol>
 *
 * <p>A person without local hukou who is insured locally (and not registered by survey) is counted
 * in 3 and 4; otherwise not in 3–8 (the report is about local hukou, 指标解释). Columns 9–17 count
 * every record of the city: 9, 12, 15–17 the people who should be insured in that insurance and are
 * not ({@link Insurance#uninsured}); 10 and 13 duplicate enrolments; 11 and 14 duplicate benefits
 * ({@link Insurance#duplicateEnrolment}, {@link Insurance#duplicateBenefit}). The coverage rate of an
 * insurance is the people insured in it over those insured in it plus those who should be and are
 * not. Which column is which is data ({@code report-columns.csv}, docs/decisions/0010).
 *
 * @since 0.1.0
 */
public final class QuarterlyReport implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Set<String> LOCAL_NATURE = Set.of("11", "21", "51");
  private static final Set<String> NON_LOCAL_NATURE =
      Set.of("12", "22", "52", "30", "31", "32", "33", "34", "40", "41", "42");

  private final Quarter quarter;
  private final Map<String, CityPopulation> populations = new LinkedHashMap<>();
  // By city code; records without a division (the key "") come last.
  private final Map<String, Tally> tallies = new TreeMap<>(CITY_ORDER);
  // Bundled data, the same in every JVM: not serialised with a partial report.
  private static final List<Insurance> INSURANCES = Insurances.bundled();
  private static final Divisions DIVISIONS = Divisions.bundled();
  private static final Comparator<String> CITY_ORDER =
      (Comparator<String> & Serializable) (a, b) -> a.isEmpty() != b.isEmpty() ? (a.isEmpty() ? 1 : -1) : a.compareTo(b);

  private QuarterlyReport(Quarter quarter, List<CityPopulation> cities) {
    this.quarter = quarter;
    for (CityPopulation city : cities) {
      CityPopulation known = populations.get(city.cityKey());
      populations.put(city.cityKey(), known == null ? city : new CityPopulation(known.city(), known.name(),
          known.householdPopulation() + city.householdPopulation(), known.dataObtained() + city.dataObtained()));
      tallies.computeIfAbsent(city.cityKey(), k -> new Tally());
    }
  }

  /**
   * A report of {@code quarter} with these population figures (a city given twice is summed).
   *
   * @since 0.1.0
   */
  public static QuarterlyReport of(Quarter quarter, List<CityPopulation> populations) {
    return new QuarterlyReport(Objects.requireNonNull(quarter, "quarter"), List.copyOf(populations));
  }

  /**
   * Counts one registration record (derived, so that the per-insurance status codes are there).
   *
   * @since 0.1.0
   */
  public void add(RegistrationRecord record) {
    Objects.requireNonNull(record, "record");
    Tally t = tallies.computeIfAbsent(cityOf(record), k -> new Tally());
    boolean local = hukouLocal(record);
    boolean survey = record.registeredBy().map(String::strip).filter(RegisteredBy.SURVEY.name()::equals).isPresent()
        || record.surveyState().filter(s -> !s.isBlank()).isPresent();
    boolean locallyInsured = record.enrolments().stream().anyMatch(e -> active(e) && e.elsewhere().filter(s -> !s.isBlank()).isEmpty())
        || record.benefits().stream().anyMatch(b -> b.status().map(String::strip).filter(s -> s.equals("1") || s.equals("2")).isPresent());
    if (local) {
      if (survey) {
        t.add("needSurvey");
        if (stored(record)) {
          t.add("surveyedAndStored");
        }
      } else if (locallyInsured) {
        t.add("storedDirectly");
      } else if (elsewhere(record, "IN_PROVINCE")) {
        t.add("inProvince");
      } else if (elsewhere(record, "OUT_OF_PROVINCE")) {
        t.add("outOfProvince");
      } else {
        t.add("needSurvey");
      }
    } else if (locallyInsured && !survey) {
      t.add("storedDirectly");
      t.add("nonLocalHukou");
    }
    for (int i = 0; i < INSURANCES.size(); i++) {
      Insurance insurance = INSURANCES.get(i);
      boolean uninsured = insurance.uninsured(record);
      if (uninsured) {
        t.add("uninsured", insurance.key());
        t.coverageBase[i]++;
      } else if (insurance.insured(record)) {
        t.coverageInsured[i]++;
        t.coverageBase[i]++;
      }
      if (insurance.duplicateEnrolment(record)) {
        t.add("duplicateEnrolment", insurance.key());
      }
      if (insurance.duplicateBenefit(record)) {
        t.add("duplicateBenefit", insurance.key());
      }
    }
  }

  /**
   * Adds the records counted in {@code other} (a report of another part of the records) to this
   * one; {@code other}'s population figures are not added (give them once, to the report that is
   * built). {@code other} is unchanged.
   *
   * @throws IllegalArgumentException if {@code other} is of another quarter
   * @since 0.1.0
   */
  public void addAll(QuarterlyReport other) {
    Objects.requireNonNull(other, "other");
    if (!other.quarter.equals(quarter)) {
      throw new IllegalArgumentException("a report of " + other.quarter + " cannot be added to one of " + quarter);
    }
    other.tallies.forEach((city, tally) -> tallies.computeIfAbsent(city, k -> new Tally()).addAll(tally));
  }

  /**
   * The report, with its checks.
   *
   * @since 0.1.0
   */
  public BaseDataReport build() {
    List<ReportRow> rows = new ArrayList<>();
    long[] total = new long[ReportRow.COLUMNS];
    long[] totalInsured = new long[INSURANCES.size()];
    long[] totalBase = new long[INSURANCES.size()];
    List<ReportCheck> failed = new ArrayList<>();
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      String city = e.getKey();
      CityPopulation population = populations.get(city);
      long[] columns = new long[ReportRow.COLUMNS];
      for (int k = 1; k <= ReportRow.COLUMNS; k++) {
        columns[k - 1] = value(k, e.getValue(), population);
        total[k - 1] += columns[k - 1];
      }
      for (int i = 0; i < INSURANCES.size(); i++) {
        totalInsured[i] += e.getValue().coverageInsured[i];
        totalBase[i] += e.getValue().coverageBase[i];
      }
      String name = population != null && !population.name().isEmpty() ? population.name()
          : DIVISIONS.find(city).map(Division::name).orElse(city.isEmpty() ? "(未知)" : "");
      ReportRow row = new ReportRow(city.isEmpty() ? "(未知)" : city, name, list(columns),
          coverage(e.getValue().coverageInsured, e.getValue().coverageBase));
      rows.add(row);
      failed.addAll(BaseDataReport.check(row));
    }
    ReportRow totalRow = new ReportRow(ReportRow.TOTAL, ReportRow.TOTAL, list(total), coverage(totalInsured, totalBase));
    failed.addAll(BaseDataReport.check(totalRow));
    failed.addAll(BaseDataReport.checkTotal(rows, totalRow));
    return new BaseDataReport(quarter, rows, totalRow, failed);
  }

  private long value(int k, Tally t, CityPopulation population) {
    String measure = BaseDataReport.columnMeasure(k);
    if (measure.equals("householdPopulation")) {
      return population == null ? 0 : population.householdPopulation();
    }
    if (measure.equals("dataObtained")) {
      return population == null ? 0 : population.dataObtained();
    }
    return t.get(measure, BaseDataReport.columnInsurance(k).orElse(""));
  }

  private Map<String, Optional<Double>> coverage(long[] insured, long[] base) {
    Map<String, Optional<Double>> coverage = new LinkedHashMap<>();
    for (int i = 0; i < INSURANCES.size(); i++) {
      coverage.put(INSURANCES.get(i).key(), base[i] == 0 ? Optional.empty() : Optional.of((double) insured[i] / base[i]));
    }
    return coverage;
  }

  private static List<Long> list(long[] values) {
    List<Long> list = new ArrayList<>(values.length);
    for (long v : values) {
      list.add(v);
    }
    return list;
  }

  /** The city key of a record: hukou division when local, else the registering division. */
  String cityOf(RegistrationRecord record) {
    Optional<String> hukou = record.hukouDivision().filter(s -> !s.isBlank());
    Optional<String> registering = record.divisionCode().filter(s -> !s.isBlank());
    Optional<String> code = hukouLocal(record) ? hukou.or(() -> registering) : registering.or(() -> hukou);
    return code.map(CityPopulations::cityKey).orElse("");
  }

  /** Local hukou: the enrolment category, else {@code hukouLocal}, else AAC009; otherwise not local. */
  static boolean hukouLocal(RegistrationRecord record) {
    String category = record.enrolmentCategory().map(String::strip).orElse("");
    if (category.equals("1") || category.equals("2")) {
      return true;
    }
    if (category.equals("3")) {
      return false;
    }
    if (record.hukouLocal().isPresent()) {
      return record.hukouLocal().get();
    }
    String nature = record.hukouNature().map(String::strip).orElse("");
    return LOCAL_NATURE.contains(nature) && !NON_LOCAL_NATURE.contains(nature);
  }

  private static boolean active(Enrolment e) {
    return e.status().map(String::strip).filter(s -> s.equals("1") || s.equals("2")).isPresent();
  }

  private static boolean elsewhere(RegistrationRecord record, String where) {
    return record.enrolments().stream().anyMatch(e -> active(e) && e.elsewhere().map(String::strip).filter(where::equals).isPresent());
  }

  private static boolean stored(RegistrationRecord record) {
    Optional<String> state = record.surveyState().map(String::strip).filter(s -> !s.isEmpty());
    if (state.isPresent()) {
      return state.get().equals("STORED");
    }
    return record.reviewedAt().filter(s -> !s.isBlank()).isPresent();
  }

  /** Counts of one city, by measure and insurance. */
  private static final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;

    final Map<String, Long> counts = new HashMap<>();
    final long[] coverageInsured = new long[Insurances.bundled().size()];
    final long[] coverageBase = new long[Insurances.bundled().size()];

    void add(String measure) {
      add(measure, "");
    }

    void add(String measure, String insurance) {
      counts.merge(measure + "/" + insurance, 1L, Long::sum);
    }

    long get(String measure, String insurance) {
      return counts.getOrDefault(measure + "/" + insurance, 0L);
    }

    void addAll(Tally other) {
      other.counts.forEach((key, count) -> counts.merge(key, count, Long::sum));
      for (int i = 0; i < coverageInsured.length; i++) {
        coverageInsured[i] += other.coverageInsured[i];
        coverageBase[i] += other.coverageBase[i];
      }
    }
  }
}
