package io.github.canbao.registration.model.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Where a {@link RecordReader} takes its items from: one format's reading of physical lines. */
abstract class ItemSource implements Closeable {

  final PhysicalLines lines;

  ItemSource(PhysicalLines lines) {
    this.lines = lines;
  }

  /** The next item, or null at the end of the input. */
  abstract ReadItem next() throws IOException;

  /** The columns or keys seen so far (see {@link RecordReader#columns()}). */
  abstract List<String> columns() throws IOException;

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
