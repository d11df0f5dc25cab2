package io.github.canbao.registration.spark.merge;

import io.github.canbao.registration.batch.merge.RecordMerge;
import io.github.canbao.registration.spark.RecordLines;
import io.github.canbao.registration.spark.internal.MergeGroupsFunction;
import io.github.canbao.registration.spark.internal.MergeKeysFunction;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The comparison and merge of several extracts on Spark ({@code comparison-and-reports.md} §1):
 * keys normalised and grouped by Spark's shuffle, each key's group merged by {@code
 * registration-batch}'s own {@link RecordMerge} — one implementation, two drivers: {@code Merger}'s
 * external sort on one machine, this on a cluster. The merged records are the ones {@code Merger}
 * writes; only their order differs (here: by partition; {@code Merger}: by key).
 *
 * <pre>{@code
 * RecordLines merged = ClusterMerge.standard(spark).merge(List.of(
 *     SourceLines.of("公安", 2, DatasetFormat.JSON_LINES.read(spark, "hdfs:///2026q4/ga")),
 *     SourceLines.of("医保", 1, DatasetFormat.JSON_LINES.read(spark, "hdfs:///2026q4/yb"))));
 * DatasetFormat.JSON_LINES.write(merged.records(), "hdfs:///2026q4/merged");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ClusterMerge {

  private final SparkSession spark;

  private ClusterMerge(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * A merge with {@link RecordMerge#standard()}, the merge {@code Merger.create()} uses.
   *
   * @throws NullPointerException if {@code spark} is null
   * @since 0.1.0
   */
  public static ClusterMerge standard(SparkSession spark) {
    return new ClusterMerge(Objects.requireNonNull(spark, "spark"));
  }

  /**
   * Merges the extracts. Lines that hold no record are counted in the result, not merged.
   *
   * @throws IllegalArgumentException if {@code inputs} is empty or two inputs have sources of the same name
   * @throws NullPointerException if {@code inputs} is or holds null
   * @since 0.1.0
   */
  public RecordLines merge(List<SourceLines> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge: no input");
    }
    Set<String> names = new HashSet<>();
    for (SourceLines input : inputs) {
      if (!names.add(input.source().name())) {
        throw new IllegalArgumentException("two inputs have the source name " + input.source().name());
      }
    }
    LongAccumulator unreadable = spark.sparkContext().longAccumulator("merge: unreadable lines");
    CollectionAccumulator<String> reasons = spark.sparkContext().collectionAccumulator("merge: unreadable reasons");
    Dataset<Tuple2<String, String>> keyed = null;
    for (SourceLines input : inputs) {
      Dataset<Tuple2<String, String>> one = input.lines().mapPartitions(
          new MergeKeysFunction(input.source().name(), input.source().priority(), unreadable, reasons),
          Encoders.tuple(Encoders.STRING(), Encoders.STRING()));
      keyed = keyed == null ? one : keyed.union(one);
    }
    Dataset<String> merged = keyed
        .groupByKey((MapFunction<Tuple2<String, String>, String>) Tuple2::_1, Encoders.STRING())
        .flatMapGroups(new MergeGroupsFunction(), Encoders.STRING());
    return RecordLines.of(merged, unreadable, reasons);
  }

  @Override
  public String toString() {
    return "ClusterMerge[standard]";
  }
}
