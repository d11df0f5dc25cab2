package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.canbao.registration.model.SocialSecurityNumber;
import java.io.IOException;

/**
 * Reads a social security number from a JSON string, or from a JSON number as its text (an export
 * that lost the quotes): kept as given, valid or not, for validation to check.
 */
final class SocialSecurityNumberDeserializer extends StdScalarDeserializer<SocialSecurityNumber> {

  private static final long serialVersionUID = 1L;

  static final SocialSecurityNumberDeserializer INSTANCE = new SocialSecurityNumberDeserializer();

  private SocialSecurityNumberDeserializer() {
    super(SocialSecurityNumber.class);
  }

  @Override
  public SocialSecurityNumber deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return SocialSecurityNumber.of(TextDeserializer.read(p, ctxt, this));
  }
}
