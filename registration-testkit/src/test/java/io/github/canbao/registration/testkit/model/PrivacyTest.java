package io.github.canbao.registration.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Guardian;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.validation.RecordValidator;
import io.github.canbao.registration.model.validation.RequiredFields;
import io.github.canbao.registration.model.validation.ViolationMessages;
import io.github.canbao.registration.testkit.Gen;
import io.github.canbao.registration.testkit.Seed;
import io.github.canbao.registration.testkit.assertions.UnmaskedNumber;
import io.github.canbao.registration.testkit.identity.Identities;
import io.github.canbao.registration.testkit.person.People;
import io.github.canbao.registration.testkit.phone.PhoneNumbers;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Moved from registration-model (issue 6: one generator in the tree, the testkit's). */
@DisplayName("style.md 6: no message, violation or record shows a whole identity or phone number")
class PrivacyTest {

  private static final List<ViolationMessages> LANGUAGES =
      List.of(ViolationMessages.of(Locale.CHINESE), ViolationMessages.of(Locale.ENGLISH));
  private static final List<RecordValidator> VALIDATORS =
      List.of(
          RecordValidator.standard().withRequiredFields(RequiredFields.bundled("guangdong")),
          RecordValidator.standard().withIdentityParser(IdentityParser.standard().strict().asOf(LocalDate.of(2026, 11, 23))));

  /** An invalid number of any defect, 18 or 15 characters, sometimes with a lower-case x. */
  private static final Gen<String> INVALID_IDENTITIES = r -> {
    String number = (r.nextInt(4) == 0 ? Identities.citizenNumbers().fifteenDigit() : Identities.citizenNumbers())
        .withAnyDefect().next(r).number();
    return r.nextInt(5) == 0 ? number.toLowerCase(Locale.ROOT) : number;
  };

  private record Secrets(RegistrationRecord record, List<String> secrets) {}

  @Test
  @DisplayName("1,000 records with invalid identity and phone numbers")
  void invalidNumbers() {
    Gen<Secrets> records = r -> {
      String person = INVALID_IDENTITIES.next(r);
      String guardian = INVALID_IDENTITIES.next(r);
      String phone = PhoneNumbers.malformed().next(r);
      String guardianPhone = PhoneNumbers.malformed().next(r);
      RegistrationRecord record = People.records().next(r).toBuilder()
          .socialSecurityNumber(SocialSecurityNumber.of(person))
          .phone(ContactNumber.of(phone))
          .guardian(Guardian.of("陈老先生", guardian, guardianPhone))
          .build();
      return new Secrets(record, List.of(person, guardian, phone, guardianPhone));
    };
    AtomicInteger violations = new AtomicInteger();
    Seed.of(20261123L).check(records, 1_000, s -> {
      UnmaskedNumber.assertNoneIn(s.record().toString(), s.secrets());
      for (RecordValidator validator : VALIDATORS) {
        List<Violation> found = validator.validate(s.record());
        violations.addAndGet(found.size());
        for (Violation v : found) {
          UnmaskedNumber.assertNoneIn(v.toString(), s.secrets());
          for (ViolationMessages messages : LANGUAGES) {
            UnmaskedNumber.assertNoneIn(messages.format(v), s.secrets());
          }
        }
      }
    });
    assertThat(violations.get()).isGreaterThan(4000);
  }

  @Test
  @DisplayName("a number typed into a code, date or free field is masked in its violation too")
  void misplacedNumbers() {
    Gen<String> numbers = r -> r.nextBoolean() ? INVALID_IDENTITIES.next(r) : PhoneNumbers.mobiles().next(r);
    Gen<Secrets> records = r -> {
      String number = numbers.next(r);
      RegistrationRecord record = People.records().next(r).toBuilder()
          .sex(number)
          .birthDate(number)
          .handledAt(number)
          .dataSource(number)
          .hukouNature(number)
          .evidence(List.of(number))
          .registeredBy(number)
          .divisionCode(number)
          .build();
      return new Secrets(record, List.of(number));
    };
    Seed.of(7).check(records, 200, s -> {
      List<Violation> found = RecordValidator.standard().validate(s.record());
      assertThat(found).isNotEmpty();
      for (Violation v : found) {
        UnmaskedNumber.assertNoneIn(v.toString(), s.secrets());
        for (ViolationMessages messages : LANGUAGES) {
          UnmaskedNumber.assertNoneIn(messages.format(v), s.secrets());
        }
      }
    });
  }

  @Test
  @DisplayName("a valid generated record's toString and violations show no whole number")
  void validRecords() {
    Seed.of(3).check(People.records(), 500, record -> {
      UnmaskedNumber.assertNoneIn(record.toString());
      UnmaskedNumber.assertNoneIn(record.toString(), List.of(record.socialSecurityNumber().orElseThrow().value()));
    });
  }
}
