package io.github.canbao.registration.batch.report;

import java.util.Objects;

/**
 * A logical check of the base-data report (逻辑关系式) that fails on a row.
 *
 * @param city the row's city code, or {@value ReportRow#TOTAL}
 * @param name the row's city name
 * @param check the check as the seed writes it, e.g. {@code (4) ≤ (3)} or {@code (1) = (3) − (4) + (5) + (6) + (7)}
 * @param detail the figures that break it, e.g. {@code (4) = 12 > (3) = 10}
 * @since 0.1.0
 */
public record ReportCheck(String city, String name, String check, String detail) {

  /**
   * Checks that every part is present.
   *
   * @throws NullPointerException if any component is null
   */
  public ReportCheck {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * {@code 440100 广州市: (4) ≤ (3): (4) = 12 > (3) = 10}.
   *
   * @since 0.1.0
   */
  public String describe() {
    return city + (name.isEmpty() ? "" : " " + name) + ": " + check + ": " + detail;
  }
}
