package io.github.canbao.registration.testkit.facts;

import io.github.canbao.registration.model.RegistrationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 100,000 generated derivation inputs both the differential and the coverage test read: 100
 * batches of 1,000, each batch as of one date of {@link #AS_OF}, all from {@link #SEED}.
 *
 * @param batches the batches, in order
 */
record DerivationSample(List<Batch> batches) {

  static final long SEED = 20_261_123L;
  static final int RECORDS = 100_000;
  static final int BATCH = 1_000;

  /**
   * As-of dates, none after the day this test was written (so no identity number is born after
   * "today" for a parser that checks against the clock): a common year's 28 February and 1 March
   * around a 29 February birthday at a retirement age (1968-02-29 is 55 on 2023-03-01, 1964-02-29 is
   * 60 on 2024-02-29), the reference day itself and the day after, a leap day, and ordinary days.
   */
  static final List<LocalDate> AS_OF = List.of(
      LocalDate.of(2026, 11, 23),
      LocalDate.of(2026, 8, 31),
      LocalDate.of(2026, 9, 1),
      LocalDate.of(2026, 3, 1),
      LocalDate.of(2026, 2, 28),
      LocalDate.of(2025, 8, 30),
      LocalDate.of(2024, 2, 29),
      LocalDate.of(2024, 2, 28),
      LocalDate.of(2024, 3, 1),
      LocalDate.of(2023, 2, 28),
      LocalDate.of(2023, 3, 1),
      LocalDate.of(2020, 1, 1));

  /** One batch: records derived with one as-of date. */
  record Batch(LocalDate asOf, List<RegistrationRecord> records) {}

  private static DerivationSample standard;

  /** The sample, generated once per test JVM. */
  static synchronized DerivationSample standard() {
    if (standard == null) {
      SplittableRandom random = new SplittableRandom(SEED);
      List<Batch> batches = new ArrayList<>();
      for (int i = 0; i < RECORDS / BATCH; i++) {
        LocalDate asOf = AS_OF.get(i % AS_OF.size());
        DerivationRecords inputs = DerivationInputs.records().asOf(asOf);
        List<RegistrationRecord> records = new ArrayList<>(BATCH);
        for (int j = 0; j < BATCH; j++) {
          records.add(inputs.next(random));
        }
        batches.add(new Batch(asOf, List.copyOf(records)));
      }
      standard = new DerivationSample(List.copyOf(batches));
    }
    return standard;
  }
}
