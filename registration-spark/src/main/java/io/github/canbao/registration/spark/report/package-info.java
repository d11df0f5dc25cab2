/**
 * The quarterly base-data report on Spark ({@code comparison-and-reports.md} §4): each partition
 * counted on the cluster in a partial {@code QuarterlyReport}, the partials added up on the driver.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.spark.report;
