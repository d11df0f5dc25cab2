package io.github.canbao.registration.model.validation;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.constraints.internal.Report;
import io.github.canbao.registration.model.indicator.IndicatorCatalogue;
import io.github.canbao.registration.model.indicator.IndicatorField;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Resolves a {@link Violation}'s message for a locale: Chinese by default, English for an English
 * locale. Every message names the indicator code, and none shows a whole identity or phone number
 * (the arguments are masked before they reach a violation).
 *
 * <pre>{@code
 * ViolationMessages zh = ViolationMessages.of(Locale.CHINA);
 * zh.format(violation);   // "AAC002 公民身份号码（aac002）校验码错误：440106********0011"
 * ViolationMessages.of(Locale.ENGLISH).format(violation);
 * }</pre>
 *
 * <p>Templates are the {@code io.github.canbao.registration.violation.<CODE>} keys of the UTF-8
 * {@code ContributorValidationMessages} bundles (the base file is Chinese, {@code _zh} the same,
 * {@code _en} English), merged across every jar that ships one, as Hibernate Validator merges them.
 * The language is chosen from the requested locale only, never from the JVM's default. A template
 * may use {@code {indicator}}, {@code {field}}, {@code {name}} (the field's name in the language),
 * {@code {code}} and the violation's arguments ({@code {value}}, {@code {max}} …); a placeholder
 * without a value is left out. A code without a template gets a generic message naming the code and
 * the indicator. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ViolationMessages {

  private static final String BUNDLE = "ContributorValidationMessages";
  private static final String NAME_PREFIX = "io.github.canbao.registration.name.";
  private static final String GENERIC = Report.KEY_PREFIX + "generic";
  private static final Pattern TRAILING = Pattern.compile("[\\s:：]+$");

  private final Locale locale;
  private final Map<String, String> texts;

  private ViolationMessages(Locale locale, Map<String, String> texts) {
    this.locale = locale;
    this.texts = texts;
  }

  /**
   * Messages in {@code locale}: English for any English locale, Chinese for any other.
   *
   * @param locale the locale
   * @return the messages
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static ViolationMessages of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    return new ViolationMessages(locale, english ? Texts.ENGLISH : Texts.CHINESE);
  }

  /**
   * The locale asked for.
   *
   * @return the locale
   * @since 0.1.0
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The message of {@code violation}.
   *
   * @param violation the violation
   * @return the message, naming the indicator code
   * @throws NullPointerException if {@code violation} is null
   * @since 0.1.0
   */
  public String format(Violation violation) {
    Objects.requireNonNull(violation, "violation");
    String template =
        template(violation.code())
            .or(() -> Optional.ofNullable(texts.get(GENERIC)))
            .orElse("{indicator} ({field}): {code}");
    Map<String, String> values = new HashMap<>(violation.arguments());
    values.put("indicator", violation.indicator());
    values.put("field", violation.field());
    values.put("code", violation.code());
    values.put("name", name(violation.field()).orElse(violation.indicator()));
    return fill(template, values);
  }

  /** The template of a code in this language, if the bundles have one. */
  Optional<String> template(String code) {
    return Optional.ofNullable(texts.get(Report.KEY_PREFIX + code));
  }

  /**
   * The field's name in this language: the English name from the bundle, else the Chinese name
   * of the catalogue ({@code enrolments[1].place} is named as {@code enrolments[].place}).
   */
  Optional<String> name(String field) {
    String path = field.replaceAll("\\[\\d+]", "[]");
    Optional<IndicatorField> indicator = IndicatorCatalogue.registrationRecord().field(path);
    if (indicator.isEmpty() && path.endsWith("[]")) {
      path = path.substring(0, path.length() - 2);
      indicator = IndicatorCatalogue.registrationRecord().field(path);
    }
    String own = texts.get(NAME_PREFIX + path);
    return own != null ? Optional.of(own) : indicator.map(IndicatorField::name);
  }

  /**
   * Replaces each {@code {key}} with its value. A violation without an argument its template names
   * (one built by other code) loses the placeholder, and the colon that would introduce it.
   */
  private static String fill(String template, Map<String, String> values) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      String value = values.get(template.substring(open + 1, close));
      out.append(template, i, open);
      out.append(value != null ? value : "");
      i = close + 1;
    }
    return TRAILING.matcher(out).replaceFirst("").replace("  ", " ");
  }

  /** The merged bundles of the two languages, read once. */
  private static final class Texts {
    static final Map<String, String> CHINESE = read("_zh");
    static final Map<String, String> ENGLISH = read("_en");

    /** The language file over the base file, each merged across the class path. */
    private static Map<String, String> read(String suffix) {
      Map<String, String> texts = new HashMap<>();
      load(BUNDLE + suffix + ".properties", texts);
      load(BUNDLE + ".properties", texts);
      return Collections.unmodifiableMap(texts);
    }

    private static void load(String resource, Map<String, String> into) {
      ClassLoader loader = ViolationMessages.class.getClassLoader();
      try {
        for (URL url : Collections.list(loader.getResources(resource))) {
          Properties properties = new Properties();
          try (InputStream in = url.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          }
          properties.stringPropertyNames().forEach(key -> into.putIfAbsent(key, properties.getProperty(key)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
  }
}
