package io.github.canbao.registration.batch.report;

import io.github.canbao.registration.batch.insurance.Insurance;
import io.github.canbao.registration.batch.insurance.Insurances;
import io.github.canbao.registration.batch.internal.BundledCsv;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The quarterly base-data report (全民参保登记基础数据情况表, 人社厅发〔2015〕41号 附件3 with its 指标解释,
 * {@code comparison-and-reports.md} §4): a row per city, the total row, and every logical check
 * that fails, with its row. Built by {@link QuarterlyReport}.
 *
 * <p>The checks (宾栏), on every row, the total included: {@code (2) ≤ (1)}, {@code (4) ≤ (3)},
 * {@code (8) ≤ (7)}, and when {@code (1) = (2)}, {@code (1) = (3) − (4) + (5) + (6) + (7)}; and
 * (甲栏) each column of the total is the sum of the cities'.
 *
 * @param quarter the quarter reported
 * @param rows the city rows, by city code
 * @param total the total row (合计)
 * @param failedChecks the checks that fail, in row order
 * @since 0.1.0
 */
public record BaseDataReport(Quarter quarter, List<ReportRow> rows, ReportRow total, List<ReportCheck> failedChecks) {

  private static final List<String[]> COLUMN_TABLE = loadColumns();

  /**
   * Checks the quarter and the total row and copies the lists.
   *
   * @throws NullPointerException if a component is null, or a list holds null
   */
  public BaseDataReport {
    Objects.requireNonNull(quarter, "quarter");
    rows = List.copyOf(rows);
    Objects.requireNonNull(total, "total");
    failedChecks = List.copyOf(failedChecks);
  }

  /**
   * The name of column {@code k} (1 to 17), as this project reads the seed's header.
   *
   * @since 0.1.0
   */
  public static String columnName(int k) {
    String[] row = COLUMN_TABLE.get(k - 1);
    return row[2].equals("户籍信息") || row[2].equals("登记信息") ? row[1] : row[2] + row[1];
  }

  /**
   * The insurance key of column {@code k}, for the per-insurance columns 9–17.
   *
   * @since 0.1.0
   */
  public static Optional<String> columnInsurance(int k) {
    String insurance = COLUMN_TABLE.get(k - 1)[3];
    return insurance.isEmpty() ? Optional.empty() : Optional.of(insurance);
  }

  /** What column {@code k} counts ({@code storedDirectly}, {@code uninsured} …; see {@code report-columns.csv}). */
  static String columnMeasure(int k) {
    return COLUMN_TABLE.get(k - 1)[4];
  }

  /** Checks {@code row}: the failures, in the order of the class comment. */
  static List<ReportCheck> check(ReportRow row) {
    List<ReportCheck> failed = new ArrayList<>();
    long c1 = row.column(1);
    long c2 = row.column(2);
    if (c2 > c1) {
      failed.add(new ReportCheck(row.city(), row.name(), "(2) ≤ (1)", "(2) = " + c2 + " > (1) = " + c1));
    }
    if (row.column(4) > row.column(3)) {
      failed.add(new ReportCheck(row.city(), row.name(), "(4) ≤ (3)", "(4) = " + row.column(4) + " > (3) = " + row.column(3)));
    }
    if (row.column(8) > row.column(7)) {
      failed.add(new ReportCheck(row.city(), row.name(), "(8) ≤ (7)", "(8) = " + row.column(8) + " > (7) = " + row.column(7)));
    }
    if (c1 == c2) {
      long sum = row.column(3) - row.column(4) + row.column(5) + row.column(6) + row.column(7);
      if (c1 != sum) {
        failed.add(new ReportCheck(row.city(), row.name(), "(1) = (3) − (4) + (5) + (6) + (7)",
            "(1) = " + c1 + ", (3) − (4) + (5) + (6) + (7) = " + row.column(3) + " − " + row.column(4) + " + "
                + row.column(5) + " + " + row.column(6) + " + " + row.column(7) + " = " + sum));
      }
    }
    return failed;
  }

  /** Checks that each column of {@code total} is the sum of the city rows' (甲栏). */
  static List<ReportCheck> checkTotal(List<ReportRow> rows, ReportRow total) {
    List<ReportCheck> failed = new ArrayList<>();
    for (int k = 1; k <= ReportRow.COLUMNS; k++) {
      long sum = 0;
      for (ReportRow r : rows) {
        sum += r.column(k);
      }
      if (sum != total.column(k)) {
        failed.add(new ReportCheck(total.city(), total.name(), "合计 = 城市1 + … + 城市n",
            "column (" + k + "): 合计 = " + total.column(k) + ", sum of the cities = " + sum));
      }
    }
    return failed;
  }

  /**
   * Writes the report as CSV: a header, a row per city (序号 1 … n), the total row (序号 合计);
   * columns 序号, 城市代码, 城市, the 17 columns ({@code 1 户籍人口数} …), the coverage rate per insurance
   * in per cent with two decimals (empty when no one falls under it), and 逻辑校验 (the checks that
   * fail on the row, {@code ；}-separated; empty when all hold). {@code out} is flushed, not closed.
   *
   * @since 0.1.0
   */
  public void writeCsv(Writer out) throws IOException {
    List<String> header = new ArrayList<>(List.of("序号", "城市代码", "城市"));
    for (int k = 1; k <= ReportRow.COLUMNS; k++) {
      header.add(k + " " + columnName(k));
    }
    for (Insurance insurance : Insurances.bundled()) {
      header.add(insurance.name() + "参保率(%)");
    }
    header.add("逻辑校验");
    writeRow(out, header);
    int serial = 0;
    for (ReportRow row : rows) {
      writeRow(out, cells(Integer.toString(++serial), row));
    }
    writeRow(out, cells(ReportRow.TOTAL, total));
    out.flush();
  }

  /**
   * Writes the report as one JSON object: {@code quarter}, {@code columns} (number → name), {@code
   * rows} and {@code total} (each with {@code city}, {@code name}, {@code values} by column number,
   * {@code coverage} by insurance key as a fraction, {@code checks}), and {@code failedChecks}.
   *
   * @since 0.1.0
   */
  public void writeJson(Writer out) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("quarter", quarter.toString());
    Map<String, String> columns = new LinkedHashMap<>();
    for (int k = 1; k <= ReportRow.COLUMNS; k++) {
      columns.put(Integer.toString(k), columnName(k));
    }
    json.put("columns", columns);
    List<Object> rowList = new ArrayList<>();
    rows.forEach(r -> rowList.add(rowJson(r)));
    json.put("rows", rowList);
    json.put("total", rowJson(total));
    List<Object> failed = new ArrayList<>();
    for (ReportCheck c : failedChecks) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("city", c.city());
      m.put("name", c.name());
      m.put("check", c.check());
      m.put("detail", c.detail());
      failed.add(m);
    }
    json.put("failedChecks", failed);
    out.write(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(json));
    out.write('\n');
    out.flush();
  }

  private Map<String, Object> rowJson(ReportRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("city", r.city());
    m.put("name", r.name());
    Map<String, Long> values = new LinkedHashMap<>();
    for (int k = 1; k <= ReportRow.COLUMNS; k++) {
      values.put(Integer.toString(k), r.column(k));
    }
    m.put("values", values);
    Map<String, Object> coverage = new LinkedHashMap<>();
    for (Insurance insurance : Insurances.bundled()) {
      coverage.put(insurance.key(), r.coverage().getOrDefault(insurance.key(), Optional.empty()).orElse(null));
    }
    m.put("coverage", coverage);
    m.put("checks", failedChecks.stream().filter(c -> c.city().equals(r.city())).map(ReportCheck::check).toList());
    return m;
  }

  private List<String> cells(String serial, ReportRow row) {
    List<String> cells = new ArrayList<>(List.of(serial, row.isTotal() ? "" : row.city(), row.isTotal() ? ReportRow.TOTAL : row.name()));
    for (int k = 1; k <= ReportRow.COLUMNS; k++) {
      cells.add(Long.toString(row.column(k)));
    }
    for (Insurance insurance : Insurances.bundled()) {
      cells.add(row.coverage().getOrDefault(insurance.key(), Optional.empty())
          .map(rate -> String.format(Locale.ROOT, "%.2f", rate * 100)).orElse(""));
    }
    List<String> failed = failedChecks.stream()
        .filter(c -> c.city().equals(row.city()))
        .map(c -> c.check() + ": " + c.detail())
        .toList();
    cells.add(String.join("；", failed));
    return cells;
  }

  private static void writeRow(Writer out, List<String> cells) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
        line.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        line.append(c);
      }
    }
    line.append("\r\n");
    out.write(line.toString());
  }

  private static List<String[]> loadColumns() {
    List<String[]> rows = BundledCsv.rows(BaseDataReport.class, "report-columns.csv");
    if (rows.size() != ReportRow.COLUMNS) {
      throw new IllegalStateException("report-columns.csv has " + rows.size() + " columns, not " + ReportRow.COLUMNS);
    }
    return rows;
  }
}
