package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a whole-number indicator ({@code workInjury.grade}): a JSON integer or a text of ASCII
 * digits (a CSV cell). A fraction is not truncated, whatever the mapper's coercion settings: {@code
 * 3.5} makes the line unreadable rather than becoming grade 3.
 */
final class IntegerValueDeserializer extends StdScalarDeserializer<Integer> {

  private static final long serialVersionUID = 1L;

  static final IntegerValueDeserializer INSTANCE = new IntegerValueDeserializer();

  private IntegerValueDeserializer() {
    super(Integer.class);
  }

  @Override
  public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.INT) {
          return p.getIntValue();
        }
        return ctxt.reportInputMismatch(this, "a whole number is expected, this one is too large");
      case VALUE_STRING:
        Integer parsed = parse(p.getText());
        if (parsed != null) {
          return parsed;
        }
        return ctxt.reportInputMismatch(this, "a whole number is expected, not this text");
      default:
        return ctxt.reportInputMismatch(
            this, "a whole number is expected, not %s", TextDeserializer.describe(p.currentToken()));
    }
  }

  /** The value of an optionally signed run of 1–9 ASCII digits, or null. */
  private static Integer parse(String text) {
    int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
    int digits = text.length() - start;
    if (digits < 1 || digits > 9) {
      return null;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return Integer.valueOf(text);
  }
}
