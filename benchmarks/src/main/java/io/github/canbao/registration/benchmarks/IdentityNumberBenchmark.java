package io.github.canbao.registration.benchmarks;

import cn.hutool.core.util.IdcardUtil;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.identity.IdentityParser;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation throughput: our allocation-free check and our full parse against Hutool's {@code
 * IdcardUtil.isValidCard}, on the same 4,096 numbers (see {@link IdentityInputs}).
 *
 * <pre>{@code
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar IdentityNumberBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IdentityNumberBenchmark {

  static final int SIZE = 4_096;

  private String[] numbers;
  private IdentityParser parser;

  @Setup
  public void setUp() {
    numbers = IdentityInputs.mix(SIZE);
    parser = IdentityParser.standard().asOf(LocalDate.of(2026, 11, 23));
    // Load the division data before measuring, as a long-running service would have.
    IdentityNumber.isValid(numbers[0]);
  }

  @Benchmark
  @OperationsPerInvocation(SIZE)
  public int oursIsValid() {
    int valid = 0;
    for (String number : numbers) {
      if (parser.isValid(number)) {
        valid++;
      }
    }
    return valid;
  }

  @Benchmark
  @OperationsPerInvocation(SIZE)
  public int oursParse() {
    int valid = 0;
    for (String number : numbers) {
      if (parser.parse(number).isValid()) {
        valid++;
      }
    }
    return valid;
  }

  @Benchmark
  @OperationsPerInvocation(SIZE)
  public int hutoolIsValidCard() {
    int valid = 0;
    for (String number : numbers) {
      if (IdcardUtil.isValidCard(number)) {
        valid++;
      }
    }
    return valid;
  }
}
