package io.github.canbao.registration.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code registration}: the command line of {@code shared/spec/cli.md}, one subcommand a class.
 *
 * <pre>{@code
 * ./registration id check 110105491231002
 * ./registration derive --locality guangdong --in people.jsonl --out derived.jsonl
 * ./registration demo
 * }</pre>
 *
 * <p>Records go to stdout (or {@code --out}), summaries, progress and problems to stderr, both in
 * UTF-8 whatever the platform's charset. Exit statuses: {@link ExitStatus}.
 *
 * @since 0.1.0
 */
@Command(
    name = "registration",
    mixinStandardHelpOptions = true,
    versionProvider = RegistrationCommand.Version.class,
    header = "全民参保登记: identity numbers, derivation and validation of registration records.",
    description = {
      "Records in and out are JSON Lines or CSV (record-format.md); records go to stdout or --out,",
      "summaries and problems to stderr.",
      "Exit status: 0 done; 1 done, but some input lines were unreadable or some numbers invalid;",
      "2 unusable arguments, rules that do not load, or a missing input file."
    },
    subcommands = {
      IdCommand.class,
      DeriveCommand.class,
      ValidateCommand.class,
      MergeCommand.class,
      SurveyListCommand.class,
      ReportCommand.class,
      LocalitiesCommand.class,
      CheckRulesCommand.class,
      DemoCommand.class,
      HelpCommand.class
    })
public final class RegistrationCommand implements Callable<Integer> {

  static {
    // Hibernate Validator announces itself at INFO through jboss-logging, which would pick
    // java.util.logging and print to stderr; through SLF4J, simplelogger.properties silences it.
    // Set before any class of the libraries loads.
    System.setProperty("org.jboss.logging.provider", "slf4j");
  }

  @Spec CommandSpec spec;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   * @since 0.1.0
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line on stdout and stderr, and flushes both. */
  static int execute(String... args) {
    CommandLine commandLine =
        commandLine(utf8(new FileOutputStream(FileDescriptor.out), false), utf8(new FileOutputStream(FileDescriptor.err), true));
    try {
      return commandLine.execute(args);
    } finally {
      commandLine.getOut().flush();
      commandLine.getErr().flush();
    }
  }

  /** The command line, writing records to {@code out} and everything else to {@code err}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    ExitStatus exitStatus = new ExitStatus();
    CommandLine commandLine = new CommandLine(new RegistrationCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // The descriptions are written as lines of up to 100 characters; at picocli's default 80 each
    // would wrap in the middle.
    commandLine.setUsageHelpWidth(100);
    commandLine.setExitCodeExceptionMapper(exitStatus);
    commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitStatus.UNUSABLE);
    commandLine.getCommandSpec().exitCodeOnExecutionException(ExitStatus.UNUSABLE);
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parsed) -> {
          PrintWriter stderr = failed.getErr();
          if (exception instanceof CommandFailure) {
            stderr.println("registration: " + exception.getMessage());
          } else if (exception instanceof IOException || exception instanceof UncheckedIOException) {
            Throwable cause = exception instanceof UncheckedIOException u ? u.getCause() : exception;
            stderr.println("registration: " + cause);
          } else {
            stderr.println("registration: unexpected failure, please report it: " + exception);
            exception.printStackTrace(stderr);
          }
          stderr.flush();
          return exitStatus.getExitCode(exception);
        });
    return commandLine;
  }

  /** Without a subcommand: the usage, on stderr, and the status of unusable arguments. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitStatus.UNUSABLE;
  }

  private static PrintWriter utf8(FileOutputStream stream, boolean autoFlush) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024), autoFlush);
  }

  /** The version in the jar's manifest ({@code Implementation-Version}). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = RegistrationCommand.class.getPackage().getImplementationVersion();
      return new String[] {"registration " + (version == null ? "(development build)" : version)};
    }
  }
}
