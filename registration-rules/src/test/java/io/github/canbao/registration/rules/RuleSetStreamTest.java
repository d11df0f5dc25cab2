package io.github.canbao.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.RegistrationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RuleSet streams: sequential and on an executor, in input order, with bounded read-ahead")
class RuleSetStreamTest {

  private static final DeriveOptions AS_OF = DeriveOptions.asOf(LocalDate.of(2026, 11, 23));
  private static ExecutorService workers;
  private static RuleSet national;

  @BeforeAll
  static void start() {
    workers = Executors.newFixedThreadPool(3);
    national = RuleSets.bundled("national").ruleSet().orElseThrow();
  }

  @AfterAll
  static void stop() {
    workers.shutdownNow();
  }

  /** Records whose derivation differs with the index: ages 0-99, every other one enrolled. */
  private static List<RegistrationRecord> records(int count) {
    List<RegistrationRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      RegistrationRecord.Builder b =
          RegistrationRecord.builder()
              .personId(String.valueOf(i))
              .birthDate(String.format("%04d0615", 2026 - i % 100))
              .sex(i % 2 == 0 ? "1" : "2")
              .hukouLocal(i % 3 != 0);
      if (i % 2 == 0) {
        b.enrolments(List.of(Enrolment.of(i % 4 == 0 ? "110" : "390", "1", "20200101", "440100")));
      }
      records.add(b.build());
    }
    return records;
  }

  @Test
  @DisplayName("2,500 records derived on three threads equal the sequential derivation, record by record, in order")
  void parallelEqualsSequential() {
    List<RegistrationRecord> input = records(2_500);
    List<RegistrationRecord> sequential = national.derive(input.stream(), AS_OF).toList();
    List<RegistrationRecord> parallel;
    try (Stream<RegistrationRecord> derived = national.derive(input.stream(), AS_OF, workers, 4)) {
      parallel = derived.toList();
    }
    assertThat(parallel).hasSize(2_500).isEqualTo(sequential);
    assertThat(parallel).extracting(r -> r.personId().orElseThrow())
        .containsExactlyElementsOf(IntStream.range(0, 2_500).mapToObj(i -> String.valueOf(i)).toList());
    // The records really differ, so that an out-of-order result could not pass by accident.
    assertThat(parallel.stream().map(r -> r.noUnitType().orElse("")).distinct().count()).isGreaterThanOrEqualTo(4);
  }

  @Test
  @DisplayName("validate on an executor equals validate in sequence")
  void parallelValidateEqualsSequential() {
    List<RegistrationRecord> input = records(1_200);
    assertThat(national.validate(input.stream(), AS_OF, workers, 2).toList())
        .isEqualTo(national.validate(input.stream(), AS_OF).toList());
  }

  @Test
  @DisplayName("read-ahead is bounded: with 2 batches in flight, at most 3 batches are pulled before the first record is handed out")
  void readAheadIsBounded() {
    AtomicInteger pulled = new AtomicInteger();
    Stream<RegistrationRecord> endless =
        Stream.generate(() -> RegistrationRecord.builder().personId(String.valueOf(pulled.incrementAndGet())).build());
    try (Stream<RegistrationRecord> derived = national.derive(endless, AS_OF, workers, 2)) {
      assertThat(derived.findFirst()).isPresent();
    }
    assertThat(pulled.get()).isLessThanOrEqualTo(3 * RuleSet.BATCH_SIZE);
  }

  @Test
  @DisplayName("a batch that fails rethrows its own exception to the consumer, unwrapped")
  void failureReachesTheConsumer() {
    List<RegistrationRecord> input = records(3_000);
    Stream<RegistrationRecord> failing =
        Batches.parallel(input.stream(), 1_000, batch -> {
          if (batch.get(0).personId().orElseThrow().equals("1000")) {
            throw new IllegalStateException("second batch fails");
          }
          return batch;
        }, workers, 2);
    assertThatThrownBy(failing::toList).isInstanceOf(IllegalStateException.class).hasMessage("second batch fails");
  }

  @Test
  @DisplayName("an empty stream gives an empty stream; batchesInFlight below 1 is refused")
  void edges() {
    assertThat(national.derive(Stream.<RegistrationRecord>empty(), AS_OF, workers, 1).toList()).isEmpty();
    assertThatThrownBy(() -> national.derive(Stream.empty(), AS_OF, workers, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchesInFlight");
  }
}
