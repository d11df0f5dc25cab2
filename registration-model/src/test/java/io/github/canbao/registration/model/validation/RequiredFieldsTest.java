package io.github.canbao.registration.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.Guardian;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.indicator.IndicatorCatalogue;
import io.github.canbao.registration.model.validation.RequiredFields.Requirement;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

@DisplayName("RequiredFields: required fields per category as data (localities.md: national, guangdong)")
class RequiredFieldsTest {

  /** One complete record of a locality, and the validator with its requirements. */
  private record Case(String name, String locality, RegistrationRecord record) {}

  private static List<Case> cases() {
    return List.of(
        new Case("national, with a unit", "national", Records.national()),
        new Case("guangdong 1, employed at a unit", "guangdong", Records.guangdong("1", true)),
        new Case("guangdong 1, no unit", "guangdong", Records.guangdong("1", false)),
        new Case("guangdong 2, employed at a unit", "guangdong", Records.guangdong("2", true)),
        new Case("guangdong 2, no unit", "guangdong", Records.guangdong("2", false)),
        new Case("guangdong 3, employed at a unit", "guangdong", Records.guangdong("3", true)),
        new Case("guangdong 3, no unit", "guangdong", Records.guangdong("3", false)));
  }

  @TestFactory
  @DisplayName("removing each required field of a complete record gives exactly one REQUIRED naming it")
  Stream<DynamicTest> removeEachRequiredField() {
    return cases().stream()
        .flatMap(
            c -> {
              RequiredFields required = RequiredFields.bundled(c.locality());
              RecordValidator validator = RecordValidator.standard().withRequiredFields(required);
              Optional<String> category = c.record().enrolmentCategory();
              Set<String> paths = new LinkedHashSet<>();
              for (Requirement r : required.requirements()) {
                if (r.appliesTo(category) && r.holds(c.record())) {
                  paths.add(r.path());
                }
              }
              Stream<DynamicTest> complete =
                  Stream.of(DynamicTest.dynamicTest(c.name() + ": complete", () -> assertThat(validator.validate(c.record())).isEmpty()));
              return Stream.concat(
                  complete,
                  paths.stream()
                      .map(
                          path ->
                              DynamicTest.dynamicTest(
                                  c.name() + ": without " + path,
                                  () -> {
                                    String field = path.replace("[]", "[0]");
                                    String indicator =
                                        IndicatorCatalogue.registrationRecord().field(path).orElseThrow().indicator();
                                    assertThat(validator.validate(Records.without(c.record(), path)))
                                        .extracting(Violation::code, Violation::indicator, Violation::field)
                                        .containsExactly(tuple("REQUIRED", indicator, field));
                                  })));
            });
  }

  @Test
  @DisplayName("every row of the bundled files is exercised by one of the complete records")
  void everyRowIsExercised() {
    for (String locality : List.of("national", "guangdong")) {
      Set<Requirement> exercised = new HashSet<>();
      for (Case c : cases()) {
        if (c.locality().equals(locality)) {
          for (Requirement r : RequiredFields.bundled(locality).requirements()) {
            if (r.appliesTo(c.record().enrolmentCategory()) && r.holds(c.record())) {
              exercised.add(r);
            }
          }
        }
      }
      assertThat(exercised).containsExactlyInAnyOrderElementsOf(RequiredFields.bundled(locality).requirements());
    }
  }

  @Test
  @DisplayName("national: the unit's 表1 fields only when the person has a unit")
  void nationalUnit() {
    RequiredFields national = RequiredFields.bundled("national");
    RegistrationRecord noUnit = Records.without(Records.without(Records.national(), "unit"), "aab301");
    assertThat(national.check(noUnit)).isEmpty();
    assertThat(national.check(Records.without(Records.national(), "unit.aab004")))
        .extracting(Violation::field)
        .containsExactly("unit.aab004");
  }

  @Test
  @DisplayName("guangdong extends national: its rows follow national's, and its own lists are exactly localities.md's")
  void guangdongExtendsNational() {
    List<Requirement> national = RequiredFields.bundled("national").requirements();
    List<Requirement> guangdong = RequiredFields.bundled("guangdong").requirements();
    assertThat(guangdong.subList(0, national.size())).isEqualTo(national);
    assertThat(paths(guangdong, "local"))
        .containsExactly("aab301", "aac003", "aac004", "aac002", "aac006", "aac010", "aae006", "hukouDivision",
            "hukouStreetName", "hukouStreetCode", "hukouCommunityName", "hukouCommunityCode", "survivalState",
            "employmentState", "noUnitType", "aae011", "aae036", "aae014", "aae015");
    assertThat(paths(guangdong, "1"))
        .containsExactly("unit.aab001", "unit.aab004", "unit.aab019", "enrolments[].aac008", "enrolments[].since",
            "enrolments[].place");
    assertThat(paths(guangdong, "2")).containsExactly("nonEnrolmentReason");
    assertThat(paths(guangdong, "3"))
        .containsExactly("aab301", "unit.aab001", "unit.aab004", "unit.aab019", "aac003", "aac004", "aac002", "aac006",
            "survivalState", "employmentState", "noUnitType", "aae011", "aae036", "aae014", "aae015",
            "enrolments[].aac008", "enrolments[].since", "enrolments[].place");
    assertThat(guangdong).filteredOn(r -> r.path().startsWith("unit.") && !r.category().equals("all"))
        .allSatisfy(r -> assertThat(r.when()).isEqualTo("employmentState=1"));
    assertThat(guangdong).filteredOn(r -> r.path().equals("noUnitType"))
        .allSatisfy(r -> assertThat(r.when()).isEqualTo("employmentState=2"));
  }

  @Test
  @DisplayName("without a category only the all rows apply")
  void noCategory() {
    RegistrationRecord record = Records.without(Records.guangdong("1", true), "enrolmentCategory");
    RegistrationRecord bare = Records.without(Records.without(record, "hukouStreetName"), "enrolments[].since");
    assertThat(RequiredFields.bundled("guangdong").check(bare))
        .extracting(Violation::field)
        .containsExactly("enrolmentCategory");
  }

  @Test
  @DisplayName("enrolments[].since: every enrolment needs it, each reported at its index")
  void everyElement() {
    RegistrationRecord record = Records.guangdong("1", true);
    RegistrationRecord neither =
        record.toBuilder()
            .enrolments(
                List.of(
                    io.github.canbao.registration.model.Enrolment.of("110", "1", null, "440100"),
                    io.github.canbao.registration.model.Enrolment.of("310", "1", "", "440100")))
            .build();
    assertThat(RequiredFields.bundled("guangdong").check(neither))
        .extracting(Violation::field)
        .containsExactly("enrolments[0].since", "enrolments[1].since");
  }

  @Test
  @DisplayName("parse: every malformed row is a violation with file and line, nothing is thrown")
  void malformed() throws IOException {
    ParseResult<RequiredFields> result = read("malformed.csv");
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors())
        .extracting(v -> v.code(), v -> v.arguments().get("file"), v -> v.arguments().get("line"), v -> v.arguments().get("reason"))
        .containsExactly(
            tuple("REQUIRED_FIELDS_ROW", "malformed.csv", "4", "category"),
            tuple("REQUIRED_FIELDS_ROW", "malformed.csv", "5", "path"),
            tuple("REQUIRED_FIELDS_ROW", "malformed.csv", "6", "path"),
            tuple("REQUIRED_FIELDS_ROW", "malformed.csv", "7", "when"),
            tuple("REQUIRED_FIELDS_ROW", "malformed.csv", "8", "when"),
            tuple("REQUIRED_FIELDS_ROW", "malformed.csv", "9", "columns"),
            tuple("REQUIRED_FIELDS_ROW", "malformed.csv", "10", "columns"));
    assertThat(read("no-header.csv").errors())
        .extracting(Violation::code)
        .containsExactly("REQUIRED_FIELDS_FILE");
    assertThat(RequiredFields.parse(new StringReader(""), "empty.csv").errors())
        .extracting(v -> v.arguments().get("reason"))
        .containsExactly("header");
  }

  @Test
  @DisplayName("extendedBy: a locality's file adds rows to the bundled ones (a quoted source may hold commas)")
  void extension() throws IOException {
    RequiredFields extension = read("extension.csv").toOptional().orElseThrow();
    assertThat(extension.requirements().get(2).source()).isEqualTo("local rule, 说明2");
    RequiredFields local = RequiredFields.bundled("guangdong").extendedBy(extension);
    assertThat(local.requirements()).hasSize(RequiredFields.bundled("guangdong").requirements().size() + 3);
    assertThat(local.extendedBy(extension)).isEqualTo(local);
    RegistrationRecord record =
        Records.guangdong("2", false).toBuilder()
            .personId(null)
            .phone(null)
            .guardian(Guardian.of("陈老先生", null, null))
            .build();
    assertThat(RecordValidator.standard().withRequiredFields(local).validate(record))
        .extracting(Violation::code, Violation::field)
        .containsExactly(tuple("REQUIRED", "aac001"), tuple("REQUIRED", "phone"), tuple("REQUIRED", "guardian.aac002"));
    assertThat(RequiredFields.bundled("guangdong").check(record)).isEmpty();
  }

  @Test
  @DisplayName("bundled: national and guangdong; an unknown name is the caller's mistake")
  void bundled() {
    assertThat(RequiredFields.bundled("national").requirements()).hasSize(17);
    assertThat(RequiredFields.bundled("guangdong")).isSameAs(RequiredFields.bundled("guangdong"));
    assertThatIllegalArgumentException().isThrownBy(() -> RequiredFields.bundled("atlantis"));
    assertThatIllegalArgumentException().isThrownBy(() -> RequiredFields.bundled("../national"));
    assertThat(RequiredFields.none().check(RegistrationRecord.builder().build())).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> new Requirement("all", "nope", "", ""));
  }

  private static List<String> paths(List<Requirement> requirements, String category) {
    return requirements.stream().filter(r -> r.category().equals(category)).map(Requirement::path).toList();
  }

  private static ParseResult<RequiredFields> read(String name) throws IOException {
    try (Reader reader =
        new InputStreamReader(
            RequiredFieldsTest.class.getResourceAsStream("/validation/required/" + name), StandardCharsets.UTF_8)) {
      return RequiredFields.parse(reader, name);
    }
  }
}
