package io.github.canbao.registration.spark.internal;

import io.github.canbao.registration.rules.LoadResult;
import io.github.canbao.registration.rules.RuleProblem;
import io.github.canbao.registration.rules.RuleSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One compiled rule set per locality per JVM. An executor runs several tasks at once, each on its
 * own thread; the first to ask compiles (1.4–1.9 s cold, docs/benchmarks.md) while the others for
 * the same locality wait for that compile instead of repeating it. A {@link RuleSet} is immutable
 * and thread-safe, so every task of the JVM shares it; sessions are made per batch by the rule set.
 * A KieBase is not serialisable in any useful sense (its classes are generated in this JVM), so it
 * is rebuilt here rather than shipped.
 */
public final class RuleSetHolder {

  private static final Logger LOG = LoggerFactory.getLogger(RuleSetHolder.class);

  private static final ConcurrentMap<String, Compiled> BY_KEY = new ConcurrentHashMap<>();

  private RuleSetHolder() {}

  /**
   * The rule set of {@code locality} in this JVM, compiled on first use.
   *
   * @throws IllegalStateException if it does not compile here (it did on the driver: a different
   *     library version on the executors, or a disk that cannot be written)
   */
  public static RuleSet get(ShippedLocality locality) {
    return BY_KEY.computeIfAbsent(locality.key(), key -> new Compiled(locality)).get();
  }

  /**
   * Gives this JVM the rule set the driver has already compiled, so that in local mode, where the
   * executor is the driver's JVM, the locality is compiled once and not twice.
   */
  public static void offer(ShippedLocality locality, RuleSet compiled) {
    BY_KEY.computeIfAbsent(locality.key(), key -> new Compiled(compiled));
  }

  /** A compile done once, on first demand; callers that come meanwhile wait for it. */
  private static final class Compiled {
    private final ShippedLocality locality;
    private volatile RuleSet value;

    Compiled(ShippedLocality locality) {
      this.locality = locality;
    }

    Compiled(RuleSet value) {
      this.locality = null;
      this.value = value;
    }

    RuleSet get() {
      RuleSet result = value;
      if (result != null) {
        return result;
      }
      synchronized (this) {
        if (value == null) {
          long start = System.nanoTime();
          LoadResult loaded = locality.compile();
          if (loaded.ruleSet().isEmpty()) {
            // Not cached: a later task retries, and fails the same way with the same message.
            throw new IllegalStateException("locality " + locality.source() + " did not compile on this executor:\n"
                + loaded.problems().stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
          }
          value = loaded.ruleSet().orElseThrow();
          LOG.info("compiled locality {} in {} ms", locality.source(), (System.nanoTime() - start) / 1_000_000);
        }
        return value;
      }
    }
  }
}
