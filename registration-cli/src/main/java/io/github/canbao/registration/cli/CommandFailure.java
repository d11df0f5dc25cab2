package io.github.canbao.registration.cli;

/**
 * Ends a command with an exit status and a one-line reason for stderr: a missing input file, rules
 * that did not load. Thrown inside a command, turned into its status by {@link ExitStatus}.
 *
 * @since 0.1.0
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  CommandFailure(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  /** A failure that makes the arguments unusable: exit status {@value ExitStatus#UNUSABLE}. */
  static CommandFailure unusable(String message) {
    return new CommandFailure(ExitStatus.UNUSABLE, message);
  }

  /** The exit status. */
  int status() {
    return status;
  }
}
