package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.canbao.registration.model.SocialSecurityNumber;
import java.io.IOException;

/**
 * Writes a social security number as a plain JSON string: the whole text, because serialisation is
 * the one place that must not mask it (house style rule 6).
 */
final class SocialSecurityNumberSerializer extends StdScalarSerializer<SocialSecurityNumber> {

  private static final long serialVersionUID = 1L;

  static final SocialSecurityNumberSerializer INSTANCE = new SocialSecurityNumberSerializer();

  private SocialSecurityNumberSerializer() {
    super(SocialSecurityNumber.class);
  }

  @Override
  public void serialize(SocialSecurityNumber value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(value.value());
  }
}
