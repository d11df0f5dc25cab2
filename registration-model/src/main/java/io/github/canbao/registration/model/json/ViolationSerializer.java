package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.validation.ViolationMessages;
import java.io.IOException;

/**
 * Writes a violation as {@code record-format.md} shows it: {@code indicator}, {@code field}, {@code
 * code}, {@code message}, and {@code "severity": "WARNING"} for a warning only (an error is the
 * usual case and needs no key). The message is resolved for the serializer's locale — the mapper's
 * default locale, or {@code ObjectWriter.with(Locale)} — so one record reads in Chinese or English
 * without a serializer per locale.
 */
final class ViolationSerializer extends StdSerializer<Violation> {

  private static final long serialVersionUID = 1L;

  static final ViolationSerializer INSTANCE = new ViolationSerializer();

  private ViolationSerializer() {
    super(Violation.class);
  }

  @Override
  public void serialize(Violation value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    gen.writeStringField("indicator", value.indicator());
    gen.writeStringField("field", value.field());
    gen.writeStringField("code", value.code());
    gen.writeStringField("message", ViolationMessages.of(provider.getLocale()).format(value));
    if (value.severity() == Severity.WARNING) {
      gen.writeStringField("severity", Severity.WARNING.name());
    }
    gen.writeEndObject();
  }
}
