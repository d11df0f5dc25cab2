package io.github.canbao.registration.batch.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Objects;

/**
 * The physical lines of a JSON Lines file, decoded but not parsed, with their 1-based numbers
 * (blank lines counted, as {@code cli.md} wants): the merge routes lines by key before it parses
 * them. A line that is not text in the charset, or longer than {@value #MAX_LINE_BYTES} bytes, comes
 * with a problem instead of text. A UTF-8 byte order mark is skipped; a line's final {@code \r} is
 * removed.
 */
public final class RawJsonLines implements Closeable {

  /** The longest line read, as the model's reader. */
  public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  /** One line: its text, or why it has none. */
  public record Line(long number, String text, String problem) {}

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[4096];
  private int length;
  private long number;
  private boolean end;
  private boolean tooLong;

  private RawJsonLines(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The lines of {@code in} in {@code charset} (an ASCII-compatible one: UTF-8, GB18030). */
  public static RawJsonLines open(InputStream in, Charset charset) {
    return new RawJsonLines(Objects.requireNonNull(in, "in"), Objects.requireNonNull(charset, "charset"));
  }

  /** The next line, decoded, or null at the end. */
  public Line next() throws IOException {
    Raw raw = nextRaw();
    return raw == null ? null : raw.decode(decoder);
  }

  /**
   * One line's bytes, not yet decoded (without a byte order mark or final {@code \r}), or why it has
   * none: so that decoding can be done on another thread, with {@link #decoder}.
   */
  public record Raw(long number, byte[] bytes, String problem) {

    /** The line decoded with {@code decoder} (not thread-safe: one a thread). */
    public Line decode(CharsetDecoder decoder) {
      if (problem != null) {
        return new Line(number, null, problem);
      }
      try {
        CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes));
        return new Line(number, chars.toString(), null);
      } catch (CharacterCodingException e) {
        return new Line(number, null, "text that is not " + decoder.charset().name());
      }
    }
  }

  /** A strict decoder of this file's charset, for {@link Raw#decode} on another thread. */
  public CharsetDecoder decoder() {
    return decoder.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The next line's bytes, or null at the end. */
  public Raw nextRaw() throws IOException {
    if (end && position >= limit) {
      return null;
    }
    length = 0;
    tooLong = false;
    boolean any = false;
    boolean newline = false;
    while (!newline) {
      if (position >= limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          end = true;
          break;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(buffer, start, position - start);
      if (position < limit) {
        position++;
        newline = true;
      }
    }
    if (!any) {
      return null;
    }
    number++;
    if (tooLong) {
      return new Raw(number, null, "the line is longer than " + MAX_LINE_BYTES + " bytes");
    }
    int from = 0;
    if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
      from = 3;
    }
    int to = length;
    if (to > from && line[to - 1] == '\r') {
      to--;
    }
    return new Raw(number, Arrays.copyOfRange(line, from, to), null);
  }

  private void append(byte[] bytes, int from, int count) {
    if (tooLong || count == 0) {
      return;
    }
    if (length + count > MAX_LINE_BYTES) {
      tooLong = true;
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, Math.max(line.length * 2, length + count)));
    }
    System.arraycopy(bytes, from, line, length, count);
    length += count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
