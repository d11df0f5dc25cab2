package io.github.canbao.registration.testkit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DEVELOPERS.md "Thread-safe and streaming": one rule set shared by threads, sessions per call. */
@DisplayName("one RuleSet shared by four threads derives exactly as one thread does")
class ConcurrentDerivationTest {

  private static final DeriveOptions AS_OF = DeriveOptions.asOf(LocalDate.of(2026, 11, 23));

  @Test
  void sharedRuleSet() throws Exception {
    RuleSet rules = RuleSets.bundled("guangdong").ruleSet().orElseThrow();
    SplittableRandom random = new SplittableRandom(7);
    List<RegistrationRecord> inputs = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      inputs.add(DerivationInputs.records().next(random));
    }
    List<RegistrationRecord> sequential = rules.derive(inputs, AS_OF);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<RegistrationRecord>>> parts = new ArrayList<>();
      for (int from = 0; from < inputs.size(); from += 500) {
        List<RegistrationRecord> batch = inputs.subList(from, Math.min(from + 500, inputs.size()));
        // Alternate the batch and the single-record forms, so both share the base concurrently.
        parts.add(pool.submit(() -> from(batch, rules)));
      }
      List<RegistrationRecord> parallel = new ArrayList<>();
      for (Future<List<RegistrationRecord>> part : parts) {
        parallel.addAll(part.get());
      }
      assertThat(parallel).isEqualTo(sequential);
    } finally {
      pool.shutdownNow();
    }

    // The stream form gives the same, lazily, in order.
    try (Stream<RegistrationRecord> streamed = rules.derive(inputs.stream(), AS_OF)) {
      assertThat(streamed.toList()).isEqualTo(sequential);
    }
  }

  private static List<RegistrationRecord> from(List<RegistrationRecord> batch, RuleSet rules) {
    if (batch.hashCode() % 2 == 0) {
      return rules.derive(batch, AS_OF);
    }
    return batch.stream().map(r -> rules.derive(r, AS_OF)).toList();
  }
}
