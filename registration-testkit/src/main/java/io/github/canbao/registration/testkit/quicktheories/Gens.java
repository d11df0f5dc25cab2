package io.github.canbao.registration.testkit.quicktheories;

import java.util.SplittableRandom;

/**
 * Adapters from the testkit's generators to QuickTheories.
 *
 * <pre>{@code
 * qt().forAll(Gens.of(Identities.citizenNumbers().numbers()))
 *     .check(number -> IdentityNumber.isValid(number));
 * }</pre>
 *
 * <p>Each value is drawn from a {@link SplittableRandom} seeded by QuickTheories' randomness, so a
 * QuickTheories seed reproduces the values. Shrinking is not offered: the values are structured
 * (a number with a valid check character), and a smaller long seed says nothing about a simpler case.
 *
 * @since 0.1.0
 */
public final class Gens {

  private Gens() {}

  /**
   * The QuickTheories form of a testkit generator.
   *
   * @since 0.1.0
   */
  public static <T> org.quicktheories.core.Gen<T> of(io.github.canbao.registration.testkit.Gen<T> gen) {
    return in -> gen.next(new SplittableRandom(in.next(org.quicktheories.impl.Constraint.none())));
  }
}
