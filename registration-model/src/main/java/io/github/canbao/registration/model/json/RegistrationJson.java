package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.Locale;
import java.util.Objects;

/**
 * Mappers configured for the record format ({@code record-format.md}), as the command line uses
 * them.
 *
 * <pre>{@code
 * JsonMapper mapper = RegistrationJson.mapper();                  // messages in Chinese
 * RegistrationRecord record = mapper.readValue(line, RegistrationRecord.class);
 * String json = mapper.writeValueAsString(record);               // one line, no pretty print
 *
 * JsonMapper english = RegistrationJson.mapper(Locale.ENGLISH);   // violation messages in English
 * }</pre>
 *
 * <p>A mapper has {@link RegistrationModule} and {@link Jdk8Module}; leaves out empty {@code
 * Optional}s and empty lists; does not fail on unknown properties (they are the record's {@code
 * unknown} keys); reads JSON fractions as {@code BigDecimal} and keeps their trailing zeros, so that
 * {@code 1.50} stays {@code 1.50} in a tree too; fails on trailing tokens after a value; and writes
 * compact JSON. Each call builds a new mapper, because a mapper can be reconfigured and must not be
 * shared behind the caller's back; build one and reuse it, it is thread-safe once configured.
 *
 * @since 0.1.0
 */
public final class RegistrationJson {

  private RegistrationJson() {}

  /**
   * A mapper whose violation messages are Chinese ({@link Locale#CHINESE}), the default of {@code
   * record-format.md}.
   *
   * @since 0.1.0
   */
  public static JsonMapper mapper() {
    return mapper(Locale.CHINESE);
  }

  /**
   * A mapper whose violation messages are in {@code messagesLocale} ({@code zh} or {@code en}).
   *
   * @throws NullPointerException if {@code messagesLocale} is null
   * @since 0.1.0
   */
  public static JsonMapper mapper(Locale messagesLocale) {
    return builder(messagesLocale).build();
  }

  /**
   * A builder configured as {@link #mapper(Locale)}, for a caller that adds settings of its own.
   *
   * @throws NullPointerException if {@code messagesLocale} is null
   * @since 0.1.0
   */
  public static JsonMapper.Builder builder(Locale messagesLocale) {
    Objects.requireNonNull(messagesLocale, "messagesLocale");
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new RegistrationModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .defaultLocale(messagesLocale);
  }
}
