package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.division.DivisionCode;
import io.github.canbao.registration.model.Elsewhere;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.Evidence;
import io.github.canbao.registration.model.RegisteredBy;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.WorkInjury;
import io.github.canbao.registration.model.constraints.RecordProblem;
import io.github.canbao.registration.model.constraints.ValidIndicators;
import io.github.canbao.registration.model.constraints.internal.RecordWalker.Located;
import io.github.canbao.registration.model.indicator.IndicatorField;
import io.github.canbao.registration.model.indicator.IndicatorType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks every indicator field of a record against its {@code @Indicator}: {@link ValidIndicators}. */
public final class IndicatorsValidator extends RecordConstraintValidator<ValidIndicators> {

  /**
   * Fields whose values are the names of a Java enum rather than codes of a table: the model fixes
   * these sets (record-format.md), so a locality cannot extend them as it extends a table.
   */
  private static final Map<String, NameSet> NAME_SETS =
      Map.of(
          key(RegistrationRecord.class, "evidence"), NameSet.of(Evidence.class),
          key(Enrolment.class, "elsewhere"), NameSet.of(Elsewhere.class),
          key(RegistrationRecord.class, "registeredBy"), NameSet.of(RegisteredBy.class));

  /** 伤残等级: the ten grades of GB/T 16180 that Guangdong 二(三)4 reads. */
  private static final Map<String, int[]> RANGES = Map.of(key(WorkInjury.class, "grade"), new int[] {1, 10});

  private Set<String> numericNotEnforced = Set.of();

  @Override
  protected void configure(ValidIndicators annotation) {
    numericNotEnforced = Set.copyOf(Arrays.asList(annotation.numericNotEnforced()));
  }

  @Override
  void check(Record record, RecordWalker walker, Report report) {
    forEachLeaf(record, walker, report, at -> leaf(at, report));
  }

  private void leaf(Located at, Report report) {
    IndicatorField field = at.field();
    Object value = at.value().orElse(null);
    if (value instanceof Integer number) {
      int[] range = RANGES.get(key(field));
      if (range != null && (number < range[0] || number > range[1])) {
        report.add(
            violation(RecordProblem.OUT_OF_RANGE, at)
                .withArgument("value", number.toString())
                .withArgument("min", Integer.toString(range[0]))
                .withArgument("max", Integer.toString(range[1])),
            field.name());
      }
      return;
    }
    if (!(value instanceof CharSequence text) || text.toString().isBlank()) {
      return;
    }
    String s = text.toString();
    if (DivisionCode.INDICATOR.equals(field.table())) {
      return; // ValidDivisionCode reads these
    }
    if (field.type() == IndicatorType.DATE) {
      if (date(s).isEmpty()) {
        report.add(violation(RecordProblem.DATE_FORMAT, at).withArgument("value", Report.shown(s)), field.name());
      }
      return;
    }
    if (field.type() == IndicatorType.DATE_TIME) {
      if (dateTime(s).isEmpty()) {
        report.add(
            violation(RecordProblem.DATE_TIME_FORMAT, at).withArgument("value", Report.shown(s)), field.name());
      }
      return;
    }
    int length = s.codePointCount(0, s.length());
    if (field.length() > 0 && length > field.length()) {
      report.add(
          violation(RecordProblem.TOO_LONG, at)
              .withArgument("max", Integer.toString(field.length()))
              .withArgument("length", Integer.toString(length)),
          field.name());
    }
    if (field.type() == IndicatorType.NUMERIC
        && !numericNotEnforced.contains(field.code())
        && !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      report.add(violation(RecordProblem.NOT_NUMERIC, at), field.name());
    }
    if (field.hasTable() && !report.settings().codeBook().accepts(field.table(), s)) {
      report.add(
          violation(RecordProblem.CODE_UNKNOWN, at)
              .withArgument("value", Report.shown(s))
              .withArgument("table", field.table()),
          field.name());
    }
    NameSet names = NAME_SETS.get(key(field));
    if (names != null && !names.names().contains(s)) {
      report.add(
          violation(RecordProblem.CODE_UNKNOWN, at)
              .withArgument("value", Report.shown(s))
              .withArgument("table", names.type()),
          field.name());
    }
  }

  /**
   * The date of {@code YYYYMMDD}, or of {@code YYYY-MM-DD} (record-format.md accepts it on input);
   * empty when the text is not a real calendar date.
   */
  static Optional<LocalDate> date(String s) {
    int n = s.length();
    boolean compact = n == 8 && digits(s, 0, 8);
    boolean dashed =
        n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7)
            && digits(s, 8, 10);
    if (!compact && !dashed) {
      return Optional.empty();
    }
    int year = Integer.parseInt(s, 0, 4, 10);
    int month = Integer.parseInt(s, compact ? 4 : 5, compact ? 6 : 7, 10);
    int day = Integer.parseInt(s, compact ? 6 : 8, compact ? 8 : 10, 10);
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The ISO-8601 local date-time of the text, e.g. {@code 2026-11-23T10:15:00}; empty when it is none. */
  static Optional<LocalDateTime> dateTime(String s) {
    try {
      return Optional.of(LocalDateTime.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Violation violation(RecordProblem problem, Located at) {
    return Violation.error(problem.name(), at.field().indicator(), at.path());
  }

  private static String key(IndicatorField field) {
    return field.owner().getName() + "#" + field.component();
  }

  private static String key(Class<?> owner, String component) {
    return owner.getName() + "#" + component;
  }

  /** The constant names of an enum, and the enum's simple name to report as the table. */
  private record NameSet(String type, Set<String> names) {
    static NameSet of(Class<? extends Enum<?>> type) {
      return new NameSet(
          type.getSimpleName(),
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }
  }
}
