package com.example.vendor;

import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.rules.LoadResult;
import io.github.canbao.registration.rules.ReloadableRuleSet;
import io.github.canbao.registration.rules.RuleProblem;
import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.rules.RuleSets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The vendor's nightly job: validate and derive a day's records on the service's thread pool, in
 * batches, with the rules of one locality — bundled, or a city's folder on disk that its rule
 * authors edit and that is reloaded while the service runs.
 */
public final class RegistrationJob {

  /** Records per batch: one rule-engine session each. */
  static final int BATCH = 1_000;

  private final ReloadableRuleSet rules;
  private final ExecutorService workers;

  private RegistrationJob(ReloadableRuleSet rules, ExecutorService workers) {
    this.rules = rules;
    this.workers = workers;
  }

  /** A job on a bundled locality ({@code guangdong}). */
  public static RegistrationJob bundled(String locality, ExecutorService workers) {
    return load(() -> RuleSets.bundled(locality), workers);
  }

  /** A job on a locality folder on disk (its DRL files, {@code locality.properties}, {@code codes/}). */
  public static RegistrationJob folder(Path folder, ExecutorService workers) {
    return load(() -> RuleSets.load(folder), workers);
  }

  private static RegistrationJob load(Supplier<LoadResult> loader, ExecutorService workers) {
    ReloadableRuleSet.Outcome outcome = ReloadableRuleSet.of(loader);
    if (outcome.reloadable().isEmpty()) {
      // The service refuses to start on rules that do not compile; the problems name file and line.
      throw new IllegalStateException("rules did not load: " + describe(outcome.firstLoad().problems()));
    }
    return new RegistrationJob(outcome.reloadable().get(), workers);
  }

  /**
   * Validates and derives {@code records} as of {@code asOf}, one batch per task on the pool; the
   * rows come back in input order. A batch runs on the rules in force when it starts.
   */
  public List<PersonRow> run(List<RegistrationRecord> records, LocalDate asOf) {
    DeriveOptions options = DeriveOptions.asOf(asOf);
    List<CompletableFuture<List<PersonRow>>> batches = new ArrayList<>();
    for (int from = 0; from < records.size(); from += BATCH) {
      List<RegistrationRecord> batch = records.subList(from, Math.min(records.size(), from + BATCH));
      batches.add(CompletableFuture.supplyAsync(
          () -> rules.current().validate(batch, options).stream().map(PersonRow::of).toList(), workers));
    }
    List<PersonRow> rows = new ArrayList<>(records.size());
    batches.forEach(batch -> rows.addAll(batch.join()));
    return rows;
  }

  /**
   * Recompiles the rules (a rule author saved a DRL file). Returns the problems; when there are
   * some, the rules in force stay and the job goes on with them.
   */
  public List<RuleProblem> reload() {
    return rules.reload().problems();
  }

  /** The rule set in force now. */
  public RuleSet rules() {
    return rules.current();
  }

  static String describe(List<RuleProblem> problems) {
    return problems.stream().map(p -> p.file() + ":" + p.line() + ": " + p.message()).toList().toString();
  }
}
