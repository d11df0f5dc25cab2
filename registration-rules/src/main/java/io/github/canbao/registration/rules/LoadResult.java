package io.github.canbao.registration.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of loading a locality: its compiled {@link RuleSet}, or the problems that kept it
 * from loading. A broken DRL file is a result, never an exception.
 *
 * <pre>{@code
 * switch (RuleSets.load(Path.of("rules/shenzhen"))) {
 *   case LoadResult.Loaded loaded -> use(loaded.ruleSet());
 *   case LoadResult.Failed failed -> failed.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface LoadResult {

  /**
   * The rule set, when it loaded.
   *
   * @since 0.1.0
   */
  Optional<RuleSet> ruleSet();

  /**
   * The problems; empty when it loaded.
   *
   * @since 0.1.0
   */
  List<RuleProblem> problems();

  /**
   * A locality that compiled cleanly.
   *
   * @param value the compiled rule set
   * @since 0.1.0
   */
  record Loaded(RuleSet value) implements LoadResult {
    /**
     * Checks that there is a rule set.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public Loaded {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Optional<RuleSet> ruleSet() {
      return Optional.of(value);
    }

    @Override
    public List<RuleProblem> problems() {
      return List.of();
    }
  }

  /**
   * A locality that did not load, as a whole.
   *
   * @param problems what kept it from loading, with file and line; never empty
   * @since 0.1.0
   */
  record Failed(List<RuleProblem> problems) implements LoadResult {
    /**
     * Copies the problems and checks that there is one.
     *
     * @throws NullPointerException if {@code problems} is or holds null
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public Failed {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a failed load has at least one problem");
      }
    }

    @Override
    public Optional<RuleSet> ruleSet() {
      return Optional.empty();
    }
  }
}
