/**
 * The comparison and merge of several extracts on Spark ({@code comparison-and-reports.md} §1),
 * with {@code registration-batch}'s own per-key merge.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.spark.merge;
