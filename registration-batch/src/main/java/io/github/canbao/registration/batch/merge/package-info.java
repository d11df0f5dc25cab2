/**
 * Comparison and merge of extracts keyed by social security number (信息比对, 人社厅发〔2015〕44号 第八–十条;
 * {@code comparison-and-reports.md} §1): {@link io.github.canbao.registration.batch.merge.RecordMerge}
 * for one key's records, {@link io.github.canbao.registration.batch.merge.Merger} for whole files
 * with an external sort on disk.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.batch.merge;
