package io.github.canbao.registration.batch.survey;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a survey record's workflow: the state reached, who took the step (经办人 / 复核人) and
 * when, and for a return or a record not collected, why.
 *
 * @param state the state reached
 * @param by who took the step (a handler's name or id)
 * @param at when
 * @param reason why, for {@link SurveyState#RETURNED} and {@link SurveyState#NOT_COLLECTED}
 * @since 0.1.0
 */
public record SurveyStep(SurveyState state, String by, LocalDateTime at, Optional<String> reason) {

  /**
   * Checks who took the step and when, and fills an absent reason with an empty one.
   *
   * @throws NullPointerException if {@code state}, {@code by} or {@code at} is null
   */
  public SurveyStep {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    reason = reason == null ? Optional.empty() : reason;
  }
}
