package io.github.canbao.registration.spark;

import io.github.canbao.registration.rules.RuleProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A locality that did not load on the driver: the job stops here, before any data is read, and
 * the message lists every problem as {@code file:line: message}. For a job a broken locality is an
 * unusable argument, as it is for the command line (exit status 2), not a result to go on with.
 *
 * @since 0.1.0
 */
public final class BrokenLocalityException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<RuleProblem> problems;

  /**
   * An exception for {@code source} with its {@code problems}.
   *
   * @since 0.1.0
   */
  public BrokenLocalityException(RuleSource source, List<RuleProblem> problems) {
    super("locality " + source + " did not load:\n"
        + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems, each with file and line.
   *
   * @since 0.1.0
   */
  public List<RuleProblem> problems() {
    return problems;
  }
}
