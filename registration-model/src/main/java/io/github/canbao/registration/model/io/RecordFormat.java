package io.github.canbao.registration.model.io;

import java.util.Locale;
import java.util.Optional;

/**
 * A file format of person records ({@code record-format.md}).
 *
 * @since 0.1.0
 */
public enum RecordFormat {

  /**
   * JSON Lines: one JSON object a line.
   *
   * @since 0.1.0
   */
  JSON_LINES("jsonl"),

  /**
   * CSV with a header row; nested values flattened into columns.
   *
   * @since 0.1.0
   */
  CSV("csv");

  private final String key;

  RecordFormat(String key) {
    this.key = key;
  }

  /**
   * The name the command line uses ({@code --format jsonl|csv}) and the usual file extension.
   *
   * @since 0.1.0
   */
  public String key() {
    return key;
  }

  /**
   * The format named {@code key} ({@code jsonl} or {@code csv}, in any case), or empty.
   *
   * @since 0.1.0
   */
  public static Optional<RecordFormat> fromKey(String key) {
    String wanted = key.toLowerCase(Locale.ROOT);
    for (RecordFormat format : values()) {
      if (format.key.equals(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
