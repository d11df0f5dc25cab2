package io.github.canbao.registration.model.io;

import io.github.canbao.registration.model.RegistrationRecord;
import java.util.Objects;

/**
 * One item a {@link RecordReader} gives: a record it read, or a line it could not read. Both carry
 * the 1-based physical line number in the file, counting blank lines as an editor shows them ({@code
 * cli.md}, "Records in, records out").
 *
 * @since 0.1.0
 */
public sealed interface ReadItem permits ReadItem.Read, ReadItem.Unreadable {

  /**
   * The 1-based physical line where the record starts.
   *
   * @since 0.1.0
   */
  long line();

  /**
   * A record read from the line.
   *
   * @param line the 1-based physical line where the record starts
   * @param record the record
   * @since 0.1.0
   */
  record Read(long line, RegistrationRecord record) implements ReadItem {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if {@code line} is less than 1
     * @throws NullPointerException if {@code record} is null
     * @since 0.1.0
     */
    public Read {
      if (line < 1) {
        throw new IllegalArgumentException("line must be at least 1, not " + line);
      }
      Objects.requireNonNull(record, "record");
    }
  }

  /**
   * A line that holds no record: not a JSON object, broken JSON or CSV, a value that does not fit
   * its field, or text that is not in the reader's charset. The run goes on after it.
   *
   * @param line the 1-based physical line
   * @param reason a short reason in English, which never holds a whole identity or phone number
   * @since 0.1.0
   */
  record Unreadable(long line, String reason) implements ReadItem {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if {@code line} is less than 1
     * @throws NullPointerException if {@code reason} is null
     * @since 0.1.0
     */
    public Unreadable {
      if (line < 1) {
        throw new IllegalArgumentException("line must be at least 1, not " + line);
      }
      Objects.requireNonNull(reason, "reason");
    }
  }
}
