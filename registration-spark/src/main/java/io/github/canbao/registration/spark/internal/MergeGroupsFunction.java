package io.github.canbao.registration.spark.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.canbao.registration.batch.merge.RecordMerge;
import io.github.canbao.registration.batch.merge.Source;
import io.github.canbao.registration.batch.merge.SourcedRecord;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.io.ReadItem;
import io.github.canbao.registration.model.io.RecordReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import scala.Tuple2;

/**
 * The reduce side of the merge: one key's lines, from every source, merged by the batch module's
 * own per-key function ({@link RecordMerge#mergeGroup}, or {@link RecordMerge#unmergeable} for an
 * invalid key), exactly as {@code Merger} does after its sort on one machine.
 */
public final class MergeGroupsFunction implements FlatMapGroupsFunction<String, Tuple2<String, String>, String> {

  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<String> call(String key, Iterator<Tuple2<String, String>> entries) {
    RecordMerge merge = MergeHolder.merge();
    List<SourcedRecord> members = new ArrayList<>(2);
    while (entries.hasNext()) {
      String payload = entries.next()._2();
      int first = payload.indexOf('\t');
      int second = payload.indexOf('\t', first + 1);
      Source source = Source.of(payload.substring(0, first), Integer.parseInt(payload, first + 1, second, 10));
      // Read once already on the map side: it is a record.
      ReadItem item = RecordReader.parseJsonLine(1, payload.substring(second + 1));
      if (item instanceof ReadItem.Read read) {
        members.add(new SourcedRecord(source, 0, read.record()));
      }
    }
    if (members.isEmpty()) {
      return List.<String>of().iterator();
    }
    List<RegistrationRecord> merged = key.startsWith(MergeKeysFunction.INVALID)
        ? List.of(merge.unmergeable(members.get(0)))
        : merge.mergeGroup(key, members);
    List<String> lines = new ArrayList<>(merged.size());
    try {
      for (RegistrationRecord record : merged) {
        lines.add(MergeHolder.json().writeValueAsString(record));
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return lines.iterator();
  }
}
