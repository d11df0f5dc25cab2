package io.github.canbao.registration.batch.survey;

/**
 * Where a survey record is in its workflow ({@code comparison-and-reports.md} §3; Guangdong 三(四)5;
 * 人社厅发〔2015〕44号 第十九条): the surveyor collects (调查员采集), the community service platform
 * reviews first (基层平台初审), the county approves (县级审定), the record is stored (入库); a record
 * that fails review is returned for a new survey. The names are this project's, and they are the
 * values of the record key {@code surveyState}.
 *
 * @since 0.1.0
 */
public enum SurveyState {
  /** Collected by a surveyor (已采集). */
  COLLECTED,
  /** Passed the community platform's first review (初审). */
  FIRST_REVIEWED,
  /** Approved by the county (审定). */
  APPROVED,
  /** Stored in the registration database (入库). */
  STORED,
  /** Failed review: to be surveyed again (退回重新调查). */
  RETURNED,
  /** Could not be collected, with a reason (未采集: 人户分离, 长期外出, 情况不明). */
  NOT_COLLECTED
}
