package io.github.canbao.registration.benchmarks;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import io.github.canbao.registration.testkit.facts.ReferenceDerivation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Derivation throughput of the bundled {@code guangdong} rule set, in records per second: one
 * record per call, a batch of 1,000 per call (one session per batch) on one and on two threads,
 * and the plain-Java reference ({@code GuangdongReference}, testkit test code) on the same batches.
 * Inputs: {@link DerivationBatches}.
 *
 * <pre>{@code
 * ./mvnw -q -B install -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RuleSetBenchmark
 * }</pre>
 *
 * <p>With {@code @Threads(2)} JMH reports the sum of both threads' throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleSetBenchmark {

  private RuleSet guangdong;
  private DeriveOptions options;
  private List<RegistrationRecord> records;
  private List<List<RegistrationRecord>> batches;

  /** Where each thread is in the inputs, so that two threads do not share a counter. */
  @State(Scope.Thread)
  public static class Cursor {
    int record;
    int batch;

    RegistrationRecord nextRecord(List<RegistrationRecord> records) {
      RegistrationRecord r = records.get(record);
      record = record + 1 == records.size() ? 0 : record + 1;
      return r;
    }

    List<RegistrationRecord> nextBatch(List<List<RegistrationRecord>> batches) {
      List<RegistrationRecord> b = batches.get(batch);
      batch = batch + 1 == batches.size() ? 0 : batch + 1;
      return b;
    }
  }

  @Setup
  public void setUp() {
    guangdong = RuleSets.bundled("guangdong").ruleSet()
        .orElseThrow(() -> new IllegalStateException("guangdong does not compile"));
    options = DeriveOptions.asOf(DerivationBatches.AS_OF);
    records = DerivationBatches.records();
    batches = DerivationBatches.batches(records);
  }

  @Benchmark
  public RegistrationRecord deriveSingle(Cursor cursor) {
    return guangdong.derive(cursor.nextRecord(records), options);
  }

  @Benchmark
  @OperationsPerInvocation(DerivationBatches.BATCH)
  public List<RegistrationRecord> deriveBatch1000(Cursor cursor) {
    return guangdong.derive(cursor.nextBatch(batches), options);
  }

  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(DerivationBatches.BATCH)
  public List<RegistrationRecord> deriveBatch1000TwoThreads(Cursor cursor) {
    return guangdong.derive(cursor.nextBatch(batches), options);
  }

  @Benchmark
  @OperationsPerInvocation(DerivationBatches.BATCH)
  public void referenceBatch1000(Cursor cursor, Blackhole sink) {
    reference(cursor.nextBatch(batches), sink);
  }

  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(DerivationBatches.BATCH)
  public void referenceBatch1000TwoThreads(Cursor cursor, Blackhole sink) {
    reference(cursor.nextBatch(batches), sink);
  }

  private void reference(List<RegistrationRecord> batch, Blackhole sink) {
    for (RegistrationRecord record : batch) {
      Map<String, Optional<String>> fields = ReferenceDerivation.derive(record, options.asOf());
      sink.consume(fields);
    }
  }
}
