package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a date indicator like a text, normalising a real {@code YYYY-MM-DD} date to {@code
 * YYYYMMDD}; any other text is kept as given for validation to report.
 */
final class DateTextDeserializer extends StdScalarDeserializer<String> {

  private static final long serialVersionUID = 1L;

  static final DateTextDeserializer INSTANCE = new DateTextDeserializer();

  private DateTextDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return DateText.normalise(TextDeserializer.read(p, ctxt, this));
  }
}
