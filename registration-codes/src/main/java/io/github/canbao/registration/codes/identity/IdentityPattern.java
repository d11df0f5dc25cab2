package io.github.canbao.registration.codes.identity;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Severity;
import io.github.canbao.registration.codes.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A kind of social security number that a locality defines as data: a name, a pattern the whole
 * (trimmed, upper-cased) number must match, and a check. Beijing lets special groups register with a
 * passport number (特殊人群可填写护照等有效证件号码, {@code 000}); Guangdong has provincial coding rules
 * for residents of Hong Kong, Macao and Taiwan, overseas Chinese and foreigners ({@code 002}).
 *
 * <p>A locality lists its kinds in a CSV file with the header {@code name,check,pattern} — the
 * pattern last, so that it may contain commas — and {@code check} one of {@code none} or
 * {@code mod11-2}:
 *
 * <pre>{@code
 * name,check,pattern
 * PASSPORT,none,[A-Z][0-9]{8}
 * }</pre>
 *
 * @param name the kind's name, reported instead of a built-in {@link IdentityKind}
 * @param check how the last character is checked
 * @param pattern what the whole number must match
 * @since 0.1.0
 */
public record IdentityPattern(String name, Check check, Pattern pattern) {

  /**
   * How a locality-defined number is checked beyond its pattern.
   *
   * @since 0.1.0
   */
  public enum Check {
    /** Pattern only; a match carries the warning {@code ID_NOT_VERIFIABLE}. */
    NONE,
    /** ISO 7064 MOD 11-2 over the digits before the last character (letters skipped), as GB 11643. */
    MOD_11_2
  }

  /**
   * Checks that every part is present.
   *
   * @throws NullPointerException if any component is null
   */
  public IdentityPattern {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(pattern, "pattern");
  }

  /**
   * Whether the whole of {@code text} matches this kind's pattern.
   *
   * @since 0.1.0
   */
  public boolean matches(CharSequence text) {
    return pattern.matcher(text).matches();
  }

  /**
   * Reads a locality's identity-pattern file. A malformed row is reported with its line number as a
   * violation {@code IDENTITY_PATTERN_ROW}; nothing is thrown for bad data.
   *
   * @param csv the file's content
   * @param fileName the file's name, for the violations
   * @since 0.1.0
   */
  public static ParseResult<List<IdentityPattern>> parseTable(Reader csv, String fileName) {
    List<IdentityPattern> patterns = new ArrayList<>();
    List<Violation> errors = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(csv)) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#") || (lineNumber == 1 && line.startsWith("name,"))) {
          continue;
        }
        String[] parts = line.split(",", 3);
        String problem = null;
        if (parts.length < 3 || parts[0].isBlank() || parts[2].isBlank()) {
          problem = "expected name,check,pattern";
        } else {
          Check check = switch (parts[1].trim().toLowerCase(Locale.ROOT)) {
            case "none" -> Check.NONE;
            case "mod11-2" -> Check.MOD_11_2;
            default -> null;
          };
          if (check == null) {
            problem = "check must be none or mod11-2";
          } else {
            try {
              patterns.add(new IdentityPattern(parts[0].trim(), check, Pattern.compile(parts[2].trim())));
            } catch (PatternSyntaxException e) {
              problem = "bad pattern: " + e.getDescription();
            }
          }
        }
        if (problem != null) {
          errors.add(rowError(fileName, lineNumber, problem));
        }
      }
    } catch (IOException e) {
      errors.add(rowError(fileName, 0, String.valueOf(e.getMessage())));
    }
    return errors.isEmpty()
        ? ParseResult.valid(List.copyOf(patterns), List.of())
        : ParseResult.invalid(errors, List.of());
  }

  private static Violation rowError(String fileName, int line, String reason) {
    return new Violation(
        "IDENTITY_PATTERN_ROW",
        IdentityParser.INDICATOR,
        IdentityParser.FIELD,
        Severity.ERROR,
        Map.of("file", fileName, "line", Integer.toString(line), "reason", reason));
  }
}
