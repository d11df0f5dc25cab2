package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;

/**
 * Writes a date indicator in {@code YYYYMMDD}, so that a record built in code with an ISO date is
 * written in the national form as a record read from JSON would be.
 */
final class DateTextSerializer extends StdScalarSerializer<String> {

  private static final long serialVersionUID = 1L;

  static final DateTextSerializer INSTANCE = new DateTextSerializer();

  private DateTextSerializer() {
    super(String.class);
  }

  @Override
  public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(DateText.normalise(value));
  }
}
