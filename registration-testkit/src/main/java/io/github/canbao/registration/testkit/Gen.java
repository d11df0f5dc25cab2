package io.github.canbao.registration.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator: a plain function of a random source, so that any test framework can wrap it
 * (QuickTheories adapters are in {@code .testkit.quicktheories}; a jqwik user wraps it in one line
 * with {@code Arbitraries.randomValue(random -> gen.next(random))}). The same seed always gives the
 * same values.
 *
 * <pre>{@code
 * Gen<String> numbers = Identities.citizenNumbers().bornBetween(1950, 1970).female().numbers();
 * String number = numbers.next(new SplittableRandom(42));
 *
 * Seed.fromProperty().check(numbers, 1_000, n -> assertTrue(myValidator.accepts(n)));   // names the seed on failure
 * qt().forAll(Gens.of(numbers)).check(myValidator::accepts);                            // QuickTheories
 * }</pre>
 *
 * <p>The entry points: {@code Identities}, {@code PhoneNumbers}, {@code DivisionCodes}, {@code
 * People}, {@code DerivationInputs}; see {@code docs/testers.md}.
 *
 * @param <T> what it generates
 * @since 0.1.0
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * The next value, drawn from {@code random}.
   *
   * @since 0.1.0
   */
  T next(RandomGenerator random);

  /**
   * A generator of {@code f} applied to this one's values.
   *
   * @since 0.1.0
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return random -> f.apply(next(random));
  }

  /**
   * A generator of this one's values that satisfy {@code condition}, retrying up to 1,000 times.
   *
   * @throws IllegalStateException from {@link #next} when no value satisfies it in 1,000 tries
   * @since 0.1.0
   */
  default Gen<T> filter(Predicate<? super T> condition) {
    Objects.requireNonNull(condition, "condition");
    return random -> {
      for (int i = 0; i < 1_000; i++) {
        T value = next(random);
        if (condition.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("no value satisfied the filter in 1,000 tries");
    };
  }
}
