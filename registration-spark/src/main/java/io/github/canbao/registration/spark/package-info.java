/**
 * Registration on Apache Spark: derive and validate a province's records with one compiled rule
 * base per executor JVM ({@link io.github.canbao.registration.spark.ClusterRuleSet}), records as
 * JSON lines in text or Parquet ({@link io.github.canbao.registration.spark.DatasetFormat}). The
 * merge is in {@code .spark.merge}, the survey list in {@code .spark.survey}; the {@code
 * spark-submit} entry point is {@code io.github.canbao.registration.spark.job.RegistrationSparkJob}.
 * How to run and size a cluster: {@code docs/spark.md}.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.spark;
