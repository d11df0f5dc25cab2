package io.github.canbao.registration.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Guardian;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("style.md 6: no message, violation or record shows a whole identity or phone number")
class PrivacyTest {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String[] PREFIXES = {"440106", "110105", "310101", "510104", "650102", "449999"};

  private final Random random = new Random(20261123L);
  private final List<ViolationMessages> languages =
      List.of(ViolationMessages.of(Locale.CHINESE), ViolationMessages.of(Locale.ENGLISH));
  private final List<RecordValidator> validators =
      List.of(
          RecordValidator.standard().withRequiredFields(RequiredFields.bundled("guangdong")),
          RecordValidator.standard().withIdentityParser(IdentityParser.standard().strict().asOf(LocalDate.of(2026, 11, 23))));

  @Test
  @DisplayName("1,000 records with invalid identity and phone numbers")
  void invalidNumbers() {
    int violations = 0;
    for (int i = 0; i < 1000; i++) {
      String person = invalidIdentity();
      String guardian = invalidIdentity();
      String phone = invalidPhone();
      String guardianPhone = invalidPhone();
      RegistrationRecord record =
          Records.guangdong("1", true).toBuilder()
              .socialSecurityNumber(SocialSecurityNumber.of(person))
              .phone(ContactNumber.of(phone))
              .guardian(Guardian.of("陈老先生", guardian, guardianPhone))
              .build();
      List<String> secrets = List.of(person, guardian, phone, guardianPhone);
      assertHidden(record.toString(), secrets);
      for (RecordValidator validator : validators) {
        List<Violation> found = validator.validate(record);
        violations += found.size();
        for (Violation v : found) {
          assertHidden(v.toString(), secrets);
          for (ViolationMessages messages : languages) {
            assertHidden(messages.format(v), secrets);
          }
        }
      }
    }
    assertThat(violations).isGreaterThan(4000);
  }

  @Test
  @DisplayName("a number typed into a code, date or free field is masked in its violation too")
  void misplacedNumbers() {
    for (int i = 0; i < 200; i++) {
      String number = i % 2 == 0 ? invalidIdentity() : "13" + digits(9);
      RegistrationRecord record =
          Records.national().toBuilder()
              .sex(number)
              .birthDate(number)
              .handledAt(number)
              .dataSource(number)
              .hukouNature(number)
              .evidence(List.of(number))
              .registeredBy(number)
              .divisionCode(number)
              .build();
      List<Violation> found = RecordValidator.standard().validate(record);
      assertThat(found).isNotEmpty();
      for (Violation v : found) {
        assertHidden(v.toString(), List.of(number));
        for (ViolationMessages messages : languages) {
          assertHidden(messages.format(v), List.of(number));
        }
      }
    }
  }

  private static void assertHidden(String text, List<String> secrets) {
    for (String secret : secrets) {
      String s = secret.strip();
      assertThat(text).doesNotContain(s).doesNotContain(s.toUpperCase(Locale.ROOT));
    }
  }

  /** An 18- or 15-character number with one defect: check, date, length, lower case or letters. */
  private String invalidIdentity() {
    String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
    String date = String.format("%04d%02d%02d", 1900 + random.nextInt(120), 1 + random.nextInt(12), 1 + random.nextInt(28));
    String seventeen = prefix + date + digits(3);
    return switch (random.nextInt(6)) {
      case 0 -> seventeen + wrongCheck(seventeen);
      case 1 -> {
        String bad = prefix + date.substring(0, 4) + (random.nextBoolean() ? "13" : "02") + (random.nextBoolean() ? "30" : "32") + digits(3);
        yield bad + check(bad);
      }
      case 2 -> seventeen + check(seventeen) + digits(1 + random.nextInt(2));
      case 3 -> (seventeen + check(seventeen)).substring(0, 11 + random.nextInt(6));
      case 4 -> seventeen.substring(0, 10) + (char) ('a' + random.nextInt(26)) + seventeen.substring(11) + check(seventeen);
      default -> (char) ('A' + random.nextInt(26)) + seventeen.substring(1) + Character.toLowerCase(check(seventeen));
    };
  }

  /** A number close to a phone number, in no accepted form. */
  private String invalidPhone() {
    return switch (random.nextInt(5)) {
      case 0 -> "1" + (3 + random.nextInt(7)) + digits(8);
      case 1 -> "2" + digits(10);
      case 2 -> "13" + digits(10);
      case 3 -> "13" + digits(4) + (char) ('a' + random.nextInt(26)) + digits(4);
      default -> "0" + digits(2) + "-" + digits(9);
    };
  }

  private String digits(int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }

  private char wrongCheck(String seventeen) {
    char right = check(seventeen);
    char wrong;
    do {
      wrong = "0123456789X".charAt(random.nextInt(11));
    } while (wrong == right);
    return wrong;
  }

  private static char check(String seventeen) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (seventeen.charAt(i) - '0') * WEIGHTS[i];
    }
    return "10X98765432".charAt(sum % 11);
  }
}
