package io.github.canbao.registration.cli;

import io.github.canbao.registration.codes.table.CodeTable;
import io.github.canbao.registration.model.Explanation;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.RecordFormat;
import io.github.canbao.registration.model.io.RecordReader;
import io.github.canbao.registration.model.io.RecordWriter;
import io.github.canbao.registration.model.validation.ViolationMessages;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import io.github.canbao.registration.testkit.Gen;
import io.github.canbao.registration.testkit.facts.DerivationInputs;
import io.github.canbao.registration.testkit.person.People;
import io.github.canbao.registration.testkit.person.RecordDefect;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code registration demo}: derives and validates a generated, deterministic data set with the
 * {@code guangdong} rules, and says how fast and with what result ({@code cli.md}).
 *
 * <p>The data set: {@value #DEFAULT_SIZE} records from one seed, 70 % derivation inputs (every row
 * of every derivation rule, boundaries included: {@code DerivationInputs}) and 30 % complete
 * records of the three Guangdong categories ({@code People}), a third of them with one defect each,
 * the defects in turn. Everything is as of {@value #AS_OF}, the generators' date, so two runs give
 * the same files.
 *
 * @since 0.1.0
 */
@Command(
    name = "demo",
    header = "Derives and validates a generated data set of 100,000 records with the guangdong rules.",
    description = {
      "Generates a deterministic data set (every derivation rule of guangdong; a tenth of the records",
      "with a defect), derives and validates it, and prints records per second, counts per derived",
      "value, the most frequent violations and where the files were written."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class DemoCommand implements Callable<Integer> {

  static final int DEFAULT_SIZE = 100_000;
  static final String AS_OF = "2026-11-23";
  static final long SEED = 20_261_123L;
  private static final String LOCALITY = "guangdong";

  /** The derived fields counted, with the code table that names their values. */
  private static final Map<String, DerivedField> DERIVED = derivedFields();

  @Spec CommandSpec spec;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "The work folder for the data set and the outputs; default: registration-demo in the temporary folder.")
  Path dir;

  @Mixin ThreadsOption threads;

  @Option(names = "--size", hidden = true, defaultValue = "" + DEFAULT_SIZE, description = "Records to generate.")
  int size = DEFAULT_SIZE;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (size < 1) {
      throw CommandFailure.unusable("--size must be at least 1");
    }
    Path folder = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "registration-demo");
    Files.createDirectories(folder);
    LocalDate asOf = LocalDate.parse(AS_OF);
    RuleSet rules =
        RuleSets.bundled(LOCALITY).ruleSet().orElseThrow(() -> CommandFailure.unusable("the bundled " + LOCALITY + " rules did not load"));
    DeriveOptions options = DeriveOptions.asOf(asOf);

    err.printf("demo: %,d records, seed %d, %s rules as of %s, in %s%n", size, SEED, LOCALITY, asOf, folder.toAbsolutePath());
    Path input = folder.resolve("input.jsonl");
    long started = System.nanoTime();
    generate(rules, input);
    err.printf("  generated %s in %.1f s%n", input.getFileName(), (System.nanoTime() - started) / 1e9);

    Path derived = folder.resolve("derived.jsonl");
    Map<String, Tally> values = new LinkedHashMap<>();
    DERIVED.keySet().forEach(field -> values.put(field, new Tally()));
    TreeSet<String> rulesThatDecided = new TreeSet<>();
    Tally findings = new Tally();
    Path validated = folder.resolve("validated.jsonl");
    ViolationSummary violations = new ViolationSummary();
    RecordRun derivation;
    RecordRun validation;
    try (ThreadsOption.Workers workers = threads.start()) {
      derivation =
          pass(input, derived, workers.derive(rules, options), "derive", record -> {
            DERIVED.forEach((field, how) -> values.get(field).add(how.value().apply(record).orElse("")));
            for (Explanation explanation : record.explanations()) {
              rulesThatDecided.add(explanation.rule());
            }
            record.findings().forEach(finding -> findings.add(finding.code()));
          });
      err.println("  derive:   " + derivation.describe());
      validation = pass(input, validated, workers.validate(rules, options), "validate", violations::add);
    }
    err.println("  validate: " + validation.describe());

    err.println();
    err.println("Derived values (code=count):");
    DERIVED.forEach((field, how) -> err.println("  " + field + ": " + describe(values.get(field), rules, how.table())));
    List<String> ruleNames = rules.ruleNames();
    List<String> notReached = new ArrayList<>(ruleNames);
    notReached.removeAll(rulesThatDecided);
    err.printf("  rules named in an explanation: %d of %d%s%n", ruleNames.size() - notReached.size(), ruleNames.size(),
        notReached.isEmpty() ? "" : " (the others explain nothing: " + String.join("; ", notReached) + ")");
    err.println("  findings: " + describe(findings, rules, ""));
    err.println();
    err.println("Validation:");
    violations.print(err, ViolationMessages.of(Locale.ENGLISH));
    err.println();
    err.println("Files:");
    err.println("  " + input.toAbsolutePath() + "  (generated input)");
    err.println("  " + derived.toAbsolutePath() + "  (derive)");
    err.println("  " + validated.toAbsolutePath() + "  (validate)");
    err.flush();
    return ExitStatus.of(derivation.skipped() == 0 && validation.skipped() == 0);
  }

  /** Writes the data set: one seed, records drawn in a fixed order of generators. */
  private void generate(RuleSet rules, Path input) throws IOException {
    RandomGenerator random = new SplittableRandom(SEED);
    Gen<RegistrationRecord> inputs = DerivationInputs.records().withParameters(rules.parameters()).asOf(LocalDate.parse(AS_OF));
    Gen<RegistrationRecord> people = People.records().asOf(LocalDate.parse(AS_OF));
    RecordDefect[] defects = RecordDefect.values();
    List<Gen<RegistrationRecord>> defective = new ArrayList<>();
    for (RecordDefect defect : defects) {
      defective.add(People.records().asOf(LocalDate.parse(AS_OF)).withDefect(defect));
    }
    try (OutputStream file = Files.newOutputStream(input);
        RecordWriter writer = RecordWriter.open(file, RecordFormat.JSON_LINES, StandardCharsets.UTF_8, Locale.CHINESE, List.of());
        Progress progress = Progress.onTerminal(spec.commandLine().getErr(), "generate", size)) {
      int defectsUsed = 0;
      for (int i = 0; i < size; i++) {
        int slot = i % 10;
        Gen<RegistrationRecord> gen;
        if (slot < 7) {
          gen = inputs;
        } else if (slot < 9) {
          gen = people;
        } else {
          gen = defective.get(defectsUsed++ % defective.size());
        }
        writer.write(gen.next(random));
        progress.step();
      }
    }
  }

  private RecordRun pass(
      Path input,
      Path output,
      UnaryOperator<Stream<RegistrationRecord>> work,
      String label,
      Consumer<RegistrationRecord> each)
      throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try (RecordReader reader = RecordReader.open(input, RecordFormat.JSON_LINES, StandardCharsets.UTF_8);
        RecordWriter writer =
            RecordWriter.open(Files.newOutputStream(output), RecordFormat.JSON_LINES, StandardCharsets.UTF_8, Locale.ENGLISH, List.of())) {
      return RecordRun.of(reader, input.toString(), work, writer, err, label, size, each);
    }
  }

  private static String describe(Tally tally, RuleSet rules, String tableId) {
    Optional<CodeTable> table = rules.codeBook().table(tableId);
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Long> entry : tally.byKey()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      String code = entry.getKey();
      if (code.isEmpty()) {
        text.append("(empty)");
      } else {
        text.append(code);
        table.flatMap(t -> t.nameOf(code)).ifPresent(name -> text.append(' ').append(name));
      }
      text.append('=').append(String.format("%,d", entry.getValue()));
    }
    return text.toString();
  }

  /** A derived field: how to read it from a record, and the code table of its values. */
  private record DerivedField(Function<RegistrationRecord, Optional<String>> value, String table) {}

  private static Map<String, DerivedField> derivedFields() {
    Map<String, DerivedField> fields = new LinkedHashMap<>();
    fields.put("employmentState", new DerivedField(RegistrationRecord::employmentState, "employmentState"));
    fields.put("noUnitType", new DerivedField(RegistrationRecord::noUnitType, "noUnitType"));
    fields.put("nonEnrolmentReason", new DerivedField(RegistrationRecord::nonEnrolmentReason, "nonEnrolmentReason"));
    fields.put("enrolmentCategory", new DerivedField(RegistrationRecord::enrolmentCategory, "enrolmentCategory"));
    fields.put("aic003", new DerivedField(RegistrationRecord::pensionStatus, "AIC003"));
    fields.put("akc003", new DerivedField(RegistrationRecord::medicalStatus, "AKC003"));
    fields.put("alc003", new DerivedField(RegistrationRecord::workInjuryStatus, "ALC003"));
    fields.put("ajc003", new DerivedField(RegistrationRecord::unemploymentStatus, "AJC003"));
    fields.put("amc003", new DerivedField(RegistrationRecord::maternityStatus, "AMC003"));
    fields.put("disabilityAllowanceState", new DerivedField(RegistrationRecord::disabilityAllowanceState, "benefitPaymentStatus"));
    fields.put("survivorPensionState", new DerivedField(RegistrationRecord::survivorPensionState, "benefitPaymentStatus"));
    return Collections.unmodifiableMap(fields);
  }
}
