package io.github.canbao.registration.rules;

import io.github.canbao.registration.model.RegistrationRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream of records cut into batches, each batch worked on as a whole, the results handed out
 * in input order. Sequentially, one batch is held at a time; on an executor, at most {@code
 * inFlight} batches are read ahead and worked on at once, so memory is bounded by {@code inFlight ×
 * size} records whatever the length of the stream.
 *
 * <p>The records are pulled from the source on the consuming thread: a source that parses a file
 * parses it there, while the executor's threads derive. The consumer also writes, so reading and
 * writing share one thread and derivation gets the others: measured, that is the split that keeps
 * two cores busy (docs/benchmarks.md).
 */
final class Batches {

  private Batches() {}

  /** {@code records} worked on a batch of {@code size} at a time on the calling thread. */
  static Stream<RegistrationRecord> sequential(
      Stream<RegistrationRecord> records, int size, UnaryOperator<List<RegistrationRecord>> work) {
    Iterator<RegistrationRecord> source = records.iterator();
    BatchIterator done =
        new BatchIterator() {
          @Override
          List<RegistrationRecord> nextBatch() {
            List<RegistrationRecord> next = take(source, size);
            return next.isEmpty() ? null : work.apply(next);
          }
        };
    return stream(done).onClose(records::close);
  }

  /**
   * {@code records} worked on a batch of {@code size} at a time on {@code executor}, at most {@code
   * inFlight} batches at once, in input order. A batch that fails rethrows its exception to the
   * consumer when its turn comes; closing the stream closes the source and cancels what is pending.
   */
  static Stream<RegistrationRecord> parallel(
      Stream<RegistrationRecord> records,
      int size,
      UnaryOperator<List<RegistrationRecord>> work,
      Executor executor,
      int inFlight) {
    Iterator<RegistrationRecord> source = records.iterator();
    Deque<CompletableFuture<List<RegistrationRecord>>> pending = new ArrayDeque<>(inFlight);
    BatchIterator done =
        new BatchIterator() {
          @Override
          List<RegistrationRecord> nextBatch() {
            fill();
            if (pending.isEmpty()) {
              return null;
            }
            List<RegistrationRecord> result = join(pending.removeFirst());
            // Read the next batch while the workers go on with the ones already handed over.
            fill();
            return result;
          }

          private void fill() {
            while (pending.size() < inFlight) {
              List<RegistrationRecord> next = take(source, size);
              if (next.isEmpty()) {
                return;
              }
              pending.addLast(CompletableFuture.supplyAsync(() -> work.apply(next), executor));
            }
          }
        };
    return stream(done)
        .onClose(() -> pending.forEach(future -> future.cancel(false)))
        .onClose(records::close);
  }

  /** The records of one worked batch after another; the two forms differ only in where a batch comes from. */
  private abstract static class BatchIterator implements Iterator<RegistrationRecord> {
    private Iterator<RegistrationRecord> batch = Collections.emptyIterator();

    /** The next batch, worked on; null when the source is exhausted. */
    abstract List<RegistrationRecord> nextBatch();

    @Override
    public boolean hasNext() {
      while (!batch.hasNext()) {
        List<RegistrationRecord> next = nextBatch();
        if (next == null) {
          return false;
        }
        batch = next.iterator();
      }
      return true;
    }

    @Override
    public RegistrationRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return batch.next();
    }
  }

  private static List<RegistrationRecord> take(Iterator<RegistrationRecord> source, int size) {
    List<RegistrationRecord> next = new ArrayList<>(size);
    while (next.size() < size && source.hasNext()) {
      next.add(source.next());
    }
    return next;
  }

  /** The batch's result; its failure rethrown as it was thrown, not wrapped. */
  private static List<RegistrationRecord> join(CompletableFuture<List<RegistrationRecord>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a batch");
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new CompletionException(cause);
    }
  }

  private static Stream<RegistrationRecord> stream(Iterator<RegistrationRecord> records) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false);
  }
}
