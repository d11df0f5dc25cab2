package io.github.canbao.registration.model;

/**
 * How a record was registered (Guangdong 二(三)6, {@code 002}): by data cleaning, whose handler and
 * reviewer are "信息比对", or by a household survey.
 *
 * @since 0.1.0
 */
public enum RegisteredBy {
  /** 数据清理: registered from the comparison of business data. */
  DATA_CLEANING,
  /** 入户调查: registered by a household survey. */
  SURVEY
}
