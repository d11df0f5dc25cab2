package io.github.canbao.registration.model.validation;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.table.EnrolmentCategory;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.constraints.RecordProblem;
import io.github.canbao.registration.model.constraints.internal.RecordWalker;
import io.github.canbao.registration.model.constraints.internal.RecordWalker.Located;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which fields a record must have, by person category, as data a locality can extend: the national
 * {@code Y} marks of 人社厅发〔2015〕41号 附件1 表1–表4, and for Guangdong the lists of 粤人社办 二(一),
 * 二(二) ({@code localities.md}).
 *
 * <pre>{@code
 * RequiredFields guangdong = RequiredFields.bundled("guangdong");      // national + Guangdong
 * try (Reader csv = Files.newBufferedReader(path)) {
 *   ParseResult<RequiredFields> mine = RequiredFields.parse(csv, path.toString());
 *   mine.toOptional().map(guangdong::extendedBy).ifPresent(validator::withRequiredFields);
 * }
 * guangdong.check(record);                                              // [REQUIRED at unit.aab004, …]
 * }</pre>
 *
 * <h2>The file</h2>
 *
 * <p>UTF-8 CSV with the header {@code category,path,when,source}; lines starting with {@code #} and
 * blank lines are ignored, a field in double quotes may hold commas. One row is one requirement:
 *
 * <ul>
 *   <li>{@code category}: {@code all} (every record), {@code local} (参保状态 1 and 2, the local
 *       hukou categories), or one category code ({@code 1}, {@code 2}, {@code 3}, or a locality's
 *       own). The category is the record's {@code enrolmentCategory}; a record without one is held
 *       to the {@code all} rows only.
 *   <li>{@code path}: a field of the {@linkplain
 *       io.github.canbao.registration.model.indicator.IndicatorCatalogue catalogue}, e.g. {@code
 *       aac002}, {@code unit.aab004}; {@code enrolments[].since} means every enrolment needs it.
 *   <li>{@code when}: empty (always), a path ({@code unit}: the record has a unit), or {@code
 *       path=value} ({@code employmentState=1}). A condition names no list.
 *   <li>{@code source}: the seed clause, free text, optional.
 * </ul>
 *
 * <p>A field that is absent, blank text or an empty list is missing, and gives one {@code REQUIRED}
 * violation at its concrete path ({@code enrolments[1].since}), however many rows require it.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RequiredFields {

  /**
   * Violation code of a malformed row; arguments {@code file}, {@code line}, {@code reason}.
   *
   * @since 0.1.0
   */
  public static final String REQUIRED_FIELDS_ROW = "REQUIRED_FIELDS_ROW";

  /**
   * Violation code of a file that cannot be read or has no valid header; arguments {@code file},
   * {@code reason}.
   *
   * @since 0.1.0
   */
  public static final String REQUIRED_FIELDS_FILE = "REQUIRED_FIELDS_FILE";

  /**
   * The category of rows that apply to every record.
   *
   * @since 0.1.0
   */
  public static final String ALL = "all";

  /**
   * The category of rows that apply to the local hukou categories, 1 and 2.
   *
   * @since 0.1.0
   */
  public static final String LOCAL = "local";

  /** The indicator that file problems name. */
  private static final String FILE_INDICATOR = "requiredFields";

  private static final String FOLDER = "/io/github/canbao/registration/model/validation/required/";
  private static final String NATIONAL = "national";
  private static final List<String> HEADER = List.of("category", "path", "when", "source");
  private static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern LOCALITY = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final RecordWalker WALKER = RecordWalker.of(RegistrationRecord.class);
  private static final Map<String, RequiredFields> BUNDLED = new ConcurrentHashMap<>();
  private static final RequiredFields NONE = new RequiredFields(List.of());

  private final List<Requirement> requirements;

  private RequiredFields(List<Requirement> requirements) {
    this.requirements = List.copyOf(requirements);
  }

  /**
   * One row: a field required for a category, possibly under a condition.
   *
   * @param category {@code all}, {@code local} or a category code
   * @param path the catalogue path of the required field
   * @param when the condition, empty for none: {@code path} or {@code path=value}
   * @param source the seed clause, possibly empty
   * @since 0.1.0
   */
  public record Requirement(String category, String path, String when, String source) {

    /**
     * Checks the row against the catalogue.
     *
     * @param category {@code all}, {@code local} or a category code
     * @param path the catalogue path of the required field
     * @param when the condition, empty for none
     * @param source the seed clause, possibly empty
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a part is malformed (see the file format)
     */
    public Requirement {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(source, "source");
      String problem = problem(category, path, when);
      if (problem != null) {
        throw new IllegalArgumentException("malformed requirement (" + problem + "): " + category + "," + path);
      }
    }

    /**
     * Whether the row applies to a record of this category.
     *
     * @param recordCategory the record's {@code enrolmentCategory}, empty when it has none
     * @return true for {@code all}, for {@code local} and 1 or 2, and for the same code
     * @since 0.1.0
     */
    public boolean appliesTo(Optional<String> recordCategory) {
      if (ALL.equals(category)) {
        return true;
      }
      if (recordCategory.isEmpty()) {
        return false;
      }
      String c = recordCategory.get();
      if (LOCAL.equals(category)) {
        return EnrolmentCategory.LOCAL_INSURED.equals(c) || EnrolmentCategory.LOCAL_NOT_INSURED.equals(c);
      }
      return category.equals(c);
    }

    /** Whether the row's condition holds for the record. */
    boolean holds(RegistrationRecord record) {
      if (when.isEmpty()) {
        return true;
      }
      int equals = when.indexOf('=');
      String conditionPath = equals < 0 ? when : when.substring(0, equals);
      List<Located> found = WALKER.locate(record, conditionPath);
      Optional<Object> value = found.isEmpty() ? Optional.empty() : found.get(0).value();
      if (equals < 0) {
        return RecordWalker.isPresent(value);
      }
      return RecordWalker.isPresent(value)
          && RecordWalker.text(value.get()).strip().equals(when.substring(equals + 1));
    }
  }

  /**
   * No requirements at all.
   *
   * @return the empty set
   * @since 0.1.0
   */
  public static RequiredFields none() {
    return NONE;
  }

  /**
   * These requirements, in this order.
   *
   * @param requirements the rows
   * @return the requirements
   * @throws NullPointerException if the list or a row is null
   * @since 0.1.0
   */
  public static RequiredFields of(List<Requirement> requirements) {
    return new RequiredFields(requirements);
  }

  /**
   * The requirements this library ships for a locality: {@code national}, or a locality's own file
   * extending the national one ({@code guangdong}).
   *
   * @param locality the locality name
   * @return the requirements
   * @throws IllegalArgumentException if no file is bundled for {@code locality}
   * @throws IllegalStateException if a bundled file is malformed (a defect of this library)
   * @since 0.1.0
   */
  public static RequiredFields bundled(String locality) {
    Objects.requireNonNull(locality, "locality");
    if (!LOCALITY.matcher(locality).matches()) {
      throw new IllegalArgumentException("no bundled required fields for " + locality);
    }
    return BUNDLED.computeIfAbsent(locality, RequiredFields::load);
  }

  private static RequiredFields load(String locality) {
    RequiredFields own = read(locality);
    return NATIONAL.equals(locality) ? own : bundled(NATIONAL).extendedBy(own);
  }

  private static RequiredFields read(String locality) {
    String file = FOLDER + locality + ".csv";
    InputStream in = RequiredFields.class.getResourceAsStream(file);
    if (in == null) {
      throw new IllegalArgumentException("no bundled required fields for " + locality);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      ParseResult<RequiredFields> result = parse(reader, locality + ".csv");
      return result
          .toOptional()
          .orElseThrow(() -> new IllegalStateException("bundled " + file + " is malformed: " + result.errors()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a required-field file (see the class description). Never throws for bad data: every
   * malformed row gives a {@value #REQUIRED_FIELDS_ROW} violation with the file and line, a missing
   * header or an unreadable file {@value #REQUIRED_FIELDS_FILE}; any problem makes the result
   * invalid.
   *
   * @param csv the file's text; not closed
   * @param fileName the name to report problems against
   * @return the requirements, or the problems
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static ParseResult<RequiredFields> parse(Reader csv, String fileName) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(fileName, "fileName");
    List<String> lines;
    try {
      lines = new BufferedReader(csv).lines().toList();
    } catch (UncheckedIOException e) {
      return fileProblem(fileName, "unreadable");
    }
    List<Requirement> rows = new ArrayList<>();
    List<Violation> errors = new ArrayList<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int lineNumber = i + 1;
      List<String> cells = cells(line);
      if (!header) {
        if (cells == null || cells.size() < 3 || cells.size() > 4 || !HEADER.subList(0, cells.size()).equals(cells)) {
          return fileProblem(fileName, "header");
        }
        header = true;
        continue;
      }
      if (cells == null || cells.size() < 2 || cells.size() > 4) {
        errors.add(rowProblem(fileName, lineNumber, "line", "columns"));
        continue;
      }
      String category = cells.get(0);
      String path = cells.get(1);
      String when = cells.size() > 2 ? cells.get(2) : "";
      String source = cells.size() > 3 ? cells.get(3) : "";
      String problem = problem(category, path, when);
      if (problem != null) {
        errors.add(rowProblem(fileName, lineNumber, problem, problem));
        continue;
      }
      rows.add(new Requirement(category, path, when, source));
    }
    if (!header) {
      return fileProblem(fileName, "header");
    }
    return errors.isEmpty()
        ? ParseResult.valid(new RequiredFields(rows), List.of())
        : ParseResult.invalid(errors, List.of());
  }

  /**
   * These requirements followed by {@code extension}'s: a locality's file extends the national one.
   * A row both hold is kept once.
   *
   * @param extension the rows to add
   * @return a new set
   * @throws NullPointerException if {@code extension} is null
   * @since 0.1.0
   */
  public RequiredFields extendedBy(RequiredFields extension) {
    Objects.requireNonNull(extension, "extension");
    LinkedHashSet<Requirement> all = new LinkedHashSet<>(requirements);
    all.addAll(extension.requirements);
    return new RequiredFields(new ArrayList<>(all));
  }

  /**
   * The rows, in file order (an extension's after the base's).
   *
   * @return an immutable list
   * @since 0.1.0
   */
  public List<Requirement> requirements() {
    return requirements;
  }

  /**
   * The {@code REQUIRED} violations of a record: one per missing field at its concrete path, in
   * the order of the rows, with the argument {@code category} of the first row that requires it.
   * Never throws for a record's data: a check that fails is reported as {@code VALIDATOR_FAILED}.
   *
   * @param record the record
   * @return the violations, empty when nothing is missing
   * @throws NullPointerException if {@code record} is null
   * @since 0.1.0
   */
  public List<Violation> check(RegistrationRecord record) {
    Objects.requireNonNull(record, "record");
    Optional<String> category = record.enrolmentCategory().map(String::strip).filter(s -> !s.isEmpty());
    Map<String, Violation> missing = new LinkedHashMap<>();
    for (Requirement requirement : requirements) {
      if (!requirement.appliesTo(category)) {
        continue;
      }
      try {
        if (!requirement.holds(record)) {
          continue;
        }
        for (Located at : WALKER.locate(record, requirement.path())) {
          if (!RecordWalker.isPresent(at.value())) {
            missing.putIfAbsent(
                at.path(),
                Violation.error(RecordProblem.REQUIRED.name(), at.field().indicator(), at.path())
                    .withArgument("category", requirement.category()));
          }
        }
      } catch (RuntimeException e) {
        // The exception's message may quote a value: keep its class only.
        missing.putIfAbsent(
            requirement.path(),
            Violation.error(
                    RecordProblem.VALIDATOR_FAILED.name(), indicatorOf(requirement.path()), requirement.path())
                .withArgument("exception", e.getClass().getName()));
      }
    }
    return List.copyOf(missing.values());
  }

  private static String indicatorOf(String path) {
    return WALKER.catalogue().field(path).map(f -> f.indicator()).orElse(path);
  }

  /** What is wrong with a row, by column name, or null. */
  private static String problem(String category, String path, String when) {
    if (!CATEGORY.matcher(category).matches()) {
      return "category";
    }
    if (WALKER.catalogue().field(path).isEmpty()) {
      return "path";
    }
    if (!when.isEmpty()) {
      int equals = when.indexOf('=');
      String conditionPath = equals < 0 ? when : when.substring(0, equals);
      if (conditionPath.contains("[]")
          || WALKER.catalogue().field(conditionPath).isEmpty()
          || (equals >= 0 && when.substring(equals + 1).isEmpty())) {
        return "when";
      }
    }
    return null;
  }

  /** The cells of one CSV line, or null when a quote is not closed. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  private static Violation rowProblem(String file, int line, String column, String reason) {
    return Violation.error(REQUIRED_FIELDS_ROW, FILE_INDICATOR, column)
        .withArgument("file", file)
        .withArgument("line", Integer.toString(line))
        .withArgument("reason", reason);
  }

  private static ParseResult<RequiredFields> fileProblem(String file, String reason) {
    return ParseResult.invalid(
        List.of(
            Violation.error(REQUIRED_FIELDS_FILE, FILE_INDICATOR, "file")
                .withArgument("file", file)
                .withArgument("reason", reason)),
        List.of());
  }

  /**
   * Equal when both hold the same rows in the same order.
   *
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RequiredFields that && requirements.equals(that.requirements);
  }

  /**
   * A hash over the rows.
   *
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    return requirements.hashCode();
  }

  /**
   * A short form for logs, e.g. {@code RequiredFields[17 rows]}.
   *
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return "RequiredFields[" + requirements.size() + " rows]";
  }
}
