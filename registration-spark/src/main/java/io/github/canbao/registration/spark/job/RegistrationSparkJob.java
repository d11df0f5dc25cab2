package io.github.canbao.registration.spark.job;

import io.github.canbao.registration.spark.BrokenLocalityException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The job to {@code spark-submit}: derive, validate or merge a province's records, or list the people who need a
 * survey, on a cluster.
 *
 * <pre>{@code
 * spark-submit --class io.github.canbao.registration.spark.job.RegistrationSparkJob \
 *   registration-spark-job.jar validate --rules rules/shenzhen --as-of 2026-11-23 \
 *   --in hdfs:///registration/2026q4/in --out hdfs:///registration/2026q4/validated --format parquet
 * }</pre>
 *
 * <p>Exit status as the command line's ({@code cli.md}): {@code 0} done, every line read; {@code 1}
 * done, but some lines held no record; {@code 2} unusable arguments or a locality that does not
 * load (its problems printed with file and line, before any data is read).
 *
 * @since 0.1.0
 */
@Command(
    name = "registration-spark",
    description = "Registration (全民参保登记) jobs on Apache Spark.",
    mixinStandardHelpOptions = true,
    versionProvider = RegistrationSparkJob.Version.class,
    subcommands = {DeriveJob.class, ValidateJob.class, MergeJob.class, SurveyListJob.class, ReportJob.class, CommandLine.HelpCommand.class})
public final class RegistrationSparkJob implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the job; exits with its status. The Spark session (built from what {@code spark-submit}
   * configured) is stopped before the exit.
   *
   * @since 0.1.0
   */
  public static void main(String[] args) {
    int status = commandLine().execute(args);
    SparkSession.getActiveSession().foreach(session -> {
      session.stop();
      return null;
    });
    System.exit(status);
  }

  /**
   * The job's command line, for a caller that runs it in a session of its own (tests, a notebook):
   * {@code commandLine().execute(args)} returns the exit status and leaves the session running.
   *
   * @since 0.1.0
   */
  public static CommandLine commandLine() {
    return new CommandLine(new RegistrationSparkJob())
        .setExecutionExceptionHandler((e, line, parsed) -> {
          if (e instanceof BrokenLocalityException) {
            line.getErr().println(e.getMessage());
            return 2;
          }
          if (e instanceof org.apache.spark.sql.AnalysisException || e instanceof java.nio.file.FileAlreadyExistsException) {
            // A missing input or an output folder that exists: unusable arguments (cli.md).
            line.getErr().println(e.getMessage());
            return 2;
          }
          throw e;
        });
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** The library version, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = RegistrationSparkJob.class.getPackage().getImplementationVersion();
      return new String[] {"registration-spark " + (version == null ? "(development)" : version)};
    }
  }
}
