package io.github.canbao.registration.testkit;

import io.github.canbao.registration.codes.Mask;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The seed of a run of generated data, for testers who use the generators without a property-test
 * framework: it makes the random source, and a failure names it so that the run can be repeated.
 *
 * <pre>{@code
 * Seed seed = Seed.fromProperty();   // -Dregistration.seed=… repeats a run; else a fresh seed
 * seed.check(Identities.citizenNumbers().numbers(), 1_000,
 *     number -> assertTrue(myValidator.accepts(number)));
 * // on failure: AssertionError "sample 17 of 1000 failed with seed 4711 (repeat with -Dregistration.seed=4711): …"
 *
 * List<String> fixed = Seed.of(42).sample(Identities.citizenNumbers().numbers(), 10);   // always the same ten
 * }</pre>
 *
 * <p>Each sample is drawn from its own {@link SplittableRandom} split off the seed's, so sample
 * {@code n} does not depend on how many values the samples before it consumed: a tester can change
 * a generator's options and still compare runs sample by sample.
 *
 * @param value the seed
 * @since 0.1.0
 */
public record Seed(long value) {

  /**
   * The system property that fixes the seed of {@link #fromProperty()}: {@value}.
   *
   * @since 0.1.0
   */
  public static final String PROPERTY = "registration.seed";

  /**
   * A fixed seed.
   *
   * @param value the seed
   * @return the seed
   * @since 0.1.0
   */
  public static Seed of(long value) {
    return new Seed(value);
  }

  /**
   * A fresh seed, different on each call.
   *
   * @return the seed
   * @since 0.1.0
   */
  public static Seed fresh() {
    // A SplittableRandom without a seed draws its own from the clock and a global counter.
    return new Seed(new SplittableRandom().nextLong());
  }

  /**
   * The seed given in the system property {@value #PROPERTY}, else a fresh one: a CI run varies
   * the data, and a failure it reports is repeated by passing the seed it printed.
   *
   * @return the seed
   * @throws IllegalArgumentException if the property is set but is not a {@code long}
   * @since 0.1.0
   */
  public static Seed fromProperty() {
    String given = System.getProperty(PROPERTY);
    if (given == null || given.isBlank()) {
      return fresh();
    }
    try {
      return new Seed(Long.parseLong(given.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PROPERTY + " must be a long, got " + given, e);
    }
  }

  /**
   * A new random source for this seed; two calls give two sources that produce the same values.
   *
   * @return the source
   * @since 0.1.0
   */
  public SplittableRandom random() {
    return new SplittableRandom(value);
  }

  /**
   * The first {@code count} values of {@code gen} for this seed: always the same values.
   *
   * @param gen the generator
   * @param count how many
   * @param <T> the type of the values
   * @return the values, in order
   * @throws IllegalArgumentException if {@code count} is negative
   * @since 0.1.0
   */
  public <T> List<T> sample(Gen<T> gen, int count) {
    Objects.requireNonNull(gen, "gen");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    SplittableRandom source = random();
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(gen.next(source.split()));
    }
    return values;
  }

  /**
   * Runs {@code property} on the first {@code count} values of {@code gen} and stops at the first
   * failure, which is rethrown as an {@link AssertionError} naming the sample, this seed and how to
   * repeat the run; the original failure is its cause.
   *
   * @param gen the generator
   * @param count how many values to check
   * @param property the check, failing by throwing (an assertion library's error or any exception)
   * @param <T> the type of the values
   * @throws AssertionError when the property fails for a value
   * @throws IllegalArgumentException if {@code count} is negative
   * @since 0.1.0
   */
  public <T> void check(Gen<T> gen, int count, Consumer<? super T> property) {
    Objects.requireNonNull(gen, "gen");
    Objects.requireNonNull(property, "property");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    SplittableRandom source = random();
    for (int i = 0; i < count; i++) {
      T value = gen.next(source.split());
      try {
        property.accept(value);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("sample " + (i + 1) + " of " + count + " failed with " + this + ": " + shown(value)
            + System.lineSeparator() + e.getMessage(), e);
      }
    }
  }

  /**
   * A value as a failure message shows it. The testkit's own types mask their numbers in {@code
   * toString}; bare text is masked as an identity number would be (style.md 6), since it is most
   * likely one, and the seed repeats the run for whoever needs the whole value.
   */
  private static String shown(Object value) {
    return value instanceof CharSequence text ? Mask.IDENTITY_NUMBER.apply(text) : String.valueOf(value);
  }

  /**
   * The seed and how to repeat a run with it, e.g. {@code seed 42 (repeat with -Dregistration.seed=42)}.
   *
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return "seed " + value + " (repeat with -D" + PROPERTY + "=" + value + ")";
  }
}
