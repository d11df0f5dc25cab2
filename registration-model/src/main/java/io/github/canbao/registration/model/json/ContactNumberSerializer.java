package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.canbao.registration.model.ContactNumber;
import java.io.IOException;

/**
 * Writes a contact number as a plain JSON string: the whole text, because serialisation is the one
 * place that must not mask it (house style rule 6).
 */
final class ContactNumberSerializer extends StdScalarSerializer<ContactNumber> {

  private static final long serialVersionUID = 1L;

  static final ContactNumberSerializer INSTANCE = new ContactNumberSerializer();

  private ContactNumberSerializer() {
    super(ContactNumber.class);
  }

  @Override
  public void serialize(ContactNumber value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(value.value());
  }
}
