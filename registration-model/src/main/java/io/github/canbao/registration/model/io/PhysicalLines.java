package io.github.canbao.registration.model.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Objects;

/**
 * The physical lines of a byte stream, numbered from 1, each decoded on its own.
 *
 * <p>Lines are split on the byte {@code \n} (a trailing {@code \r} is dropped) before decoding, which
 * is exact for the charsets a reader accepts — UTF-8, GB18030 and the other ASCII-compatible ones —
 * because none of them uses that byte inside a character. Decoding each line on its own lets a line
 * in the wrong charset be reported with its number while the lines after it are still read; a
 * decoder over the whole stream would either stop there or replace the bytes silently. A byte order
 * mark (U+FEFF) at the start of the first line is skipped. A line longer than {@link #MAX_LINE_BYTES}
 * is reported and skipped, so that memory stays bounded whatever the input.
 */
final class PhysicalLines implements Closeable {

  /** The longest line kept: far beyond any real record, small enough to hold in memory. */
  static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  /**
   * One physical line: its text, or why it has none.
   *
   * @param number the 1-based line number
   * @param text the decoded text without its line terminator, or null when {@code problem} is set
   * @param problem why the line could not be decoded, or null
   */
  record Line(long number, String text, String problem) {}

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private boolean end;
  private byte[] line = new byte[1024];
  private int lineLength;
  private long number;

  PhysicalLines(InputStream in, Charset charset) {
    this.in = Objects.requireNonNull(in, "in");
    this.charset = requireAsciiCompatible(charset);
    this.decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * {@code charset}, if it encodes line breaks as the single ASCII bytes this reader splits on.
   *
   * @throws IllegalArgumentException for a charset such as UTF-16, which this reader cannot split
   */
  static Charset requireAsciiCompatible(Charset charset) {
    Objects.requireNonNull(charset, "charset");
    if (!charset.canEncode()
        || !Arrays.equals("\n\r,\"{".getBytes(charset), new byte[] {'\n', '\r', ',', '"', '{'})) {
      throw new IllegalArgumentException(
          charset.name() + " is not ASCII-compatible; use UTF-8, GB18030 or another ASCII-compatible charset");
    }
    return charset;
  }

  /** The charset lines are decoded with. */
  Charset charset() {
    return charset;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    lineLength = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position >= limit) {
        if (end) {
          break;
        }
        int read = in.read(buffer);
        if (read < 0) {
          end = true;
          break;
        }
        position = 0;
        limit = read;
        continue;
      }
      any = true;
      int newline = indexOfNewline();
      int stop = newline < 0 ? limit : newline;
      if (!tooLong) {
        tooLong = !append(position, stop - position);
      }
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    if (!any) {
      return null;
    }
    number++;
    if (tooLong) {
      return new Line(number, null, "the line is longer than " + (MAX_LINE_BYTES >> 20) + " MiB");
    }
    int length = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
    } catch (CharacterCodingException e) {
      return new Line(number, null, "the line is not valid " + charset.name() + " (is the charset right?)");
    }
    if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return new Line(number, text, null);
  }

  /** The number of the last line returned. */
  long lineNumber() {
    return number;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Appends to the current line; false when the line would grow beyond the limit. */
  private boolean append(int from, int count) {
    if (count == 0) {
      return true;
    }
    if ((long) lineLength + count > MAX_LINE_BYTES) {
      return false;
    }
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, Math.max(line.length * 2, lineLength + count)));
    }
    System.arraycopy(buffer, from, line, lineLength, count);
    lineLength += count;
    return true;
  }
}
