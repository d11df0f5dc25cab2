package io.github.canbao.registration.testkit.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.canbao.registration.model.RegisteredBy;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.testkit.Gen;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("People.records(): options, determinism and argument checks (style rule 14)")
class RegistrationRecordsTest {

  private static <T> List<T> draw(Gen<T> gen, long seed, int count) {
    RandomGenerator random = new SplittableRandom(seed);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(gen.next(random));
    }
    return values;
  }

  private static LocalDate birth(RegistrationRecord record) {
    return LocalDate.parse(record.birthDate().orElseThrow(), DateTimeFormatter.BASIC_ISO_DATE);
  }

  @Test
  @DisplayName("the same seed gives the same records; another seed gives others")
  void sameSeedSameRecords() {
    List<Gen<?>> gens = List.of(
        People.records(),
        People.records().category(1),
        People.records().category(2).bornBetween(1950, 1970).female(),
        People.records().category(3).male().registeredBy(RegisteredBy.SURVEY),
        People.records().withDefect(RecordDefect.MISSING_REQUIRED).described(),
        People.records().withDefect(RecordDefect.ID_CHECK_DIGIT).described());
    for (Gen<?> gen : gens) {
      assertThat(draw(gen, 42, 200)).isEqualTo(draw(gen, 42, 200));
      assertThat(draw(gen, 42, 50)).isNotEqualTo(draw(gen, 43, 50));
    }
  }

  @Test
  @DisplayName("an option returns a new generator and leaves the one it was called on unchanged")
  void optionsReturnNewGenerators() {
    RegistrationRecords base = People.records();
    List<RegistrationRecord> before = draw(base, 7, 50);
    List<RegistrationRecords> derived = List.of(
        base.category(1), base.bornBetween(1960, 1970), base.male(), base.female(), base.inDivision("110105"),
        base.asOf(LocalDate.of(2020, 1, 1)), base.registeredBy(RegisteredBy.SURVEY),
        base.withDefect(RecordDefect.BAD_PHONE));
    for (RegistrationRecords option : derived) {
      assertThat(option).isNotSameAs(base);
    }
    assertThat(draw(base, 7, 50)).isEqualTo(before);
    assertThat(People.records()).isSameAs(base);
  }

  @Test
  @DisplayName("the default mixes the three categories, both employment states and every no-unit type")
  void theDefaultCoversTheCases() {
    List<RegistrationRecord> records = draw(People.records(), 1, 3_000);
    assertThat(new TreeSet<>(records.stream().map(r -> r.enrolmentCategory().orElseThrow()).toList()))
        .containsExactly("1", "2", "3");
    assertThat(new TreeSet<>(records.stream().map(r -> r.employmentState().orElseThrow()).toList()))
        .containsExactly("1", "2");
    assertThat(new TreeSet<>(records.stream().flatMap(r -> r.noUnitType().stream()).toList()))
        .containsExactly("1", "2", "3", "4", "5");
    assertThat(new TreeSet<>(records.stream().flatMap(r -> r.nonEnrolmentReason().stream()).toList()))
        .contains("10", "11", "20", "21", "30", "32", "33");
    assertThat(new TreeSet<>(records.stream().map(r -> r.registeredBy().orElseThrow()).toList()))
        .containsExactly("DATA_CLEANING", "SURVEY");
    assertThat(records).anyMatch(r -> r.workInjury().isPresent());
    assertThat(records).anyMatch(r -> !r.benefits().isEmpty());
  }

  @Test
  @DisplayName("male(), female(), bornBetween(), inDivision() shape the identity number and AAC004/AAC006")
  void personOptions() {
    assertThat(draw(People.records().male(), 3, 200)).allMatch(r -> r.sex().orElseThrow().equals("1"));
    assertThat(draw(People.records().female(), 3, 200)).allMatch(r -> r.sex().orElseThrow().equals("2"));
    assertThat(draw(People.records().bornBetween(1950, 1970), 3, 200))
        .allMatch(r -> birth(r).getYear() >= 1950 && birth(r).getYear() <= 1970);
    assertThat(draw(People.records().category(1).inDivision("110105"), 3, 200))
        .allMatch(r -> r.socialSecurityNumber().orElseThrow().value().startsWith("110105"))
        .allMatch(r -> r.hukouDivision().orElseThrow().startsWith("44"));
  }

  @Test
  @DisplayName("asOf(): births, handling times and enrolment dates lie on or before the as-of date")
  void asOfBoundsTheDates() {
    LocalDate asOf = LocalDate.of(2010, 6, 30);
    for (RegistrationRecord r : draw(People.records().asOf(asOf), 5, 500)) {
      assertThat(birth(r)).isBeforeOrEqualTo(asOf);
      assertThat(LocalDateTime.parse(r.reviewedAt().orElseThrow())).isBefore(asOf.atStartOfDay());
      r.enrolments().forEach(e ->
          assertThat(LocalDate.parse(e.since().orElseThrow(), DateTimeFormatter.BASIC_ISO_DATE))
              .isBeforeOrEqualTo(asOf).isAfterOrEqualTo(birth(r)));
    }
  }

  @Test
  @DisplayName("registeredBy() fixes the handler fields' rule")
  void registeredByOption() {
    assertThat(draw(People.records().registeredBy(RegisteredBy.DATA_CLEANING), 9, 100))
        .allMatch(r -> r.handler().orElseThrow().equals("信息比对") && r.reviewer().orElseThrow().equals("信息比对"));
    assertThat(draw(People.records().registeredBy(RegisteredBy.SURVEY), 9, 100))
        .allMatch(r -> !r.handler().orElseThrow().equals(r.reviewer().orElseThrow()));
  }

  @Test
  @DisplayName("misuse is the caller's mistake: IllegalArgumentException or NullPointerException")
  void argumentChecks() {
    RegistrationRecords records = People.records();
    assertThatThrownBy(() -> records.category(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> records.category(4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> records.bornBetween(2000, 1990)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> records.bornBetween(2030, 2040)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> records.bornBetween(2000, 2010).asOf(LocalDate.of(1999, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> records.inDivision("4401")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> records.registeredBy(RegisteredBy.DATA_CLEANING).withDefect(RecordDefect.REVIEWER_IS_HANDLER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> records.withDefect(RecordDefect.REVIEWER_IS_HANDLER).registeredBy(RegisteredBy.DATA_CLEANING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> records.withDefect(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> records.asOf(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> records.inDivision(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> records.registeredBy(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("described() without a defect says so")
  void describedWithoutDefect() {
    for (GeneratedRecord generated : draw(People.records().described(), 11, 50)) {
      assertThat(generated.defect()).isEmpty();
      assertThat(generated.expectedCode()).isEmpty();
      assertThat(generated.expectedField()).isEmpty();
    }
    assertThat(draw(People.records().described(), 11, 50).stream().map(GeneratedRecord::record).toList())
        .isEqualTo(draw(People.records(), 11, 50));
  }
}
