package io.github.canbao.registration.batch.survey;

import io.github.canbao.registration.codes.table.CodeTable;
import io.github.canbao.registration.codes.table.CodeTables;
import io.github.canbao.registration.model.RegisteredBy;
import io.github.canbao.registration.model.RegistrationRecord;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow of one survey record ({@code comparison-and-reports.md} §3): the state machine and its
 * checks, with who and when on every step. The host system stores the cases; each step returns a
 * new case, or the reason it is refused (bad input is a value, never an exception).
 *
 * <pre>{@code
 * SurveyCase.Outcome o = SurveyCase.collect("调查员张三", t1);
 * o = o.then(c -> c.firstReview("社区李四", t2))
 *      .then(c -> c.approve("区王五", t3))
 *      .then(c -> c.store("区王五", t4));
 * if (o instanceof SurveyCase.Outcome.Done done) {
 *   record = done.value().applyTo(record);   // surveyState STORED, AAE011/AAE036, AAE014/AAE015
 * }
 * }</pre>
 *
 * <pre>
 * COLLECTED → FIRST_REVIEWED → APPROVED → STORED
 * FIRST_REVIEWED, APPROVED → RETURNED → COLLECTED (a new survey)
 * NOT_COLLECTED (with a reason) → COLLECTED;  RETURNED → NOT_COLLECTED
 * </pre>
 *
 * <p>Checks, with their refusal codes (this project's): {@value #TRANSITION_NOT_ALLOWED} (a step
 * the diagram has no arrow for); {@value #COLLECTOR_CANNOT_APPROVE} (the person who collected the
 * record approves it; Guangdong 三(四)5, Changzhou 五 permission separation); {@value
 * #STEP_BEFORE_PREVIOUS} (a step dated before the one it follows); {@value #ACTOR_MISSING} (no one
 * named); {@value #REASON_MISSING} (a return or a record not collected without a reason); {@value
 * #NOT_COLLECTED_REASON_UNKNOWN} (a reason not in the 未采集 list, code or name of {@code
 * suzhouNotCollectedReason}: 人户分离, 长期外出, 情况不明).
 *
 * @param state the current state
 * @param steps every step, oldest first
 * @since 0.1.0
 */
public record SurveyCase(SurveyState state, List<SurveyStep> steps) {

  /**
   * A step the state machine does not allow from the current state.
   *
   * @since 0.1.0
   */
  public static final String TRANSITION_NOT_ALLOWED = "TRANSITION_NOT_ALLOWED";

  /**
   * The collector of the record may not approve it.
   *
   * @since 0.1.0
   */
  public static final String COLLECTOR_CANNOT_APPROVE = "COLLECTOR_CANNOT_APPROVE";

  /**
   * A step dated before the previous step.
   *
   * @since 0.1.0
   */
  public static final String STEP_BEFORE_PREVIOUS = "STEP_BEFORE_PREVIOUS";

  /**
   * No one named for the step.
   *
   * @since 0.1.0
   */
  public static final String ACTOR_MISSING = "ACTOR_MISSING";

  /**
   * A return or a record not collected without a reason.
   *
   * @since 0.1.0
   */
  public static final String REASON_MISSING = "REASON_MISSING";

  /**
   * A not-collected reason outside the list.
   *
   * @since 0.1.0
   */
  public static final String NOT_COLLECTED_REASON_UNKNOWN = "NOT_COLLECTED_REASON_UNKNOWN";

  private static final Map<SurveyState, Set<SurveyState>> ALLOWED = new EnumMap<>(Map.of(
      SurveyState.COLLECTED, EnumSet.of(SurveyState.FIRST_REVIEWED),
      SurveyState.FIRST_REVIEWED, EnumSet.of(SurveyState.APPROVED, SurveyState.RETURNED),
      SurveyState.APPROVED, EnumSet.of(SurveyState.STORED, SurveyState.RETURNED),
      SurveyState.STORED, EnumSet.noneOf(SurveyState.class),
      SurveyState.RETURNED, EnumSet.of(SurveyState.COLLECTED, SurveyState.NOT_COLLECTED),
      SurveyState.NOT_COLLECTED, EnumSet.of(SurveyState.COLLECTED)));

  private static final CodeTable NOT_COLLECTED_REASONS =
      CodeTables.bundled().table("suzhouNotCollectedReason").orElseThrow();

  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  /**
   * Copies the steps and checks that the last one reaches the state.
   *
   * @throws NullPointerException if {@code state} or {@code steps} is null, or {@code steps} holds
   *     null
   * @throws IllegalArgumentException if {@code steps} is empty or its last step does not reach
   *     {@code state}
   */
  public SurveyCase {
    Objects.requireNonNull(state, "state");
    steps = List.copyOf(steps);
    if (steps.isEmpty() || steps.get(steps.size() - 1).state() != state) {
      throw new IllegalArgumentException("the last step must reach the state " + state);
    }
  }

  /**
   * The result of a step: the new case, or why the step is refused.
   *
   * @since 0.1.0
   */
  public sealed interface Outcome {

    /**
     * The next step, applied only when this one was done.
     *
     * @since 0.1.0
     */
    default Outcome then(java.util.function.Function<SurveyCase, Outcome> next) {
      return this instanceof Done done ? next.apply(done.value()) : this;
    }

    /**
     * The step was taken.
     *
     * @param value the new case
     * @since 0.1.0
     */
    record Done(SurveyCase value) implements Outcome {
      /**
       * Checks that there is a case.
       *
       * @throws NullPointerException if {@code value} is null
       */
      public Done {
        Objects.requireNonNull(value, "value");
      }
    }

    /**
     * The step was refused; the case is unchanged.
     *
     * @param code the refusal code, one of those in the class comment (e.g. {@code ACTOR_MISSING})
     * @param detail why, in words
     * @since 0.1.0
     */
    record Refused(String code, String detail) implements Outcome {
      /**
       * Checks the code and the detail.
       *
       * @throws NullPointerException if {@code code} or {@code detail} is null
       */
      public Refused {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
      }
    }
  }

  /**
   * A record collected by {@code surveyor} at {@code at}.
   *
   * @since 0.1.0
   */
  public static Outcome collect(String surveyor, LocalDateTime at) {
    if (blank(surveyor)) {
      return new Outcome.Refused(ACTOR_MISSING, "collected by no one");
    }
    return done(new SurveyStep(SurveyState.COLLECTED, surveyor.strip(), Objects.requireNonNull(at, "at"), Optional.empty()), List.of());
  }

  /**
   * A record that could not be collected, for {@code reason} (code or name of 未采集原因).
   *
   * @since 0.1.0
   */
  public static Outcome notCollected(String surveyor, LocalDateTime at, String reason) {
    if (blank(surveyor)) {
      return new Outcome.Refused(ACTOR_MISSING, "not collected by no one");
    }
    Outcome checked = checkNotCollectedReason(reason);
    if (checked != null) {
      return checked;
    }
    return done(new SurveyStep(SurveyState.NOT_COLLECTED, surveyor.strip(), Objects.requireNonNull(at, "at"), Optional.of(reason.strip())), List.of());
  }

  /**
   * Collected again (after a return, or after it could not be collected).
   *
   * @since 0.1.0
   */
  public Outcome recollect(String surveyor, LocalDateTime at) {
    return step(SurveyState.COLLECTED, surveyor, at, null);
  }

  /**
   * Not collected on a new visit after a return.
   *
   * @since 0.1.0
   */
  public Outcome notCollectedAgain(String surveyor, LocalDateTime at, String reason) {
    Outcome checked = checkNotCollectedReason(reason);
    return checked != null ? checked : step(SurveyState.NOT_COLLECTED, surveyor, at, reason);
  }

  /**
   * The community platform's first review (初审).
   *
   * @since 0.1.0
   */
  public Outcome firstReview(String reviewer, LocalDateTime at) {
    return step(SurveyState.FIRST_REVIEWED, reviewer, at, null);
  }

  /**
   * The county's approval (审定); refused when {@code approver} collected the record.
   *
   * @since 0.1.0
   */
  public Outcome approve(String approver, LocalDateTime at) {
    if (!blank(approver) && collector().filter(c -> c.equals(approver.strip())).isPresent()) {
      return new Outcome.Refused(COLLECTOR_CANNOT_APPROVE, "the collector of a record may not approve it");
    }
    return step(SurveyState.APPROVED, approver, at, null);
  }

  /**
   * Stored in the registration database (入库).
   *
   * @since 0.1.0
   */
  public Outcome store(String handler, LocalDateTime at) {
    return step(SurveyState.STORED, handler, at, null);
  }

  /**
   * Returned for a new survey, with a reason.
   *
   * @since 0.1.0
   */
  public Outcome returnForResurvey(String reviewer, LocalDateTime at, String reason) {
    if (blank(reason)) {
      return new Outcome.Refused(REASON_MISSING, "a record is returned with a reason");
    }
    return step(SurveyState.RETURNED, reviewer, at, reason);
  }

  /**
   * Who collected the record last, if it was collected.
   *
   * @since 0.1.0
   */
  public Optional<String> collector() {
    return last(SurveyState.COLLECTED).map(SurveyStep::by);
  }

  /**
   * The last step that reached {@code reached}.
   *
   * @since 0.1.0
   */
  public Optional<SurveyStep> last(SurveyState reached) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).state() == reached) {
        return Optional.of(steps.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The record with this case's state ({@code surveyState}) and {@code registeredBy=SURVEY}; the
   * collector and collection time as handler ({@code AAE011}, {@code AAE036}) and, once approved,
   * the approver and approval time as reviewer ({@code AAE014}, {@code AAE015}).
   *
   * @since 0.1.0
   */
  public RegistrationRecord applyTo(RegistrationRecord record) {
    RegistrationRecord.Builder b = record.toBuilder().surveyState(state.name()).registeredBy(RegisteredBy.SURVEY.name());
    last(SurveyState.COLLECTED).ifPresent(s -> b.handler(s.by()).handledAt(TIME.format(s.at())));
    Optional<SurveyStep> approved = last(SurveyState.APPROVED);
    if (approved.isPresent() && (state == SurveyState.APPROVED || state == SurveyState.STORED)) {
      b.reviewer(approved.get().by()).reviewedAt(TIME.format(approved.get().at()));
    }
    return b.build();
  }

  private Outcome step(SurveyState to, String by, LocalDateTime at, String reason) {
    Objects.requireNonNull(at, "at");
    if (!ALLOWED.get(state).contains(to)) {
      return new Outcome.Refused(TRANSITION_NOT_ALLOWED, state + " → " + to + " is not a step of the workflow");
    }
    if (blank(by)) {
      return new Outcome.Refused(ACTOR_MISSING, to + " by no one");
    }
    SurveyStep previous = steps.get(steps.size() - 1);
    if (at.isBefore(previous.at())) {
      return new Outcome.Refused(STEP_BEFORE_PREVIOUS, to + " at " + at + " is before " + previous.state() + " at " + previous.at());
    }
    return done(new SurveyStep(to, by.strip(), at, Optional.ofNullable(reason).map(String::strip)), steps);
  }

  private static Outcome checkNotCollectedReason(String reason) {
    if (blank(reason)) {
      return new Outcome.Refused(REASON_MISSING, "a record not collected has a reason");
    }
    String r = reason.strip();
    boolean known = NOT_COLLECTED_REASONS.contains(r) || NOT_COLLECTED_REASONS.codes().stream().anyMatch(c -> c.name().equals(r));
    return known ? null : new Outcome.Refused(NOT_COLLECTED_REASON_UNKNOWN, "not a 未采集 reason: " + r);
  }

  private static Outcome done(SurveyStep step, List<SurveyStep> before) {
    List<SurveyStep> all = new ArrayList<>(before);
    all.add(step);
    return new Outcome.Done(new SurveyCase(step.state(), all));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
