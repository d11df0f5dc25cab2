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
}
