/**
 * The quarterly base-data report (全民参保登记基础数据情况表, 人社厅发〔2015〕41号 附件3;
 * {@code comparison-and-reports.md} §4).
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.batch.report;
