package io.github.canbao.registration.batch.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.RegistrationRecord;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SurveyCaseTest {

  private static final LocalDateTime T1 = LocalDateTime.of(2026, 11, 1, 9, 0);
  private static final LocalDateTime T2 = T1.plusDays(1);
  private static final LocalDateTime T3 = T1.plusDays(2);
  private static final LocalDateTime T4 = T1.plusDays(3);

  private static SurveyCase done(SurveyCase.Outcome o) {
    assertThat(o).isInstanceOf(SurveyCase.Outcome.Done.class);
    return ((SurveyCase.Outcome.Done) o).value();
  }

  private static String refused(SurveyCase.Outcome o) {
    assertThat(o).isInstanceOf(SurveyCase.Outcome.Refused.class);
    return ((SurveyCase.Outcome.Refused) o).code();
  }

  @Test
  @DisplayName("comparison §3: COLLECTED → FIRST_REVIEWED → APPROVED → STORED, who and when on each step, applied to the record")
  void happyPath() {
    SurveyCase stored = done(SurveyCase.collect("调查员张三", T1)
        .then(c -> c.firstReview("社区李四", T2))
        .then(c -> c.approve("区王五", T3))
        .then(c -> c.store("区王五", T4)));
    assertThat(stored.state()).isEqualTo(SurveyState.STORED);
    assertThat(stored.steps()).extracting(SurveyStep::state)
        .containsExactly(SurveyState.COLLECTED, SurveyState.FIRST_REVIEWED, SurveyState.APPROVED, SurveyState.STORED);
    assertThat(stored.steps()).extracting(SurveyStep::by).containsExactly("调查员张三", "社区李四", "区王五", "区王五");
    RegistrationRecord record = stored.applyTo(RegistrationRecord.builder().name("陈小明").build());
    assertThat(record.surveyState()).contains("STORED");
    assertThat(record.registeredBy()).contains("SURVEY");
    assertThat(record.handler()).contains("调查员张三");
    assertThat(record.handledAt()).contains("2026-11-01T09:00:00");
    assertThat(record.reviewer()).contains("区王五");
    assertThat(record.reviewedAt()).contains("2026-11-03T09:00:00");
  }

  @Test
  @DisplayName("comparison §3: the person who collected a record may not approve it")
  void collectorCannotApprove() {
    SurveyCase reviewed = done(SurveyCase.collect("张三", T1).then(c -> c.firstReview("李四", T2)));
    assertThat(refused(reviewed.approve("张三", T3))).isEqualTo(SurveyCase.COLLECTOR_CANNOT_APPROVE);
    assertThat(refused(reviewed.approve(" 张三 ", T3))).isEqualTo(SurveyCase.COLLECTOR_CANNOT_APPROVE);
    assertThat(done(reviewed.approve("王五", T3)).state()).isEqualTo(SurveyState.APPROVED);
  }

  @Test
  @DisplayName("comparison §3: FIRST_REVIEWED / APPROVED → RETURNED → COLLECTED; a return needs a reason")
  void returned() {
    SurveyCase reviewed = done(SurveyCase.collect("张三", T1).then(c -> c.firstReview("李四", T2)));
    assertThat(refused(reviewed.returnForResurvey("李四", T3, " "))).isEqualTo(SurveyCase.REASON_MISSING);
    SurveyCase again = done(reviewed.returnForResurvey("李四", T3, "电话号码有误").then(c -> c.recollect("赵六", T4)));
    assertThat(again.state()).isEqualTo(SurveyState.COLLECTED);
    assertThat(again.collector()).contains("赵六");
    assertThat(again.last(SurveyState.RETURNED).orElseThrow().reason()).contains("电话号码有误");
    // After re-collection by someone else, the first collector may approve.
    SurveyCase approved = done(again.firstReview("李四", T4).then(c -> c.approve("张三", T4)));
    assertThat(approved.state()).isEqualTo(SurveyState.APPROVED);
    assertThat(done(approved.returnForResurvey("王五", T4, "信息不全")).state()).isEqualTo(SurveyState.RETURNED);
  }

  @Test
  @DisplayName("comparison §3: 未采集 with a reason (人户分离, 长期外出, 情况不明), by name or code; then collected on a later visit")
  void notCollected() {
    SurveyCase missing = done(SurveyCase.notCollected("张三", T1, "人户分离"));
    assertThat(missing.state()).isEqualTo(SurveyState.NOT_COLLECTED);
    assertThat(missing.steps().get(0).reason()).contains("人户分离");
    assertThat(done(SurveyCase.notCollected("张三", T1, "2")).state()).isEqualTo(SurveyState.NOT_COLLECTED);
    assertThat(refused(SurveyCase.notCollected("张三", T1, "不想说"))).isEqualTo(SurveyCase.NOT_COLLECTED_REASON_UNKNOWN);
    assertThat(refused(SurveyCase.notCollected("张三", T1, null))).isEqualTo(SurveyCase.REASON_MISSING);
    assertThat(done(missing.recollect("张三", T2)).state()).isEqualTo(SurveyState.COLLECTED);
    assertThat(missing.applyTo(RegistrationRecord.builder().build()).surveyState()).contains("NOT_COLLECTED");
  }

  @Test
  @DisplayName("comparison §3: steps the diagram has no arrow for, steps back in time and steps by no one are refused")
  void refusals() {
    SurveyCase collected = done(SurveyCase.collect("张三", T2));
    assertThat(refused(collected.approve("王五", T3))).isEqualTo(SurveyCase.TRANSITION_NOT_ALLOWED);
    assertThat(refused(collected.store("王五", T3))).isEqualTo(SurveyCase.TRANSITION_NOT_ALLOWED);
    assertThat(refused(collected.returnForResurvey("王五", T3, "x"))).isEqualTo(SurveyCase.TRANSITION_NOT_ALLOWED);
    assertThat(refused(collected.firstReview("李四", T1))).isEqualTo(SurveyCase.STEP_BEFORE_PREVIOUS);
    assertThat(refused(collected.firstReview("", T3))).isEqualTo(SurveyCase.ACTOR_MISSING);
    assertThat(refused(SurveyCase.collect(null, T1))).isEqualTo(SurveyCase.ACTOR_MISSING);
    SurveyCase stored = done(collected.firstReview("李四", T3).then(c -> c.approve("王五", T3)).then(c -> c.store("王五", T4)));
    assertThat(refused(stored.returnForResurvey("王五", T4, "x"))).isEqualTo(SurveyCase.TRANSITION_NOT_ALLOWED);
    assertThat(refused(stored.recollect("张三", T4))).isEqualTo(SurveyCase.TRANSITION_NOT_ALLOWED);
  }
}
