package io.github.canbao.registration.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.indicator.IndicatorCatalogue;
import io.github.canbao.registration.model.indicator.IndicatorField;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ViolationMessages: ContributorValidationMessages, zh by default, en on request (record-format.md)")
class ViolationMessagesTest {

  private static final String CJK = ".*[\\u4e00-\\u9fff].*";

  private final Locale defaultLocale = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(defaultLocale);
  }

  /** Every code validation or a required-field file can report. */
  private static List<String> codes() {
    List<String> codes = new ArrayList<>(RecordValidator.codes());
    codes.add(RequiredFields.REQUIRED_FIELDS_ROW);
    codes.add(RequiredFields.REQUIRED_FIELDS_FILE);
    return codes;
  }

  @ParameterizedTest(name = "JVM default locale {0}")
  @ValueSource(strings = {"en", "zh"})
  @DisplayName("every code has a zh and an en template naming {indicator}, whatever the JVM's default locale")
  void everyCodeHasTemplates(String jvmDefault) {
    Locale.setDefault(Locale.forLanguageTag(jvmDefault));
    ViolationMessages zh = ViolationMessages.of(Locale.CHINESE);
    ViolationMessages en = ViolationMessages.of(Locale.ENGLISH);
    for (String code : codes()) {
      assertThat(zh.template(code)).as("zh %s", code).hasValueSatisfying(t -> {
        assertThat(t).contains("{indicator}").matches(CJK);
      });
      assertThat(en.template(code)).as("en %s", code).hasValueSatisfying(t -> {
        assertThat(t).contains("{indicator}").doesNotContain("（").isNotEqualTo(zh.template(code).orElseThrow());
      });
    }
  }

  @ParameterizedTest(name = "JVM default locale {0}")
  @ValueSource(strings = {"en", "zh"})
  @DisplayName("a message is Chinese by default and English for any English locale; it names the indicator")
  void languages(String jvmDefault) {
    Locale.setDefault(Locale.forLanguageTag(jvmDefault));
    Violation v =
        new Violation("ID_CHECK_DIGIT", "AAC002", "guardian.aac002", Severity.ERROR, Map.of("value", "110105********0021"));
    String chinese = "AAC002 监护人公民身份号码（guardian.aac002）校验码错误：110105********0021";
    String english = "AAC002 guardian's citizen identity number (guardian.aac002) has a wrong check character: 110105********0021";
    assertThat(ViolationMessages.of(Locale.CHINA).format(v)).isEqualTo(chinese);
    assertThat(ViolationMessages.of(Locale.ROOT).format(v)).isEqualTo(chinese);
    assertThat(ViolationMessages.of(Locale.FRENCH).format(v)).isEqualTo(chinese);
    assertThat(ViolationMessages.of(Locale.ENGLISH).format(v)).isEqualTo(english);
    assertThat(ViolationMessages.of(Locale.US).format(v)).isEqualTo(english);
    assertThat(ViolationMessages.of(Locale.US).locale()).isEqualTo(Locale.US);
  }

  @Test
  @DisplayName("list elements are named by their catalogue field; arguments fill the template")
  void elements() {
    Violation v =
        Violation.error("TOO_LONG", "AAE140", "enrolments[3].aae140").withArgument("max", "3").withArgument("length", "4");
    assertThat(ViolationMessages.of(Locale.ENGLISH).format(v))
        .isEqualTo("AAE140 insurance type (enrolments[3].aae140) is longer than 3 characters (4)");
    assertThat(ViolationMessages.of(Locale.CHINESE).format(v))
        .isEqualTo("AAE140 险种类型（enrolments[3].aae140）超过最大长度 3（实为 4）");
    Violation evidence = Violation.error("CODE_UNKNOWN", "evidence", "evidence[1]").withArgument("value", "X")
        .withArgument("table", "Evidence");
    assertThat(ViolationMessages.of(Locale.CHINESE).format(evidence)).startsWith("evidence 比对信息（evidence[1]）");
  }

  @Test
  @DisplayName("a missing argument leaves no placeholder behind")
  void missingArgument() {
    Violation v = Violation.error("ID_CHECK_DIGIT", "AAC002", "aac002");
    assertThat(ViolationMessages.of(Locale.CHINESE).format(v)).isEqualTo("AAC002 公民身份号码（aac002）校验码错误");
    assertThat(ViolationMessages.of(Locale.ENGLISH).format(v))
        .isEqualTo("AAC002 citizen identity number (aac002) has a wrong check character");
  }

  @Test
  @DisplayName("a code without a template gets a generic message naming the code and the indicator")
  void generic() {
    Violation v = Violation.error("SOMETHING_NEW", "AAC003", "aac003");
    assertThat(ViolationMessages.of(Locale.CHINESE).format(v)).contains("SOMETHING_NEW", "AAC003", "姓名");
    assertThat(ViolationMessages.of(Locale.ENGLISH).format(v)).contains("SOMETHING_NEW", "AAC003", "name");
    Violation unknownField = Violation.error("REQUIRED", "X01", "nowhere");
    assertThat(ViolationMessages.of(Locale.ENGLISH).format(unknownField)).isEqualTo("X01 X01 (nowhere) is required");
  }

  @Test
  @DisplayName("every field of the catalogue has an English name")
  void englishNames() {
    ViolationMessages en = ViolationMessages.of(Locale.ENGLISH);
    ViolationMessages zh = ViolationMessages.of(Locale.CHINESE);
    for (IndicatorField field : IndicatorCatalogue.registrationRecord().fields()) {
      assertThat(en.name(field.path())).as(field.path()).hasValueSatisfying(n -> assertThat(n).matches("[ -~]+"));
      assertThat(zh.name(field.path())).contains(field.name());
    }
  }

  @Test
  @DisplayName("the base bundle is the Chinese one; no template echoes the validated value")
  void bundles() throws IOException {
    Properties base = load("/ContributorValidationMessages.properties");
    Properties zh = load("/ContributorValidationMessages_zh.properties");
    Properties en = load("/ContributorValidationMessages_en.properties");
    assertThat(zh).isEqualTo(base);
    assertThat(en.keySet()).containsAll(base.keySet());
    for (Properties bundle : List.of(base, en)) {
      for (String key : bundle.stringPropertyNames()) {
        String text = bundle.getProperty(key);
        assertThat(text).as(key).doesNotContain("validatedValue").doesNotContain("${");
        if (!key.startsWith("io.github.canbao.registration.name.")) {
          assertThat(text).as(key).matches(".*(\\{indicator}|\\b(AAC|AAB|AAE)[0-9]{3}\\b|^phone ).*");
        }
      }
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ViolationMessagesTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
