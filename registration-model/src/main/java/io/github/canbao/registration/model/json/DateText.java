package io.github.canbao.registration.model.json;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The normalisation of a date indicator ({@code aac006}, {@code enrolments[].since}): the national
 * form is {@code YYYYMMDD}, and {@code YYYY-MM-DD} is accepted on input ({@code record-format.md}).
 */
final class DateText {

  // STRICT with "uuuu" so that 2023-02-29 is no date and stays as given for validation to report.
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter NATIONAL =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private DateText() {}

  /** {@code text} in {@code YYYYMMDD} when it is a real ISO date, else {@code text} unchanged. */
  static String normalise(String text) {
    if (!hasIsoShape(text)) {
      return text;
    }
    try {
      return LocalDate.parse(text, ISO).format(NATIONAL);
    } catch (DateTimeParseException e) {
      // Not a real date: kept as given, so that validation reports it rather than the reader.
      return text;
    }
  }

  private static boolean hasIsoShape(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
