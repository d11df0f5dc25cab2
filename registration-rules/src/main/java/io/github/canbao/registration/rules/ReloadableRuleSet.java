package io.github.canbao.registration.rules;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A rule set that can be reloaded while work goes on: {@link #reload()} compiles the locality
 * again and publishes the new build atomically <em>only if it compiled cleanly</em>; otherwise the
 * rules already in force stay, and the problems are returned.
 *
 * <pre>{@code
 * ReloadableRuleSet rules = ReloadableRuleSet.of(() -> RuleSets.load(folder)).orElseThrow();
 * executor.submit(() -> rules.current().derive(batch, options));   // any thread, any time
 * LoadResult result = rules.reload();                               // e.g. when a DRL file changed
 * result.problems().forEach(p -> log.warn("{}", p));                // the old rules still apply
 * }</pre>
 *
 * <p>Thread-safe. A batch started before a reload finishes on the rule set it started with.
 *
 * @since 0.1.0
 */
public final class ReloadableRuleSet {

  private final Supplier<LoadResult> loader;
  private final AtomicReference<RuleSet> current;

  private ReloadableRuleSet(Supplier<LoadResult> loader, RuleSet initial) {
    this.loader = loader;
    this.current = new AtomicReference<>(initial);
  }

  /**
   * Loads once with {@code loader}; the result holds the reloadable rule set when that first load
   * succeeded, else the problems.
   *
   * @throws NullPointerException if {@code loader} is null or returns null
   * @since 0.1.0
   */
  public static Outcome of(Supplier<LoadResult> loader) {
    Objects.requireNonNull(loader, "loader");
    LoadResult first = Objects.requireNonNull(loader.get(), "loader returned null");
    return new Outcome(first.ruleSet().map(set -> new ReloadableRuleSet(loader, set)), first);
  }

  /**
   * The outcome of the first load.
   *
   * @param reloadable the reloadable rule set, when the first load succeeded
   * @param firstLoad what the first load gave: the rule set, or the problems
   * @since 0.1.0
   */
  public record Outcome(java.util.Optional<ReloadableRuleSet> reloadable, LoadResult firstLoad) {
    /**
     * The reloadable rule set, or an exception listing the problems of the first load.
     *
     * @since 0.1.0
     */
    public ReloadableRuleSet orElseThrow() {
      return reloadable.orElseThrow(() -> new IllegalStateException("the rules did not load: " + firstLoad.problems()));
    }
  }

  /**
   * The rule set in force now.
   *
   * @since 0.1.0
   */
  public RuleSet current() {
    return current.get();
  }

  /**
   * Compiles again; publishes the new rule set if it compiled cleanly. Returns what the load gave:
   * on failure, the problems — and {@link #current()} is unchanged.
   *
   * @since 0.1.0
   */
  public LoadResult reload() {
    LoadResult result = Objects.requireNonNull(loader.get(), "loader returned null");
    result.ruleSet().ifPresent(current::set);
    return result;
  }
}
