package io.github.canbao.registration.batch.merge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.canbao.registration.batch.internal.RawJsonLines;
import io.github.canbao.registration.model.io.RecordFormat;
import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.batch.internal.ExternalSort;
import io.github.canbao.registration.model.Finding;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.ReadItem;
import io.github.canbao.registration.model.io.RecordWriter;
import io.github.canbao.registration.model.json.RegistrationJson;
import java.io.IOException;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming comparison and merge of several extracts ({@code comparison-and-reports.md} §1): an
 * external sort by key on disk, then a {@link RecordMerge} of each key's group.
 *
 * <pre>{@code
 * Merger merger = Merger.create().withChunkChars(32L << 20).withTemporaryDirectory(Path.of("/var/tmp"));
 * MergeSummary summary = merger.merge(
 *     List.of(new MergeInput(Source.of("公安", 2), "ga.jsonl", RecordReader.open(ga, JSON_LINES, UTF_8)),
 *             new MergeInput(Source.of("医保", 1), "yb.jsonl", RecordReader.open(yb, JSON_LINES, UTF_8))),
 *     RecordWriter.jsonLines(out),
 *     (input, line, reason) -> log.warn("{}:{}: {}", input, line, reason));
 * }</pre>
 *
 * <p><b>Memory.</b> Records are read one at a time; each becomes a line of JSON (a JSON Lines
 * file's own line, unparsed: only its {@code aac002} is scanned) with its normalised key in a chunk
 * of at most {@link #chunkChars()} characters, which is sorted and written to a run file in the
 * temporary directory while the next chunk fills. The runs are then merged k ways, and the groups
 * of each key are parsed and merged in batches of about {@value #BATCH_ENTRIES} records on one
 * thread per processor while the next batch is read. The heap needed is at most about {@code 4 ×
 * chunkChars} bytes for the two chunks (a character costs at most 2 bytes, and the per-entry
 * overhead is counted in the chunk's size), plus a 16 KiB line buffer (8 Ki characters) for each of at most {@value
 * ExternalSort#MAX_FAN_IN} runs merged at once, plus two batches of parsed records (about 2 ×
 * {@value #BATCH_ENTRIES} records, some tens of MiB), plus the largest key's group: it does not grow
 * with the number of records. The disk needed is about the size of the input as JSON Lines.
 *
 * <p>The output is in key order, then the records with invalid keys; it is the same whatever the
 * order of the input records or of the inputs. Unreadable lines are reported to the listener with
 * their line number and skipped. Immutable and thread-safe; each {@code merge} call is independent.
 *
 * @since 0.1.0
 */
public final class Merger {

  private static final Logger LOG = LoggerFactory.getLogger(Merger.class);

  /**
   * Default chunk: 32 Mi characters, so that the sort needs at most 128 MiB of heap.
   *
   * @since 0.1.0
   */
  public static final long DEFAULT_CHUNK_CHARS = 32L << 20;

  /** The sort key of records whose key is invalid: after every digit and letter. */
  private static final String INVALID = "~";

  private static final ObjectMapper JSON = RegistrationJson.mapper();

  /** Threads that parse and merge groups: the processors. */
  private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

  /** Entries read before a batch of groups is handed to the workers. */
  private static final int BATCH_ENTRIES = 2_048;

  /**
   * Receives the unreadable lines of the inputs.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Listener {
    /**
     * The line {@code line} of {@code input} holds no record, for {@code reason}.
     *
     * @since 0.1.0
     */
    void unreadable(String input, long line, String reason);
  }

  private final RecordMerge merge;
  private final long chunkChars;
  private final Path temporaryDirectory;

  private Merger(RecordMerge merge, long chunkChars, Path temporaryDirectory) {
    this.merge = merge;
    this.chunkChars = chunkChars;
    this.temporaryDirectory = temporaryDirectory;
  }

  /**
   * A merger with {@link RecordMerge#standard()}, {@link #DEFAULT_CHUNK_CHARS} and {@code java.io.tmpdir}.
   *
   * @since 0.1.0
   */
  public static Merger create() {
    return new Merger(RecordMerge.standard(), DEFAULT_CHUNK_CHARS, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * The same merger with chunks of at most {@code chars} characters.
   *
   * @throws IllegalArgumentException if {@code chars} is less than 1
   * @since 0.1.0
   */
  public Merger withChunkChars(long chars) {
    if (chars < 1) {
      throw new IllegalArgumentException("chunk size must be at least 1 character, not " + chars);
    }
    return new Merger(merge, chars, temporaryDirectory);
  }

  /**
   * The same merger writing its sorted runs under {@code directory}.
   *
   * @since 0.1.0
   */
  public Merger withTemporaryDirectory(Path directory) {
    return new Merger(merge, chunkChars, Objects.requireNonNull(directory, "directory"));
  }

  /**
   * The same merger with another group merge (another identity parser).
   *
   * @since 0.1.0
   */
  public Merger withMerge(RecordMerge recordMerge) {
    return new Merger(Objects.requireNonNull(recordMerge, "recordMerge"), chunkChars, temporaryDirectory);
  }

  /**
   * The chunk size, in characters.
   *
   * @since 0.1.0
   */
  public long chunkChars() {
    return chunkChars;
  }

  /**
   * Merges the inputs into {@code out} (flushed, not closed).
   *
   * @throws IllegalArgumentException if two inputs have sources of the same name
   * @throws IOException if an input cannot be read or the output or the temporary files cannot be written
   * @since 0.1.0
   */
  public MergeSummary merge(List<MergeInput> inputs, RecordWriter out, Listener listener) throws IOException {
    long started = System.nanoTime();
    Map<String, MergeInput> byName = new HashMap<>();
    for (MergeInput input : inputs) {
      if (byName.put(input.source().name(), input) != null) {
        throw new IllegalArgumentException("two inputs have the source name " + input.source().name());
      }
    }
    Files.createDirectories(temporaryDirectory);
    Path work = Files.createTempDirectory(temporaryDirectory, "registration-merge-");
    Tally tally = new Tally();
    int runs;
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
      Thread t = new Thread(r, "merge-worker");
      t.setDaemon(true);
      return t;
    });
    try (ExternalSort sort = ExternalSort.create(work, chunkChars)) {
      for (MergeInput input : inputs) {
        if (input instanceof MergeInput.JsonLinesFile file) {
          sortLines(file, sort, listener, tally, pool);
        } else if (input instanceof MergeInput.Records records) {
          sortRecords(records, sort, listener, tally);
        }
      }
      runs = sort.runs();
      LOG.debug("merge: {} records sorted in {} runs", tally.read, runs);
      try (ExternalSort.SortedEntries sorted = sort.sorted()) {
        mergeSorted(sorted, byName, out, listener, tally, pool);
      }
    } finally {
      pool.shutdownNow();
      deleteQuietly(work);
    }
    out.flush();
    return new MergeSummary(tally.read, tally.skipped, tally.keys, tally.written, tally.findings, runs, System.nanoTime() - started);
  }

  /** Counts of one merge. */
  private static final class Tally {
    long read;
    long skipped;
    long keys;
    long written;
    final Map<String, Long> findings = new HashMap<>();
  }

  /**
   * A JSON Lines file: each line scanned for its key only (on the workers, a batch of lines at a
   * time), and sorted as it is. Batches are added to the sort in line order, so problems are
   * reported in line order.
   */
  private void sortLines(MergeInput.JsonLinesFile input, ExternalSort sort, Listener listener, Tally tally, ExecutorService pool)
      throws IOException {
    String prefix = input.source().name() + '\t';
    List<Future<Scanned>> inFlight = new ArrayList<>();
    try (RawJsonLines lines = RawJsonLines.open(Files.newInputStream(input.file()), input.charset())) {
      // The calling thread only splits lines; the workers decode and scan them.
      List<RawJsonLines.Raw> batch = new ArrayList<>(BATCH_ENTRIES);
      for (RawJsonLines.Raw line = lines.nextRaw(); line != null; line = lines.nextRaw()) {
        batch.add(line);
        if (batch.size() == BATCH_ENTRIES) {
          List<RawJsonLines.Raw> lineBatch = batch;
          inFlight.add(pool.submit(() -> scanLines(lineBatch, lines.decoder(), prefix)));
          batch = new ArrayList<>(BATCH_ENTRIES);
          addScanned(inFlight, 2 * WORKERS, sort, listener, input.label(), tally);
        }
      }
      List<RawJsonLines.Raw> lineBatch = batch;
      inFlight.add(pool.submit(() -> scanLines(lineBatch, lines.decoder(), prefix)));
      addScanned(inFlight, 0, sort, listener, input.label(), tally);
    }
  }

  /** A batch of scanned lines: the sort entries (key, payload), and the problems (line, reason). */
  private record Scanned(List<String[]> entries, List<Object[]> problems) {}

  private Scanned scanLines(List<RawJsonLines.Raw> raws, CharsetDecoder decoder, String prefix) {
    List<String[]> entries = new ArrayList<>(raws.size());
    List<Object[]> problems = new ArrayList<>();
    for (RawJsonLines.Raw raw : raws) {
      RawJsonLines.Line line = raw.decode(decoder);
      if (line.problem() != null) {
        problems.add(new Object[] {line.number(), line.problem()});
        continue;
      }
      String text = line.text();
      if (text.isBlank()) {
        continue;
      }
      Scan scan = scan(text);
      if (scan.problem != null) {
        problems.add(new Object[] {line.number(), scan.problem});
        continue;
      }
      String key = scan.key == null ? INVALID : merge.keyOf(scan.key).value().orElse(INVALID);
      // A carriage return inside a line would end it in the run file; outside strings it is only
      // white space (inside a string it is not valid JSON, and the scan refused it).
      String json = text.indexOf('\r') >= 0 ? text.replace('\r', ' ') : text;
      // The line number goes last: the order of the entries (by payload) must not depend on it.
      entries.add(new String[] {key, prefix + json + '\t' + line.number()});
    }
    return new Scanned(entries, problems);
  }

  private static void addScanned(List<Future<Scanned>> inFlight, int keep, ExternalSort sort, Listener listener, String label, Tally tally)
      throws IOException {
    while (inFlight.size() > keep) {
      Scanned scanned = await(inFlight.remove(0));
      for (Object[] problem : scanned.problems()) {
        tally.skipped++;
        listener.unreadable(label, (Long) problem[0], (String) problem[1]);
      }
      for (String[] entry : scanned.entries()) {
        tally.read++;
        sort.add(entry[0], entry[1]);
      }
    }
  }

  private static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while merging", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }

  /** A reader's records, written as JSON for the sort. */
  private void sortRecords(MergeInput.Records input, ExternalSort sort, Listener listener, Tally tally) throws IOException {
    String prefix = input.source().name() + '\t';
    for (ReadItem item : input.reader()) {
      if (item instanceof ReadItem.Unreadable u) {
        tally.skipped++;
        listener.unreadable(input.label(), u.line(), u.reason());
      } else if (item instanceof ReadItem.Read r) {
        tally.read++;
        RegistrationKey key = merge.keyOf(r.record());
        sort.add(key.value().orElse(INVALID), prefix + JSON.writeValueAsString(r.record()) + '\t' + r.line());
      }
    }
  }

  /** What the scan of a line found: the social security number as given (null when absent), or a problem. */
  private record Scan(String key, String problem) {}

  /** Checks that the line is one JSON object and finds its {@code aac002}, without building the record. */
  private static Scan scan(String text) {
    try (JsonParser parser = JSON.getFactory().createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return unreadable(text);
      }
      String key = null;
      for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("aac002".equals(name) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
          key = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        return unreadable(text);
      }
      return new Scan(key, null);
    } catch (JsonProcessingException e) {
      return unreadable(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A line the scan refused, with the reason the model's reader gives for it: one wording and one
   * masking of numbers for every unreadable line, whichever path read it. Rare, so parsing the line
   * a second time costs nothing that matters.
   */
  private static Scan unreadable(String text) {
    ReadItem item = RecordReader.parseJsonLine(1, text);
    return new Scan(null, item instanceof ReadItem.Unreadable u ? u.reason() : "not one JSON object");
  }

  /** One group to merge: a key and its entries' payloads (an invalid key: one entry). */
  private record Pending(String key, List<String> payloads) {}

  /** What merging a group gave: the records, the lines that did not parse, the finding codes added per record. */
  private record Done(List<RegistrationRecord> records, List<String> rendered, List<String[]> problems, List<Set<String>> added,
      boolean keyed) {}

  /**
   * The sorted entries, grouped by key and merged. Groups are merged in batches on {@link #WORKERS}
   * threads while the next batch is read; records are written in order on the calling thread.
   */
  private void mergeSorted(ExternalSort.SortedEntries sorted, Map<String, MergeInput> inputs, RecordWriter out, Listener listener,
      Tally tally, ExecutorService pool) throws IOException {
    List<Pending> batch = new ArrayList<>();
    int batchEntries = 0;
    List<Future<List<Done>>> inFlight = new ArrayList<>();
    String groupKey = null;
    List<String> group = null;
    while (sorted.hasNext()) {
      ExternalSort.Entry entry = sorted.next();
      if (entry.key().equals(INVALID) || !entry.key().equals(groupKey)) {
        if (group != null) {
          batch.add(new Pending(groupKey, group));
        }
        groupKey = entry.key();
        group = new ArrayList<>(2);
      }
      group.add(entry.payload());
      batchEntries++;
      if (batchEntries >= BATCH_ENTRIES) {
        // The current group may still grow: it goes to the next batch.
        submit(batch, inputs, out, pool, inFlight);
        batch = new ArrayList<>();
        batchEntries = group.size();
        drain(inFlight, WORKERS, out, listener, inputs, tally);
      }
    }
    if (group != null) {
      batch.add(new Pending(groupKey, group));
    }
    submit(batch, inputs, out, pool, inFlight);
    drain(inFlight, 0, out, listener, inputs, tally);
  }

  /** Splits the batch among the workers, each part in order. */
  private void submit(List<Pending> batch, Map<String, MergeInput> inputs, RecordWriter out, ExecutorService pool,
      List<Future<List<Done>>> inFlight) {
    int parts = WORKERS;
    int size = (batch.size() + parts - 1) / parts;
    for (int from = 0; from < batch.size(); from += Math.max(1, size)) {
      List<Pending> part = batch.subList(from, Math.min(batch.size(), from + Math.max(1, size)));
      inFlight.add(pool.submit(() -> {
        List<Done> done = new ArrayList<>(part.size());
        for (Pending p : part) {
          done.add(process(p, inputs, out));
        }
        return done;
      }));
    }
  }

  /** Writes the finished parts in order until at most {@code keep} are in flight. */
  private void drain(List<Future<List<Done>>> inFlight, int keep, RecordWriter out, Listener listener, Map<String, MergeInput> inputs,
      Tally tally) throws IOException {
    while (inFlight.size() > keep) {
      List<Done> done = await(inFlight.remove(0));
      for (Done d : done) {
        for (String[] problem : d.problems()) {
          tally.read--;
          tally.skipped++;
          listener.unreadable(inputs.get(problem[0]).label(), Long.parseLong(problem[1]), problem[2]);
        }
        if (d.keyed()) {
          tally.keys++;
        }
        for (int i = 0; i < d.records().size(); i++) {
          if (d.rendered() != null) {
            out.writeRendered(d.rendered().get(i));
          } else {
            out.write(d.records().get(i));
          }
          tally.written++;
          d.added().get(i).forEach(code -> tally.findings.merge(code, 1L, Long::sum));
        }
      }
    }
  }

  /** Parses and merges one group. */
  private Done process(Pending pending, Map<String, MergeInput> inputs, RecordWriter out) {
    List<SourcedRecord> members = new ArrayList<>(pending.payloads().size());
    List<String[]> problems = new ArrayList<>();
    for (String payload : pending.payloads()) {
      int first = payload.indexOf('\t');
      int last = payload.lastIndexOf('\t');
      String name = payload.substring(0, first);
      long line = Long.parseLong(payload, last + 1, payload.length(), 10);
      ReadItem item = RecordReader.parseJsonLine(line, payload.substring(first + 1, last));
      if (item instanceof ReadItem.Read r) {
        members.add(new SourcedRecord(inputs.get(name).source(), line, r.record()));
      } else if (item instanceof ReadItem.Unreadable u) {
        problems.add(new String[] {name, Long.toString(line), u.reason()});
      }
    }
    List<RegistrationRecord> records;
    if (members.isEmpty()) {
      records = List.of();
    } else if (pending.key().equals(INVALID)) {
      records = List.of(merge.unmergeable(members.get(0)));
    } else {
      records = merge.mergeGroup(pending.key(), members);
    }
    Set<String> carried = new HashSet<>();
    // what a source carried is not counted as found; the merge's own codes it finds afresh
    members.forEach(r -> r.record().findings().stream()
        .map(Finding::code).filter(code -> !RecordMerge.ownCode(code)).forEach(carried::add));
    List<Set<String>> added = new ArrayList<>(records.size());
    for (RegistrationRecord record : records) {
      Set<String> codes = new HashSet<>();
      for (Finding f : record.findings()) {
        if (!carried.contains(f.code())) {
          codes.add(f.code());
        }
      }
      added.add(codes);
    }
    List<String> rendered = null;
    if (out.format() == RecordFormat.JSON_LINES) {
      // Rendering is the dearest part of writing: done here, on the workers.
      rendered = new ArrayList<>(records.size());
      for (RegistrationRecord record : records) {
        try {
          rendered.add(out.render(record));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new Done(records, rendered, problems, added, !members.isEmpty() && !pending.key().equals(INVALID));
  }

  private static void deleteQuietly(Path directory) {
    try (var files = Files.list(directory)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      LOG.debug("could not delete the merge's temporary directory: {}", e.toString());
    }
  }
}
