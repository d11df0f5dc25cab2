package io.github.canbao.registration.benchmarks.ceiling;

import io.github.canbao.registration.rules.internal.RuleBaseCompiler;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What Drools (10.2.0, classic route, as the library uses it) costs per record before any
 * registration logic: a synthetic rule base of the same shape as the {@code guangdong} derivation —
 * {@code fields} fields decided in a chain, each by the first of three salience-ordered rows, each
 * decision followed by {@code update($f)} — over facts that carry nothing but three inputs. A batch
 * of 1,000 facts a session, as {@code RuleSet} does it.
 *
 * <p>The figure bounds what any rule set of this shape can reach on this machine: with 13
 * decisions per record (the derivation's 12.6, docs/benchmarks.md) the engine alone caps the
 * records per second, whatever the facts and consequences cost.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar EngineCeilingBenchmark}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineCeilingBenchmark {

  private static final int BATCH = 1_000;

  /** Decisions per record: 13 is the derivation's count rounded up; 1 shows the fixed cost. */
  @Param({"13", "6", "1"})
  public int fields;

  private KieBase base;
  private List<int[]> inputs;

  @Setup
  public void compile() {
    RuleBaseCompiler.CompileOutcome outcome =
        RuleBaseCompiler.compile("ceiling", List.of(new RuleBaseCompiler.DrlFile("chain.drl", drl(fields), "chain.drl")));
    if (!outcome.problems().isEmpty()) {
      throw new IllegalStateException("the synthetic rules did not compile: " + outcome.problems());
    }
    base = outcome.base().orElseThrow();
    SplittableRandom random = new SplittableRandom(20_261_123L);
    inputs = java.util.stream.Stream.generate(() -> new int[] {random.nextInt(60), random.nextInt(50), random.nextInt(2)})
        .limit(BATCH)
        .toList();
  }

  /** {@code fields} fields × 3 rows: a threshold on x, a flag or a threshold on y, and otherwise. */
  static String drl(int fields) {
    StringBuilder drl = new StringBuilder("package io.github.canbao.registration.benchmarks.ceiling;\n\n");
    int salience = 10_000;
    String[] rows = {"x > %d", "flag || y < %d", "true"};
    for (int field = 0; field < fields; field++) {
      for (int row = 0; row < rows.length; row++) {
        String condition = String.format(rows[row], (field * 7 + row * 11) % 60);
        drl.append("rule \"field ").append(field).append(" row ").append(row).append("\"\n")
            .append("  salience ").append(salience--).append('\n')
            .append("when\n")
            .append("  $f : ChainedFact( decided(").append(field - 1).append("), !decided(").append(field).append("), ")
            .append(condition).append(" )\n")
            .append("then\n")
            .append("  $f.decide(").append(field).append(", ").append(row + 1).append(");\n")
            .append("  update($f);\n")
            .append("end\n\n");
      }
    }
    return drl.toString();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int batch1000() {
    return fire();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  @Threads(2)
  public int batch1000TwoThreads() {
    return fire();
  }

  private int fire() {
    KieSession session = base.newKieSession();
    try {
      for (int[] input : inputs) {
        session.insert(new ChainedFact(input[0], input[1], input[2] == 1, fields));
      }
      return session.fireAllRules();
    } finally {
      session.dispose();
    }
  }
}
