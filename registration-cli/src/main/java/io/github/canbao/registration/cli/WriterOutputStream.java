package io.github.canbao.registration.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes a {@link io.github.canbao.registration.model.io.RecordWriter} writes, decoded onto
 * the command's output writer ({@code spec.commandLine().getOut()}), so that records reach stdout —
 * or a test's capture — through picocli like every other line. Closing flushes and leaves the
 * writer open: it is stdout.
 *
 * @since 0.1.0
 */
final class WriterOutputStream extends OutputStream {

  private final Writer out;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(64 * 1024);

  WriterOutputStream(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int from = off;
    int left = len;
    while (left > 0) {
      int n = Math.min(left, bytes.remaining());
      bytes.put(b, from, n);
      from += n;
      left -= n;
      decode(false);
    }
  }

  @Override
  public void flush() throws IOException {
    decode(false);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    decode(true);
    decoder.flush(chars);
    drain();
    out.flush();
  }

  /** Decodes what is buffered; an incomplete sequence at the end waits for its next bytes. */
  private void decode(boolean endOfInput) throws IOException {
    bytes.flip();
    CoderResult result;
    do {
      result = decoder.decode(bytes, chars, endOfInput);
      drain();
    } while (result.isOverflow());
    bytes.compact();
  }

  private void drain() throws IOException {
    out.write(chars.array(), 0, chars.position());
    chars.clear();
  }
}
