package io.github.canbao.registration.rules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.json.RegistrationJson;
import io.github.canbao.registration.rules.RuleProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A scenario table: JSON Lines, one scenario a line, that a rule author reads and extends next to
 * the DRL file it checks ({@code scenarios/derive-no-unit-type.jsonl}).
 *
 * <pre>{@code
 * {"name": "a nine-year-old is a student by age", "seed": "002 二(三)2", "asOf": "2026-11-23",
 *  "record": {"aac006": "20160901", "aac004": "1", "hukouLocal": true},
 *  "expect": {"employmentState": "2", "noUnitType": "2", "nonEnrolmentReason": "21"}}
 * }</pre>
 *
 * <p>Keys: {@code name} (required) and {@code seed} (the seed section checked); {@code asOf}
 * (default 2026-11-23, so that a table gives the same answer every day); {@code comparedAt};
 * {@code overwrite}; {@code record} (required: a person record in the format of the command line);
 * {@code expect} — record keys and the value each must have after the run ({@code null} or
 * {@code ""}: must be empty); {@code findings} / {@code absentFindings} — finding codes that must /
 * must not be present; {@code violations} / {@code absentViolations} — {@code CODE} or {@code
 * CODE@field} that must / must not be present (either makes the run validate as well as derive, as
 * does {@code "validate": true}). Blank lines and lines starting with {@code //} are skipped. A
 * malformed line is a problem with its line number, not an exception.
 *
 * @since 0.1.0
 */
public final class ScenarioTable {

  /**
   * The as-of date of a scenario that gives none.
   *
   * @since 0.1.0
   */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 23);

  private static final ObjectMapper JSON = RegistrationJson.mapper();
  private static final Set<String> KEYS =
      Set.of("name", "seed", "asOf", "comparedAt", "overwrite", "validate", "record", "expect",
          "findings", "absentFindings", "violations", "absentViolations");

  private final List<Scenario> scenarios;
  private final List<RuleProblem> problems;

  private ScenarioTable(List<Scenario> scenarios, List<RuleProblem> problems) {
    this.scenarios = List.copyOf(scenarios);
    this.problems = List.copyOf(problems);
  }

  /**
   * The scenarios, in file order.
   *
   * @since 0.1.0
   */
  public List<Scenario> scenarios() {
    return scenarios;
  }

  /**
   * The lines that could not be read, with file and line.
   *
   * @since 0.1.0
   */
  public List<RuleProblem> problems() {
    return problems;
  }

  /**
   * Reads one table.
   *
   * @since 0.1.0
   */
  public static ScenarioTable parse(Reader reader, String file) {
    List<Scenario> scenarios = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        if (text.isBlank() || text.strip().startsWith("//")) {
          continue;
        }
        try {
          scenarios.add(scenario(text, file, number));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
          problems.add(new RuleProblem(file, number, "unreadable scenario: " + shortMessage(e)));
        }
      }
    } catch (IOException e) {
      problems.add(new RuleProblem(file, 0, "cannot read: " + e.getMessage()));
    }
    return new ScenarioTable(scenarios, problems);
  }

  /**
   * Reads one file.
   *
   * @since 0.1.0
   */
  public static ScenarioTable read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    }
  }

  /**
   * Reads every {@code *.jsonl} file of a locality's {@code scenarios/} folder (or the folder
   * itself when given one), in file-name order; empty when there is none.
   *
   * @since 0.1.0
   */
  public static ScenarioTable readFolder(Path folder) throws IOException {
    Path scenarios = Files.isDirectory(folder.resolve("scenarios")) ? folder.resolve("scenarios") : folder;
    List<Scenario> all = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    if (Files.isDirectory(scenarios)) {
      try (Stream<Path> files = Files.list(scenarios)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
          ScenarioTable table = read(file);
          all.addAll(table.scenarios());
          problems.addAll(table.problems());
        }
      }
    }
    return new ScenarioTable(all, problems);
  }

  /**
   * The scenario tables of a bundled locality (its {@code scenarios/} folder), with file names as
   * {@code <locality>/scenarios/<file>}.
   *
   * @throws IllegalArgumentException if there is no bundled locality of that name
   * @since 0.1.0
   */
  public static ScenarioTable bundled(String locality) throws IOException {
    Path folder =
        io.github.canbao.registration.rules.internal.LocalitySource.bundledFolder(locality)
            .orElseThrow(() -> new IllegalArgumentException("no bundled locality " + locality));
    Path scenarios = folder.resolve("scenarios");
    List<Scenario> all = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    if (Files.isDirectory(scenarios)) {
      try (Stream<Path> files = Files.list(scenarios)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
          try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ScenarioTable table = parse(reader, locality + "/scenarios/" + file.getFileName());
            all.addAll(table.scenarios());
            problems.addAll(table.problems());
          }
        }
      }
    }
    return new ScenarioTable(all, problems);
  }

  private static Scenario scenario(String text, String file, int line) throws IOException {
    JsonNode node = JSON.readTree(text);
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException("a scenario is a JSON object");
    }
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown key " + key + " (known: " + new java.util.TreeSet<>(KEYS) + ")");
      }
    }
    String name = requireText(object, "name");
    if (!(object.get("record") instanceof ObjectNode recordNode)) {
      throw new IllegalArgumentException("record must be an object");
    }
    RegistrationRecord record = JSON.treeToValue(recordNode, RegistrationRecord.class);
    Map<String, Optional<String>> expect = new LinkedHashMap<>();
    JsonNode expected = object.path("expect");
    if (!expected.isMissingNode()) {
      if (!expected.isObject()) {
        throw new IllegalArgumentException("expect must be an object");
      }
      expected.fields().forEachRemaining(e -> {
        JsonNode v = e.getValue();
        expect.put(e.getKey(), v.isNull() || v.asText().isEmpty() ? Optional.empty() : Optional.of(v.asText()));
      });
    }
    List<String> violations = strings(object, "violations");
    List<String> absentViolations = strings(object, "absentViolations");
    boolean validate =
        object.path("validate").asBoolean(false) || object.has("violations") || object.has("absentViolations");
    return new Scenario(
        file,
        line,
        name,
        object.path("seed").asText(""),
        object.has("asOf") ? LocalDate.parse(object.get("asOf").asText()) : DEFAULT_AS_OF,
        object.has("comparedAt") ? Optional.of(LocalDateTime.parse(object.get("comparedAt").asText())) : Optional.empty(),
        object.path("overwrite").asBoolean(false),
        validate,
        record,
        expect,
        strings(object, "findings"),
        strings(object, "absentFindings"),
        violations,
        absentViolations);
  }

  private static String requireText(ObjectNode object, String key) {
    JsonNode value = object.get(key);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(key + " is required");
    }
    return value.asText();
  }

  private static List<String> strings(ObjectNode object, String key) {
    JsonNode value = object.get(key);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException(key + " must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    value.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static String shortMessage(Exception e) {
    String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    message = message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    // A scenario may carry identity numbers; never echo a long digit run.
    message = message.replaceAll("[0-9]{7,}[0-9Xx]?", "…");
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }
}
