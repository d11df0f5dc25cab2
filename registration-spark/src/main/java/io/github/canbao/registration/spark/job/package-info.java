/**
 * The {@code spark-submit} entry point, {@link io.github.canbao.registration.spark.job.RegistrationSparkJob}:
 * a thin command line over the Spark API, adding no logic of its own.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.spark.job;
