package io.github.canbao.registration.batch.merge;

import io.github.canbao.registration.model.RegistrationRecord;
import java.util.Objects;

/**
 * A record as one source gave it, with the line it was read from.
 *
 * @param source where it comes from
 * @param line the 1-based line in the source's file (0 when not read from a file)
 * @param record the record as given
 * @since 0.1.0
 */
public record SourcedRecord(Source source, long line, RegistrationRecord record) {

  /**
   * Checks the source and the record.
   *
   * @throws NullPointerException if {@code source} or {@code record} is null
   */
  public SourcedRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(record, "record");
  }

  /**
   * A record not read from a file.
   *
   * @since 0.1.0
   */
  public static SourcedRecord of(Source source, RegistrationRecord record) {
    return new SourcedRecord(source, 0, record);
  }
}
