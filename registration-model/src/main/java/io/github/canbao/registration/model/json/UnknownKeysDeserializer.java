package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a record's object into its known keys, which the bean deserializer Jackson built for the
 * record binds, and the rest, which become the record's {@code unknown} map in input order.
 *
 * <p>Why not {@code @JsonAnySetter} on the canonical constructor's parameter (Jackson 2.18+): that
 * parameter is also a creator property named {@code unknown}, so a vendor key literally named
 * {@code unknown} would be bound to it and lost. Here every key that is not an indicator key goes to
 * the map, whatever its name.
 *
 * <p>Unknown values are read as JDK types whatever the mapper's settings, so that they are written
 * back unchanged: {@code String}, {@code Boolean}, {@code Long} or {@code BigInteger}, {@code
 * BigDecimal} for every fraction ({@code 1.50} stays {@code 1.50}), unmodifiable {@code List} and
 * {@code Map}, and {@code null}.
 */
final class UnknownKeysDeserializer extends DelegatingDeserializer {

  private static final long serialVersionUID = 1L;

  private final transient RecordShape shape;

  UnknownKeysDeserializer(JsonDeserializer<?> delegate, RecordShape shape) {
    super(delegate);
    this.shape = shape;
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new UnknownKeysDeserializer(newDelegatee, shape);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME) {
      // Not an object (or an empty one): the bean deserializer reports it in its usual words.
      return _delegatee.deserialize(p, ctxt);
    }
    TokenBuffer known = ctxt.bufferForInputBuffering(p);
    known.writeStartObject();
    Map<String, Object> unknown = null;
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (shape.knownKeys().contains(name)) {
        known.writeFieldName(name);
        known.copyCurrentStructure(p);
      } else {
        if (unknown == null) {
          unknown = new LinkedHashMap<>();
        }
        unknown.put(name, readValue(p));
      }
    }
    known.writeEndObject();
    Object value;
    try (JsonParser knownParser = known.asParser(p)) {
      knownParser.nextToken();
      value = _delegatee.deserialize(knownParser, ctxt);
    }
    return unknown == null ? value : shape.withUnknown(value, unknown);
  }

  /** The JSON value at the parser as a JDK value. */
  static Object readValue(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          p.nextToken();
          map.put(name, readValue(p));
        }
        return Collections.unmodifiableMap(map);
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(readValue(p));
        }
        return Collections.unmodifiableList(list);
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        // From the text, not from a double: 1.50 keeps its scale.
        return p.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_EMBEDDED_OBJECT:
        return p.getEmbeddedObject();
      default:
        return null;
    }
  }
}
