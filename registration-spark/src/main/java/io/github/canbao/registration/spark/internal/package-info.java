/**
 * The machinery behind the Spark API: the per-JVM rule-set holder, the locality shipped with a
 * job and the per-partition functions. Not API; free to change.
 */
package io.github.canbao.registration.spark.internal;
