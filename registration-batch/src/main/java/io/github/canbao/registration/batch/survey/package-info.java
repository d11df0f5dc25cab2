/**
 * The household survey: who needs one ({@link io.github.canbao.registration.batch.survey.NeedsSurvey}),
 * the survey list ({@link io.github.canbao.registration.batch.survey.SurveyList}) and the workflow of
 * a survey record ({@link io.github.canbao.registration.batch.survey.SurveyCase});
 * {@code comparison-and-reports.md} §1.5, §2, §3.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.batch.survey;
