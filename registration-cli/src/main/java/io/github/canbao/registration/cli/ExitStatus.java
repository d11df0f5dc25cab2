package io.github.canbao.registration.cli;

import picocli.CommandLine;

/**
 * The exit statuses of {@code cli.md}, and the one place that turns an exception into one.
 *
 * <ul>
 *   <li>{@value #DONE}: done, every input line read;
 *   <li>{@value #INCOMPLETE}: done, but some input lines could not be read or some numbers were
 *       invalid;
 *   <li>{@value #UNUSABLE}: unusable arguments, rules that do not load, a missing input file.
 * </ul>
 *
 * <p>A failure that is none of these (a full disk, a defect) also ends with {@value #UNUSABLE}:
 * the run did not finish, and {@value #INCOMPLETE} would tell a script that it had.
 *
 * @since 0.1.0
 */
final class ExitStatus implements CommandLine.IExitCodeExceptionMapper {

  /** Done, every input line read. */
  static final int DONE = 0;

  /** Done, but some input lines could not be read, or some numbers were invalid. */
  static final int INCOMPLETE = 1;

  /** Unusable arguments, unreadable rules or a missing input file. */
  static final int UNUSABLE = 2;

  /** The status of a run that read everything ({@code clean}) or not. */
  static int of(boolean clean) {
    return clean ? DONE : INCOMPLETE;
  }

  @Override
  public int getExitCode(Throwable exception) {
    return exception instanceof CommandFailure failure ? failure.status() : UNUSABLE;
  }
}
