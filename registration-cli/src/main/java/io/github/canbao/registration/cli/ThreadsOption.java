package io.github.canbao.registration.cli;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * {@code --threads N}: how many threads derive. The reading and writing thread is not counted:
 * it parses and writes while the others derive (docs/decisions/0012-throughput.md).
 *
 * @since 0.1.0
 */
final class ThreadsOption {

  /** Batches read ahead per deriving thread: enough that a worker never waits for the reader. */
  private static final int BATCHES_PER_THREAD = 2;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads deriving records, besides the one reading and writing; default: the number of processors (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  /**
   * Starts the deriving threads (none for {@code --threads 1}: the reading thread derives too).
   *
   * @throws CommandFailure if {@code --threads} is less than 1
   */
  Workers start() {
    if (threads < 1) {
      throw CommandFailure.unusable("--threads must be at least 1, was " + threads);
    }
    return new Workers(threads);
  }

  /** The deriving threads of one run; closing stops them. */
  static final class Workers implements AutoCloseable {

    private final int threads;
    private final ExecutorService pool;

    private Workers(int threads) {
      this.threads = threads;
      this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemons());
    }

    /** {@code rules} deriving a stream, in input order. */
    UnaryOperator<Stream<RegistrationRecord>> derive(RuleSet rules, DeriveOptions options) {
      return pool == null
          ? records -> rules.derive(records, options)
          : records -> rules.derive(records, options, pool, threads * BATCHES_PER_THREAD);
    }

    /** {@code rules} deriving and validating a stream, in input order. */
    UnaryOperator<Stream<RegistrationRecord>> validate(RuleSet rules, DeriveOptions options) {
      return pool == null
          ? records -> rules.validate(records, options)
          : records -> rules.validate(records, options, pool, threads * BATCHES_PER_THREAD);
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }

    /** Daemon threads: a failed run must not be kept alive by idle workers. */
    private static ThreadFactory daemons() {
      AtomicInteger count = new AtomicInteger();
      return task -> {
        Thread thread = new Thread(task, "registration-derive-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
    }
  }
}
