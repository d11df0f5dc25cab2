package io.github.canbao.registration.batch.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An external merge sort of text entries ({@code sortKey}, {@code payload}) by key, then payload.
 *
 * <p>Entries are buffered until they hold {@code chunkChars} characters, sorted in memory and
 * written to a run file (one {@code key TAB payload} line an entry) while the next chunk fills;
 * {@link #sorted()} merges the runs k ways ({@link #MAX_FAN_IN} at a time, in more passes when
 * there are more runs). Memory is bounded by two chunks (the one filling and the one being written)
 * plus a line buffer per open run, whatever the number of entries; a sort that fits in one chunk
 * never touches the disk.
 *
 * <p>Ordering by payload after the key makes the output independent of the order of the input:
 * the same multiset of entries always comes out in the same order. Neither key nor payload may
 * hold a line break; the key may not hold a tab.
 */
public final class ExternalSort implements Closeable {

  /** Runs merged at once; more runs are merged in several passes. */
  public static final int MAX_FAN_IN = 256;

  /** Per entry, the heap an entry costs beyond its characters (two strings, the entry, the list slot). */
  static final int ENTRY_OVERHEAD_BYTES = 112;

  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::key).thenComparing(Entry::payload);

  private final Path directory;
  private final long chunkChars;
  private final ExecutorService writer;
  private final List<Path> runs = new ArrayList<>();
  private List<Entry> chunk = new ArrayList<>();
  private long chunkSize;
  private Future<Path> pending;
  private long entries;
  private boolean sortedCalled;

  /** One entry: the sort key and the text carried with it. */
  public record Entry(String key, String payload) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(payload, "payload");
    }
  }

  private ExternalSort(Path directory, long chunkChars) {
    this.directory = directory;
    this.chunkChars = chunkChars;
    this.writer = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "external-sort-writer");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * A sort that writes its runs under {@code directory} (created if missing) and keeps at most
   * {@code chunkChars} characters of entries a chunk in memory.
   *
   * @throws IllegalArgumentException if {@code chunkChars} is less than 1
   */
  public static ExternalSort create(Path directory, long chunkChars) {
    if (chunkChars < 1) {
      throw new IllegalArgumentException("chunkChars must be at least 1, not " + chunkChars);
    }
    return new ExternalSort(Objects.requireNonNull(directory, "directory"), chunkChars);
  }

  /** Adds an entry. */
  public void add(String key, String payload) throws IOException {
    if (sortedCalled) {
      throw new IllegalStateException("add after sorted()");
    }
    chunk.add(new Entry(key, payload));
    entries++;
    chunkSize += key.length() + payload.length() + ENTRY_OVERHEAD_BYTES / 2;
    if (chunkSize >= chunkChars) {
      spill();
    }
  }

  /** Entries added so far. */
  public long entries() {
    return entries;
  }

  /** Run files written so far. */
  public int runs() {
    return runs.size() + (pending != null ? 1 : 0);
  }

  private void spill() throws IOException {
    List<Entry> full = chunk;
    chunk = new ArrayList<>();
    chunkSize = 0;
    awaitPending();
    Files.createDirectories(directory);
    pending = writer.submit(() -> writeRun(full));
  }

  private void awaitPending() throws IOException {
    if (pending == null) {
      return;
    }
    try {
      runs.add(pending.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing a sorted run", e);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException("writing a sorted run failed", cause);
    } finally {
      pending = null;
    }
  }

  private Path writeRun(List<Entry> entries) throws IOException {
    entries.sort(ORDER);
    Path run = Files.createTempFile(directory, "run-", ".tsv");
    try (BufferedWriter out = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
      for (Entry e : entries) {
        out.write(e.key());
        out.write('\t');
        out.write(e.payload());
        out.write('\n');
      }
    }
    return run;
  }

  /**
   * The entries, sorted. May be called once; close the iterator (or this sort) to delete the runs.
   */
  public SortedEntries sorted() throws IOException {
    if (sortedCalled) {
      throw new IllegalStateException("sorted() called twice");
    }
    sortedCalled = true;
    if (runs.isEmpty() && pending == null) {
      chunk.sort(ORDER);
      Iterator<Entry> it = chunk.iterator();
      chunk = new ArrayList<>();
      return new SortedEntries(it, List.of());
    }
    if (!chunk.isEmpty()) {
      spill();
    }
    awaitPending();
    writer.shutdown();
    List<Path> level = new ArrayList<>(runs);
    while (level.size() > MAX_FAN_IN) {
      List<Path> next = new ArrayList<>();
      for (int i = 0; i < level.size(); i += MAX_FAN_IN) {
        List<Path> group = level.subList(i, Math.min(level.size(), i + MAX_FAN_IN));
        Path merged = Files.createTempFile(directory, "merge-", ".tsv");
        try (RunMerge m = new RunMerge(group); BufferedWriter out = Files.newBufferedWriter(merged, StandardCharsets.UTF_8)) {
          while (m.hasNext()) {
            Entry e = m.next();
            out.write(e.key());
            out.write('\t');
            out.write(e.payload());
            out.write('\n');
          }
        }
        for (Path p : group) {
          Files.deleteIfExists(p);
        }
        next.add(merged);
      }
      level = next;
    }
    runs.clear();
    runs.addAll(level);
    RunMerge merge = new RunMerge(level);
    return new SortedEntries(merge, level);
  }

  @Override
  public void close() throws IOException {
    writer.shutdownNow();
    for (Path run : runs) {
      Files.deleteIfExists(run);
    }
    runs.clear();
  }

  /** The sorted entries; closing deletes the run files. */
  public static final class SortedEntries implements Iterator<Entry>, Closeable {
    private final Iterator<Entry> entries;
    private final List<Path> files;

    SortedEntries(Iterator<Entry> entries, List<Path> files) {
      this.entries = entries;
      this.files = files;
    }

    @Override
    public boolean hasNext() {
      return entries.hasNext();
    }

    @Override
    public Entry next() {
      return entries.next();
    }

    @Override
    public void close() throws IOException {
      if (entries instanceof Closeable c) {
        c.close();
      }
      for (Path p : files) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** A k-way merge of sorted run files. */
  private static final class RunMerge implements Iterator<Entry>, Closeable {
    private final List<BufferedReader> readers = new ArrayList<>();
    private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> ORDER.compare(a.entry, b.entry));

    private record Head(Entry entry, BufferedReader reader) {}

    RunMerge(List<Path> runs) throws IOException {
      for (Path run : runs) {
        BufferedReader reader = Files.newBufferedReader(run, StandardCharsets.UTF_8);
        readers.add(reader);
        advance(reader);
      }
    }

    private void advance(BufferedReader reader) throws IOException {
      String line = reader.readLine();
      if (line != null) {
        int tab = line.indexOf('\t');
        heads.add(new Head(new Entry(line.substring(0, tab), line.substring(tab + 1)), reader));
      }
    }

    @Override
    public boolean hasNext() {
      return !heads.isEmpty();
    }

    @Override
    public Entry next() {
      Head head = heads.poll();
      if (head == null) {
        throw new NoSuchElementException();
      }
      try {
        advance(head.reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return head.entry;
    }

    @Override
    public void close() throws IOException {
      for (BufferedReader r : readers) {
        r.close();
      }
    }
  }
}
