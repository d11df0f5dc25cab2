package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a text indicator. A JSON number or boolean where a text is expected is taken as its text
 * ({@code "aac004": 1} is {@code "1"}, {@code 1.50} stays {@code "1.50"}), because a vendor's
 * export often loses the quotes of a code and the value must be kept as given; an object or array
 * cannot be kept as a text and makes the line unreadable.
 */
final class TextDeserializer extends StdScalarDeserializer<String> {

  private static final long serialVersionUID = 1L;

  static final TextDeserializer INSTANCE = new TextDeserializer();

  private TextDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read(p, ctxt, this);
  }

  /** The scalar at the parser as text; reports anything else as a mismatch of {@code deserializer}. */
  static String read(JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> deserializer)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == null) {
      return ctxt.reportInputMismatch(deserializer, "a text is expected, the input ended");
    }
    return switch (token) {
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> p.getText();
      case VALUE_EMBEDDED_OBJECT -> String.valueOf(p.getEmbeddedObject());
      default -> ctxt.reportInputMismatch(deserializer, "a text is expected, not %s", describe(token));
    };
  }

  /** A JSON token as a reason names it: never the value itself, which may be a whole number. */
  static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }
}
