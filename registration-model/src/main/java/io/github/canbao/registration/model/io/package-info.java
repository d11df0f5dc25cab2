/**
 * Streaming readers and writers of person records in JSON Lines and CSV ({@code record-format.md},
 * {@code cli.md} "Records in, records out"): one record at a time, with the 1-based physical line
 * number of each, and every line that cannot be read reported as a value rather than an exception.
 *
 * <pre>{@code
 * try (RecordReader reader = RecordReader.open(in, RecordFormat.CSV, StandardCharsets.UTF_8);
 *      RecordWriter writer = RecordWriter.open(out, RecordFormat.CSV, StandardCharsets.UTF_8,
 *          Locale.CHINESE, reader.columns())) {
 *   for (ReadItem item : reader) {
 *     if (item instanceof ReadItem.Read read) {
 *       writer.write(read.record());
 *     } else if (item instanceof ReadItem.Unreadable bad) {
 *       log.warn("line {}: {}", bad.line(), bad.reason());
 *     }
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.model.io;
