package io.github.canbao.registration.model.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.SocialSecurityNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The Jackson module of the record model: maps {@link
 * io.github.canbao.registration.model.RegistrationRecord} and its nested records to the JSON of
 * {@code record-format.md}, with every key taken from the component's {@link
 * io.github.canbao.registration.model.indicator.Indicator}, unknown keys — at the top level and
 * inside every nested object — kept in input order and written back unchanged, dates written {@code
 * YYYYMMDD}, identity and phone numbers as plain strings, and violations with their message in the
 * writer's locale.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder()
 *     .addModule(new RegistrationModule())      // or mapper.findAndRegisterModules()
 *     .defaultLocale(Locale.ENGLISH)            // violation messages in English
 *     .build();
 * RegistrationRecord record = mapper.readValue(json, RegistrationRecord.class);
 * }</pre>
 *
 * <p>{@link RegistrationJson#mapper()} gives a mapper configured as the command line uses it; this
 * module is for a caller who brings a mapper of its own. It registers {@link Jdk8Module} as a
 * dependency, because every model value is an {@code Optional}. Violation messages follow the
 * mapper's locale ({@code JsonMapper.Builder.defaultLocale}, or {@code ObjectWriter.with(Locale)}
 * per writer); a plain {@code ObjectMapper}'s locale is the JVM default, so set it when Chinese
 * messages are wanted on an English system.
 *
 * <p>Stateless and thread-safe; listed in {@code META-INF/services} so that {@code
 * ObjectMapper.findAndRegisterModules()} finds it.
 *
 * @since 0.1.0
 */
public final class RegistrationModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * The module's name, which Jackson uses to notice a second registration.
   *
   * @since 0.1.0
   */
  public static final String NAME = "io.github.canbao.registration";

  static final Version VERSION = readVersion();

  /**
   * A module with the model's serializers and deserializers.
   *
   * @since 0.1.0
   */
  public RegistrationModule() {
    super(NAME, VERSION);
    addSerializer(SocialSecurityNumber.class, SocialSecurityNumberSerializer.INSTANCE);
    addDeserializer(SocialSecurityNumber.class, SocialSecurityNumberDeserializer.INSTANCE);
    addSerializer(ContactNumber.class, ContactNumberSerializer.INSTANCE);
    addDeserializer(ContactNumber.class, ContactNumberDeserializer.INSTANCE);
    addSerializer(Violation.class, ViolationSerializer.INSTANCE);
    addDeserializer(Violation.class, ViolationDeserializer.INSTANCE);
    setDeserializerModifier(UnknownKeysModifier.INSTANCE);
  }

  /**
   * Registers the serializers and deserializers, and inserts the introspector that names the
   * model's properties after their indicator keys.
   *
   * @since 0.1.0
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(IndicatorAnnotationIntrospector.INSTANCE);
    context.addDeserializationProblemHandler(NestedUnknownKeyHandler.INSTANCE);
  }

  /**
   * {@link Jdk8Module}, which the model's {@code Optional} values need.
   *
   * @since 0.1.0
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module());
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = RegistrationModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the module version", e);
    }
    String version = properties.getProperty("version", "");
    if (version.isEmpty() || version.contains("${")) {
      // Run from sources that Maven has not filtered (an IDE): no version rather than a wrong one.
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(
        version, properties.getProperty("groupId"), properties.getProperty("artifactId"));
  }
}
