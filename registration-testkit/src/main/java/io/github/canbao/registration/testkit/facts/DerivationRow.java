package io.github.canbao.registration.testkit.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of one derivation rule ({@code derivation.md}), as a tester names it: {@code "2d"}, or
 * {@code "5c"} of {@code workInjury}. It names the record key the row decides and the bundled
 * {@code national} rule that decides it, so a test can check that the explanation of a derived
 * value names that rule.
 *
 * <pre>{@code
 * DerivationRow row = DerivationRow.of("2d");
 * row.field();   // noUnitType
 * row.rule();    // no-unit: retired or receiving a pension, or of retirement age
 * }</pre>
 *
 * <p>The rows derivation.md letters keep their letters ({@code 1a}–{@code 1c}, {@code 2a}–{@code
 * 2e}, {@code 3a}–{@code 3g}, {@code 5a}–{@code 5f}); the others are named: {@code 2-not-applicable},
 * {@code 3-insured}, {@code 4-local-insured}, {@code 4-local-not-insured}, {@code
 * 4-non-local-insured}, {@code 4-non-local-not-insured}, {@code 5g-unit} (92), {@code 5g-personal}
 * (91), {@code 6-disability-empty}, {@code 6-disability-monthly-1to4}, {@code 6-disability-3},
 * {@code 6-survivor-empty}, {@code 6-survivor-monthly}, {@code 6-survivor-3}, {@code
 * 7-record-time}, {@code 7-default-time}. The list is data ({@code derivation-rows.csv}).
 *
 * @param id the row, e.g. {@code 2d}
 * @param insurance the insurance of a rule-5 row ({@code pension}, {@code medical}, {@code
 *     workInjury}, {@code unemployment}, {@code maternity}); empty for the other rules
 * @param field the record key the row decides, e.g. {@code noUnitType} or {@code alc003}
 * @param rule the name of the bundled {@code national} rule that decides it
 * @since 0.1.0
 */
public record DerivationRow(String id, Optional<String> insurance, String field, String rule) {

  private static final String RESOURCE = "derivation-rows.csv";
  private static final List<DerivationRow> ALL = read();

  /**
   * Checks that nothing is null or blank.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code id}, {@code field} or {@code rule} is blank
   * @since 0.1.0
   */
  public DerivationRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(insurance, "insurance");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    if (id.isBlank() || field.isBlank() || rule.isBlank()) {
      throw new IllegalArgumentException("a row has an id, a field and a rule");
    }
  }

  /**
   * Every row of every rule, in the order of {@code derivation.md}; a rule-5 row once per insurance
   * it applies to (medical has no {@code 5e}, and the unit-based insurances no {@code 5g-personal}).
   *
   * @return the rows
   * @since 0.1.0
   */
  public static List<DerivationRow> all() {
    return ALL;
  }

  /**
   * The row of a rule other than 5.
   *
   * @param id the row, e.g. {@code "2d"}
   * @return the row
   * @throws IllegalArgumentException if there is no such row, or it is a row of rule 5, which needs
   *     an insurance ({@link #of(String, String)})
   * @since 0.1.0
   */
  public static DerivationRow of(String id) {
    Objects.requireNonNull(id, "id");
    List<DerivationRow> matching = ALL.stream().filter(r -> r.id.equals(id)).toList();
    if (matching.size() == 1) {
      return matching.get(0);
    }
    throw new IllegalArgumentException(matching.isEmpty()
        ? "no derivation row " + id + "; the rows are " + ALL.stream().map(DerivationRow::id).distinct().toList()
        : "row " + id + " is decided per insurance: name one of "
            + matching.stream().map(r -> r.insurance.orElseThrow()).toList());
  }

  /**
   * The row of rule 5 for one insurance.
   *
   * @param id the row, e.g. {@code "5c"}
   * @param insurance the insurance, e.g. {@code "workInjury"}
   * @return the row
   * @throws IllegalArgumentException if there is no such row for that insurance (e.g. {@code 5e}
   *     of {@code medical})
   * @since 0.1.0
   */
  public static DerivationRow of(String id, String insurance) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(insurance, "insurance");
    return ALL.stream()
        .filter(r -> r.id.equals(id) && r.insurance.equals(Optional.of(insurance)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no derivation row " + id + " for insurance " + insurance));
  }

  /**
   * The rule number, e.g. {@code 2} for {@code 2d} and {@code 4} for {@code 4-local-insured}.
   *
   * @return the digit the id begins with
   * @since 0.1.0
   */
  public int ruleNumber() {
    return id.charAt(0) - '0';
  }

  /**
   * The row as a test names it, e.g. {@code 5c workInjury (alc003 by "status: 5c benefit being paid")}.
   *
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return id + insurance.map(i -> " " + i).orElse("") + " (" + field + " by \"" + rule + "\")";
  }

  private static List<DerivationRow> read() {
    try (InputStream in = DerivationRow.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the testkit jar has no " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<DerivationRow> rows = new ArrayList<>();
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        // The rule is the last column and may hold commas, so it is quoted and split off last.
        String[] cells = line.split(",", 4);
        String rule = cells[3].strip();
        if (rule.startsWith("\"") && rule.endsWith("\"")) {
          rule = rule.substring(1, rule.length() - 1);
        }
        rows.add(new DerivationRow(cells[0], cells[1].isEmpty() ? Optional.empty() : Optional.of(cells[1]), cells[2], rule));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
