package io.github.canbao.registration.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.identity.IdentityParser;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code registration id check}: one JSON object a number, in input order ({@code cli.md}). What
 * cannot be known of an invalid number (birth date, sex, division) is left out.
 *
 * @since 0.1.0
 */
@Command(
    name = "check",
    header = "Checks identity numbers: one JSON object a line on stdout.",
    description = {
      "Prints valid, kind, masked, birthDate, sex, division, errors and warnings of each number;",
      "what cannot be known of an invalid number is left out. Exit status 1 when any is invalid."
    },
    mixinStandardHelpOptions = true)
final class IdCheckCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = "--strict",
      description = "Reject a lower-case x and full-width characters (ID_CHARSET), and an unknown area code (AREA_CODE_UNKNOWN).")
  boolean strict;

  @Mixin AsOfOption asOf;

  @Mixin NumberArguments numbers;

  @Override
  public Integer call() {
    IdentityParser parser = IdentityParser.standard().asOf(asOf.date());
    if (strict) {
      parser = parser.strict();
    }
    PrintWriter out = spec.commandLine().getOut();
    long checked = 0;
    long invalid = 0;
    try (Stream<String> texts = numbers.stream()) {
      for (Iterator<String> it = texts.iterator(); it.hasNext(); ) {
        String text = it.next();
        ParseResult<IdentityNumber> result = parser.parse(text);
        checked++;
        if (!result.isValid()) {
          invalid++;
        }
        out.println(json(parser, text, result));
      }
    }
    out.flush();
    spec.commandLine().getErr().printf("id check: %,d checked, %,d invalid%n", checked, invalid);
    return ExitStatus.of(invalid == 0);
  }

  private static String json(IdentityParser parser, String text, ParseResult<IdentityNumber> result) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("valid", result.isValid());
    if (result instanceof ParseResult.Valid<IdentityNumber> valid) {
      IdentityNumber number = valid.value();
      fields.put("kind", number.kind().name());
      fields.put("masked", number.masked());
      number.birthDate().ifPresent(date -> fields.put("birthDate", date.toString()));
      number.sex().ifPresent(sex -> fields.put("sex", sex));
      number.divisionCode().ifPresent(code -> fields.put("division", code));
    } else {
      fields.put("kind", parser.kindOf(text).name());
      fields.put("masked", IdentityNumber.mask(IdentityParser.normalise(text)));
    }
    fields.put("errors", codes(result.errors()));
    fields.put("warnings", codes(result.warnings()));
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).toList();
  }
}
