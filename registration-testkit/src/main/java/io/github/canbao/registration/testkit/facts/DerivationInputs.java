package io.github.canbao.registration.testkit.facts;

/**
 * Entry point for generated derivation inputs ({@code derivation.md}, Inputs): records that carry
 * the facts the derivation rules read and none of the fields they derive.
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(20261123L);
 * Gen<RegistrationRecord> inputs = DerivationInputs.records().asOf(LocalDate.of(2025, 3, 1));
 * List<RegistrationRecord> batch = Stream.generate(() -> inputs.next(random)).limit(1_000).toList();
 * List<RegistrationRecord> derived = ruleSet.derive(batch, DeriveOptions.asOf(LocalDate.of(2025, 3, 1)));
 *
 * Gen<RegistrationRecord> retired = DerivationInputs.decidedBy("2d");            // one row of one rule
 * Gen<RegistrationRecord> paid = DerivationInputs.decidedBy("5c", "workInjury");  // a rule-5 row
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DerivationInputs {

  private DerivationInputs() {}

  /**
   * Derivation inputs as of 2026-11-23 for the {@code national} parameters; see {@link
   * DerivationRecords} for what a record holds and for the options.
   *
   * @return the generator
   * @since 0.1.0
   */
  public static DerivationRecords records() {
    return DerivationRecords.DEFAULT;
  }

  /**
   * Derivation inputs whose field is decided by this row of a rule other than 5, e.g. {@code
   * decidedBy("2d")}: a record whose no-unit type is 5 by "retired or receiving a pension, or of
   * retirement age".
   *
   * @param row the row, as {@link DerivationRow} names it
   * @return the generator
   * @throws IllegalArgumentException if there is no such row, or it is a row of rule 5
   * @since 0.1.0
   */
  public static RowRecords decidedBy(String row) {
    return RowRecords.of(DerivationRow.of(row));
  }

  /**
   * Derivation inputs whose status of one insurance is decided by this row of rule 5, e.g. {@code
   * decidedBy("5c", "workInjury")}.
   *
   * @param row the row, e.g. {@code "5c"}
   * @param insurance the insurance: {@code pension}, {@code medical}, {@code workInjury}, {@code
   *     unemployment} or {@code maternity}
   * @return the generator
   * @throws IllegalArgumentException if the row does not apply to that insurance
   * @since 0.1.0
   */
  public static RowRecords decidedBy(String row, String insurance) {
    return RowRecords.of(DerivationRow.of(row, insurance));
  }

  /**
   * Derivation inputs decided by {@code row}, e.g. each of {@link DerivationRow#all()} in turn.
   *
   * @param row the row
   * @return the generator
   * @since 0.1.0
   */
  public static RowRecords decidedBy(DerivationRow row) {
    return RowRecords.of(row);
  }
}
