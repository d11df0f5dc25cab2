package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a boolean indicator: JSON {@code true}/{@code false}, or the text {@code true}/{@code false}
 * in any case (a CSV cell). Anything else makes the line unreadable, whatever the mapper's coercion
 * settings, because a boolean cannot hold the value as given.
 */
final class BooleanValueDeserializer extends StdScalarDeserializer<Boolean> {

  private static final long serialVersionUID = 1L;

  static final BooleanValueDeserializer INSTANCE = new BooleanValueDeserializer();

  private BooleanValueDeserializer() {
    super(Boolean.class);
  }

  @Override
  public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    switch (p.currentToken()) {
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_STRING:
        String text = p.getText();
        if ("true".equalsIgnoreCase(text)) {
          return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
          return Boolean.FALSE;
        }
        return ctxt.reportInputMismatch(this, "true or false is expected, not this text");
      default:
        return ctxt.reportInputMismatch(
            this, "true or false is expected, not %s", TextDeserializer.describe(p.currentToken()));
    }
  }
}
