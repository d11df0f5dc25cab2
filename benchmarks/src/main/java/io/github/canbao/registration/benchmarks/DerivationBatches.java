package io.github.canbao.registration.benchmarks;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.testkit.facts.DerivationInputs;
import io.github.canbao.registration.testkit.facts.DerivationRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The inputs the rule set and the reference are measured on: 10,000 records from the testkit's
 * {@code DerivationInputs.records()} (every row of every rule is reached), as of 2026-11-23, with
 * the fixed seed {@value #SEED}, cut into batches of {@value #BATCH}.
 */
final class DerivationBatches {

  static final long SEED = 20261123L;
  static final int RECORDS = 10_000;
  static final int BATCH = 1_000;
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  private DerivationBatches() {}

  static List<RegistrationRecord> records() {
    SplittableRandom random = new SplittableRandom(SEED);
    DerivationRecords inputs = DerivationInputs.records().asOf(AS_OF);
    List<RegistrationRecord> records = new ArrayList<>(RECORDS);
    for (int i = 0; i < RECORDS; i++) {
      records.add(inputs.next(random));
    }
    return List.copyOf(records);
  }

  static List<List<RegistrationRecord>> batches(List<RegistrationRecord> records) {
    List<List<RegistrationRecord>> batches = new ArrayList<>();
    for (int from = 0; from < records.size(); from += BATCH) {
      batches.add(List.copyOf(records.subList(from, Math.min(records.size(), from + BATCH))));
    }
    return List.copyOf(batches);
  }
}
