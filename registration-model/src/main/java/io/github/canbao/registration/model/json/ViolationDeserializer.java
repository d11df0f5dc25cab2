package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import java.io.IOException;
import java.util.Map;

/**
 * Reads a violation back from a record that was validated before. The {@code message} is ignored
 * (it is rendered again for the writer's locale), and so is any other key, because a violation is
 * output that a re-run recomputes; severity is {@code ERROR} unless the text is {@code WARNING}.
 * Only a missing {@code code} makes the line unreadable: a violation without one means nothing.
 */
final class ViolationDeserializer extends StdDeserializer<Violation> {

  private static final long serialVersionUID = 1L;

  static final ViolationDeserializer INSTANCE = new ViolationDeserializer();

  private ViolationDeserializer() {
    super(Violation.class);
  }

  @Override
  public Violation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      return ctxt.reportInputMismatch(this, "a violation is an object, not %s", TextDeserializer.describe(token));
    }
    String code = null;
    String indicator = "";
    String field = "";
    Severity severity = Severity.ERROR;
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      if (p.nextToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (name) {
        case "code" -> code = TextDeserializer.read(p, ctxt, this);
        case "indicator" -> indicator = TextDeserializer.read(p, ctxt, this);
        case "field" -> field = TextDeserializer.read(p, ctxt, this);
        case "severity" -> severity =
            Severity.WARNING.name().equals(TextDeserializer.read(p, ctxt, this)) ? Severity.WARNING : Severity.ERROR;
        default -> p.skipChildren();
      }
    }
    if (code == null) {
      return ctxt.reportInputMismatch(this, "a violation needs a code");
    }
    return new Violation(code, indicator, field, severity, Map.of());
  }
}
