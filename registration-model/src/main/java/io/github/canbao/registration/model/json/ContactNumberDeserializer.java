package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.canbao.registration.model.ContactNumber;
import java.io.IOException;

/**
 * Reads a contact number from a JSON string, or from a JSON number as its text: kept as given, valid
 * or not, for validation to check.
 */
final class ContactNumberDeserializer extends StdScalarDeserializer<ContactNumber> {

  private static final long serialVersionUID = 1L;

  static final ContactNumberDeserializer INSTANCE = new ContactNumberDeserializer();

  private ContactNumberDeserializer() {
    super(ContactNumber.class);
  }

  @Override
  public ContactNumber deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return ContactNumber.of(TextDeserializer.read(p, ctxt, this));
  }
}
