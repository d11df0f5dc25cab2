package io.github.canbao.registration.cli;

import java.io.PrintWriter;

/**
 * A one-line progress report on stderr, redrawn in place ({@code \r}) at most four times a second,
 * from the second second of a run on: records done, the rate, and a bar when the total is known.
 *
 * <p>It shows only when {@code System.console()} is not null — on Java 17, when stdin and stdout
 * are a terminal — so that nothing of it reaches a pipe, a file or a log (docs/decisions/0008).
 *
 * @since 0.1.0
 */
final class Progress implements AutoCloseable {

  private static final long FIRST_DRAW_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 250_000_000L;
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final boolean shown;
  private final long started = System.nanoTime();
  private long done;
  private long lastDraw = started + FIRST_DRAW_NANOS - REDRAW_NANOS;
  private int drawnWidth;

  private Progress(PrintWriter err, String label, long total, boolean shown) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.shown = shown;
  }

  /** Progress of {@code label} towards {@code total} records (0 when unknown), on a terminal only. */
  static Progress onTerminal(PrintWriter err, String label, long total) {
    return new Progress(err, label, total, System.console() != null);
  }

  /** One more record done. */
  void step() {
    done++;
    if (shown && (done & 0xFF) == 0) {
      long now = System.nanoTime();
      if (now - lastDraw >= REDRAW_NANOS) {
        lastDraw = now;
        draw(now);
      }
    }
  }

  private void draw(long now) {
    double seconds = (now - started) / 1e9;
    StringBuilder line = new StringBuilder(label).append(' ');
    if (total > 0) {
      int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
      line.append('[').append("#".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("] ");
      line.append(String.format("%3d%% ", Math.min(100, 100 * done / total)));
    }
    line.append(String.format("%,d records, %,.0f records/s", done, done / seconds));
    String text = line.toString();
    err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
    err.flush();
    drawnWidth = text.length();
  }

  /** Clears the line, if one was drawn. */
  @Override
  public void close() {
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }
}
