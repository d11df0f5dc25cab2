package io.github.canbao.registration.rules;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.codes.table.CodeBook;
import io.github.canbao.registration.model.validation.RecordValidator;
import io.github.canbao.registration.model.validation.RequiredFields;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.rules.facts.Person;
import io.github.canbao.registration.rules.locality.LocalityParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * A locality's compiled rule set: derives employment state, no-unit type, non-enrolment reason,
 * enrolment category, the per-insurance statuses, the work-injury states and the data-cleaning
 * handler fields, each with an explanation ({@code derivation.md}).
 *
 * <pre>{@code
 * RuleSet guangdong = RuleSets.bundled("guangdong").ruleSet().orElseThrow();
 * RegistrationRecord derived = guangdong.derive(record, DeriveOptions.asOf(LocalDate.of(2026, 11, 23)));
 * derived.noUnitType();        // Optional[2]
 * derived.explanations();      // [noUnitType=2 by rule "no-unit: student …" (age at 2026-08-31 = 9), …]
 * }</pre>
 *
 * <p>Immutable and thread-safe: one compiled rule base is shared by every thread, and each call
 * works in a session of its own (a batch shares one session). Nothing is kept between calls.
 *
 * @since 0.1.0
 */
public final class RuleSet {

  /**
   * Records derived in one session by the stream form.
   *
   * @since 0.1.0
   */
  public static final int BATCH_SIZE = 1_000;

  /** Firings per record after which a session is stopped: rules that never settle are a defect. */
  private static final int MAX_FIRINGS_PER_RECORD = 500;

  private final String name;
  private final String description;
  private final List<String> chain;
  private final KieBase base;
  private final LocalityParameters parameters;
  private final CodeBook codeBook;
  private final RequiredFields requiredFields;
  private final boolean declaresParams;
  private final RecordValidator validator;
  private final java.util.concurrent.ConcurrentMap<java.time.LocalDate, RecordValidator> validatorsByDate =
      new java.util.concurrent.ConcurrentHashMap<>();

  RuleSet(
      String name,
      String description,
      List<String> chain,
      KieBase base,
      LocalityParameters parameters,
      CodeBook codeBook,
      RequiredFields requiredFields) {
    this.name = name;
    this.description = description;
    this.chain = List.copyOf(chain);
    this.base = base;
    this.parameters = parameters;
    this.codeBook = codeBook;
    this.requiredFields = requiredFields;
    this.validator = RecordValidator.standard().withCodeBook(codeBook).withRequiredFields(requiredFields);
    this.declaresParams =
        base.getKiePackages().stream().anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("params")));
  }

  /**
   * The locality's name.
   *
   * @since 0.1.0
   */
  public String name() {
    return name;
  }

  /**
   * The locality's one-line description.
   *
   * @since 0.1.0
   */
  public String description() {
    return description;
  }

  /**
   * The locality and the ones it extends, from this one to the base ({@code [guangdong, national]}).
   *
   * @since 0.1.0
   */
  public List<String> chain() {
    return chain;
  }

  /**
   * The parameters the rules read.
   *
   * @since 0.1.0
   */
  public LocalityParameters parameters() {
    return parameters;
  }

  /**
   * The locality's code tables: the bundled ones with the locality's additions and overrides.
   *
   * @since 0.1.0
   */
  public CodeBook codeBook() {
    return codeBook;
  }

  /**
   * The fields the locality requires per person category.
   *
   * @since 0.1.0
   */
  public RequiredFields requiredFields() {
    return requiredFields;
  }

  /**
   * The names of the compiled rules, for tools that list what a locality does.
   *
   * @since 0.1.0
   */
  public List<String> ruleNames() {
    List<String> names = new ArrayList<>();
    base.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
    names.sort(null);
    return names;
  }

  /**
   * Derives one record.
   *
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public RegistrationRecord derive(RegistrationRecord record, DeriveOptions options) {
    Objects.requireNonNull(record, "record");
    return derive(List.of(record), options).get(0);
  }

  /**
   * Derives a batch in one session, in order. Measured (docs/benchmarks.md) a batch costs about the
   * same per record as one call each — the time goes to re-evaluating rule conditions after each
   * decision, not to sessions — so batch for the convenience of streaming, not for speed.
   *
   * @since 0.1.0
   */
  public List<RegistrationRecord> derive(List<RegistrationRecord> records, DeriveOptions options) {
    return run(records, options, false);
  }

  /**
   * Derives, then validates one record: the model's constraints (lengths, types, code tables of
   * this locality, identity numbers as of the as-of date, cross-field checks), the locality's
   * required fields for the person's category, and the locality's validation rules. The record
   * comes back derived, with its {@code violations} (empty when valid). Never throws for bad data.
   *
   * @since 0.1.0
   */
  public RegistrationRecord validate(RegistrationRecord record, DeriveOptions options) {
    Objects.requireNonNull(record, "record");
    return validate(List.of(record), options).get(0);
  }

  /**
   * Derives and validates a batch in one session, in order; see {@link #validate(RegistrationRecord, DeriveOptions)}.
   *
   * @since 0.1.0
   */
  public List<RegistrationRecord> validate(List<RegistrationRecord> records, DeriveOptions options) {
    return run(records, options, true);
  }

  /**
   * Derives and validates a stream lazily, {@link #BATCH_SIZE} records a session, in order.
   *
   * @since 0.1.0
   */
  public Stream<RegistrationRecord> validate(Stream<RegistrationRecord> records, DeriveOptions options) {
    return Batches.sequential(records, BATCH_SIZE, batch -> validate(batch, options));
  }

  /**
   * Derives and validates a stream on {@code executor}, in order; see {@link #derive(Stream,
   * DeriveOptions, Executor, int)}.
   *
   * @throws IllegalArgumentException if {@code batchesInFlight} is less than 1
   * @since 0.1.0
   */
  public Stream<RegistrationRecord> validate(
      Stream<RegistrationRecord> records, DeriveOptions options, Executor executor, int batchesInFlight) {
    return parallel(records, executor, batchesInFlight, batch -> validate(batch, options));
  }

  private List<RegistrationRecord> run(List<RegistrationRecord> records, DeriveOptions options, boolean validating) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(options, "options");
    List<Person> persons = new ArrayList<>(records.size());
    KieSession session = base.newKieSession();
    try {
      if (declaresParams) {
        session.setGlobal("params", parameters);
      }
      IdentityParser parser = options.parser();
      for (RegistrationRecord record : records) {
        Person person = new Person(record, parameters, options, validating, parser);
        persons.add(person);
        session.insert(person);
      }
      int limit = Math.max(1, records.size()) * MAX_FIRINGS_PER_RECORD;
      int fired = session.fireAllRules(limit);
      List<RegistrationRecord> out = new ArrayList<>(persons.size());
      RecordValidator dated = validating ? validatorFor(options) : null;
      for (Person person : persons) {
        if (fired >= limit) {
          person.finding(RULES_DID_NOT_SETTLE);
        }
        RegistrationRecord derived = person.toRecord();
        if (validating) {
          List<Violation> violations = new ArrayList<>(dated.validate(derived));
          violations.addAll(person.getViolations());
          derived = derived.toBuilder().violations(violations).build();
        }
        out.add(derived);
      }
      return out;
    } finally {
      session.dispose();
    }
  }

  /**
   * Derives a stream lazily, {@link #BATCH_SIZE} records a session, in order; memory does not grow
   * with the stream.
   *
   * @since 0.1.0
   */
  public Stream<RegistrationRecord> derive(Stream<RegistrationRecord> records, DeriveOptions options) {
    return Batches.sequential(records, BATCH_SIZE, batch -> derive(batch, options));
  }

  /**
   * Derives a stream on {@code executor}: {@link #BATCH_SIZE} records a session, at most {@code
   * batchesInFlight} batches read ahead and derived at once, the records handed out in input order.
   * Memory is bounded by {@code batchesInFlight × BATCH_SIZE} records, not by the stream. The
   * records are pulled from {@code records} on the consuming thread, so a stream that parses a
   * file parses it there while the executor derives; two batches in flight per worker thread keep
   * the workers busy. The executor is not shut down; a batch that fails rethrows to the consumer.
   *
   * <pre>{@code
   * ExecutorService workers = Executors.newFixedThreadPool(2);
   * try (Stream<RegistrationRecord> derived = ruleSet.derive(records, options, workers, 4)) {
   *   derived.forEachOrdered(table::insert); // in input order
   * }
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code batchesInFlight} is less than 1
   * @since 0.1.0
   */
  public Stream<RegistrationRecord> derive(
      Stream<RegistrationRecord> records, DeriveOptions options, Executor executor, int batchesInFlight) {
    return parallel(records, executor, batchesInFlight, batch -> derive(batch, options));
  }

  private static Stream<RegistrationRecord> parallel(
      Stream<RegistrationRecord> records,
      Executor executor,
      int batchesInFlight,
      java.util.function.UnaryOperator<List<RegistrationRecord>> work) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(executor, "executor");
    if (batchesInFlight < 1) {
      throw new IllegalArgumentException("batchesInFlight must be at least 1, was " + batchesInFlight);
    }
    return Batches.parallel(records, BATCH_SIZE, work, executor, batchesInFlight);
  }

  /** The model validator of this locality with identity numbers checked as of the run's date. */
  private RecordValidator validatorFor(DeriveOptions options) {
    if (validatorsByDate.size() > 64) {
      // A long-running service moves through dates; keep the cache from growing with them.
      validatorsByDate.clear();
    }
    return validatorsByDate.computeIfAbsent(
        options.asOf(), date -> validator.withIdentityParser(IdentityParser.standard().asOf(date)));
  }

  /**
   * The finding a record gets when its rules kept firing past the limit: a rule that updates its
   * fact without deciding anything loops, and the session is stopped rather than left to spin.
   *
   * @since 0.1.0
   */
  public static final String RULES_DID_NOT_SETTLE = "RULES_DID_NOT_SETTLE";

  @Override
  public String toString() {
    return "RuleSet[" + name + ", " + chain + "]";
  }
}
