package io.github.canbao.registration.spark.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A partition's lines as one UTF-8 stream, each followed by a line feed, so that the library's own
 * {@code RecordReader} reads them exactly as it reads a file on one machine: the same mapping, the
 * same unreadable lines with the same reasons, blank lines skipped.
 */
final class LinesInputStream extends InputStream {

  private final Iterator<String> lines;
  private byte[] current = new byte[0];
  private int position;

  LinesInputStream(Iterator<String> lines) {
    this.lines = lines;
  }

  private boolean advance() {
    while (position >= current.length) {
      if (!lines.hasNext()) {
        return false;
      }
      byte[] text = lines.next().getBytes(StandardCharsets.UTF_8);
      current = new byte[text.length + 1];
      System.arraycopy(text, 0, current, 0, text.length);
      current[text.length] = '\n';
      position = 0;
    }
    return true;
  }

  @Override
  public int read() {
    return advance() ? current[position++] & 0xff : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (!advance()) {
      return -1;
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, n);
    position += n;
    return n;
  }
}
