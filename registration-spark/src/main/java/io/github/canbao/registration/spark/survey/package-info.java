/**
 * The survey list on Spark ({@code comparison-and-reports.md} §2): people selected on the cluster,
 * listed on the driver by {@code registration-batch}'s {@code SurveyList}.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.spark.survey;
