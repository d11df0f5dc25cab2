package io.github.canbao.registration.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.indicator.IndicatorCatalogue;
import io.github.canbao.registration.model.indicator.IndicatorField;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads JSON Lines: each non-blank line must hold exactly one JSON object. Anything else on a line —
 * an array, a number, a string, {@code null}, broken JSON, a second value after the object — makes
 * that line unreadable and the next line is read as usual.
 */
final class JsonLinesSource extends ItemSource {

  private static final List<IndicatorField> TOP_LEVEL = IndicatorCatalogue.registrationRecord().topLevel();

  private final ObjectReader reader;
  private final Set<String> keys = new LinkedHashSet<>();

  JsonLinesSource(PhysicalLines lines, ObjectReader reader) {
    super(lines);
    this.reader = reader;
  }

  @Override
  ReadItem next() throws IOException {
    for (PhysicalLines.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.problem() != null) {
        return new ReadItem.Unreadable(line.number(), line.problem());
      }
      if (line.text().isBlank()) {
        continue;
      }
      return read(line.number(), line.text());
    }
    return null;
  }

  @Override
  List<String> columns() {
    return List.copyOf(keys);
  }

  private ReadItem read(long number, String text) throws IOException {
    ReadItem item = parse(reader, number, text);
    if (item instanceof ReadItem.Read read) {
      remember(read.record());
    }
    return item;
  }

  /** One line's text as a record, or why it holds none. */
  static ReadItem parse(ObjectReader reader, long number, String text) throws IOException {
    try (JsonParser parser = reader.getFactory().createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return new ReadItem.Unreadable(number, "not a JSON object but " + describe(first));
      }
      RegistrationRecord record = reader.readValue(parser);
      if (parser.nextToken() != null) {
        return new ReadItem.Unreadable(number, "more than one JSON value on the line");
      }
      return new ReadItem.Read(number, record);
    } catch (JsonProcessingException e) {
      return new ReadItem.Unreadable(number, UnreadableReason.of(e));
    }
  }

  /** Keeps the record's keys in first-seen order, so that a CSV writer can be given them. */
  private void remember(RegistrationRecord record) {
    for (IndicatorField field : TOP_LEVEL) {
      if (!keys.contains(field.key()) && field.valueIn(record).filter(JsonLinesSource::isPresent).isPresent()) {
        keys.add(field.key());
      }
    }
    keys.addAll(record.unknown().keySet());
  }

  private static boolean isPresent(Object value) {
    return !(value instanceof Collection<?> collection) || !collection.isEmpty();
  }

  static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }
}
