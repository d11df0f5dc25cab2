package io.github.canbao.registration.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.phone.PhoneNumber;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short reason of an {@link ReadItem.Unreadable}: what was wrong and where in the record, never
 * the line itself. Jackson's own words are used without their location (the item has the line), any
 * run of seven or more digits is masked as an identity or phone number would be (house style rule 6:
 * a broken line may hold a whole number, and Jackson quotes the token it stumbled on), and the text is
 * cut to a length a log line can hold.
 */
final class UnreadableReason {

  private static final int MAX_LENGTH = 200;
  private static final Pattern DIGIT_RUN = Pattern.compile("\\p{Nd}{7,}[Xx]?");
  private static final Pattern LOCATION = Pattern.compile("\\s*\\[Source: [^\\]]*?(?:column: (\\d+))?\\]");
  private static final Pattern QUALIFIED_TYPE = Pattern.compile("`(?:[a-z0-9_]+\\.)+([A-Z][A-Za-z0-9_$.]*)`");

  private UnreadableReason() {}

  /** The reason for a line Jackson could not read or bind. */
  static String of(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException npe) {
      // The model's compact constructors name the missing part: Objects.requireNonNull(x, "x").
      message = "\"" + npe.getMessage() + "\" is missing";
    }
    message = LOCATION.matcher(message).replaceAll(m -> m.group(1) == null ? "" : " column " + m.group(1));
    message = QUALIFIED_TYPE.matcher(message).replaceAll("`$1`");
    if (e instanceof JsonMappingException mapping) {
      String path = path(mapping.getPath());
      return clean((path.isEmpty() ? "" : path + ": ") + message);
    }
    return clean("broken JSON: " + message);
  }

  /** The reason for a CSV row that jackson-dataformat-csv could not split into cells. */
  static String ofCsv(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    return clean("broken CSV: " + LOCATION.matcher(message).replaceAll(""));
  }

  /** {@code text} masked and cut, for a reason built from our own words. */
  static String clean(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    Matcher m = DIGIT_RUN.matcher(oneLine);
    String masked =
        m.replaceAll(r -> Matcher.quoteReplacement(
            r.group().length() >= 15 ? IdentityNumber.mask(r.group()) : PhoneNumber.mask(r.group())));
    return masked.length() <= MAX_LENGTH ? masked : masked.substring(0, MAX_LENGTH - 1) + "…";
  }

  /** The record path of a mapping problem: {@code unit.aab004}, {@code enrolments[0].since}. */
  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
