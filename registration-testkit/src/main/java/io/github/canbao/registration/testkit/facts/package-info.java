/**
 * Generated derivation inputs: person records that carry only the facts the derivation rules read
 * ({@code derivation.md}, Inputs), drawn so that every row of every rule is reached, for
 * differential and property tests of a locality's rule set.
 *
 * <pre>{@code
 * Gen<RegistrationRecord> inputs = DerivationInputs.records().asOf(LocalDate.of(2026, 11, 23));
 * RegistrationRecord record = inputs.next(new SplittableRandom(42));
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.testkit.facts;
