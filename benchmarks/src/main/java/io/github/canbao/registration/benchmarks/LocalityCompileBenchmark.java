package io.github.canbao.registration.benchmarks;

import io.github.canbao.registration.rules.LoadResult;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to load and compile each bundled locality with {@link RuleSets#bundled(String)} (DRL files,
 * parameters, code-table overrides, the chain it extends), cold and warm.
 *
 * <ul>
 *   <li>{@code compileCold}: the first compile in a fresh JVM (Drools' classes not yet loaded,
 *       nothing JIT-compiled), one shot per fork, five forks;
 *   <li>{@code compileWarm}: the average over repeated compiles after warm-up, as a service that
 *       reloads a locality would see.
 * </ul>
 *
 * <p>The parameter list is {@code localities/index.txt}; a locality that does not compile fails
 * its run with its problems. Measure a subset with {@code -p locality=national,guangdong}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LocalityCompileBenchmark
 * }</pre>
 *
 * <p>Nothing is loaded in a setup method, so that the cold shot really is the first.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LocalityCompileBenchmark {

  @Param({"national", "guangdong", "beijing", "suzhou", "changzhou", "guizhou"})
  public String locality;

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public RuleSet compileCold() {
    return compile();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public RuleSet compileWarm() {
    return compile();
  }

  private RuleSet compile() {
    LoadResult result = RuleSets.bundled(locality);
    return result.ruleSet()
        .orElseThrow(() -> new IllegalStateException(locality + " does not compile: " + result.problems()));
  }
}
