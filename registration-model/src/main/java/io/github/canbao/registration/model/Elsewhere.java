package io.github.canbao.registration.model;

/**
 * Where an enrolment known only from the cross-region comparison is (异地参保 省内 / 省外, national
 * registration form, 人社厅发〔2015〕44号 附件1).
 *
 * @since 0.1.0
 */
public enum Elsewhere {
  /** 省内异地参保: elsewhere in this province. */
  IN_PROVINCE,
  /** 省外异地参保: in another province. */
  OUT_OF_PROVINCE
}
