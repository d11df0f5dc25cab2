package io.github.canbao.registration.spark.internal;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.canbao.registration.batch.merge.RecordMerge;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.json.RegistrationJson;

/**
 * What every merge task of a JVM shares: the batch module's standard {@link RecordMerge}
 * (immutable, thread-safe, and not serialisable, so it is built here rather than shipped) and a
 * writer of records as the library's JSON Lines writer writes them.
 */
final class MergeHolder {

  private static final RecordMerge MERGE = RecordMerge.standard();

  // RecordWriter's JSON Lines form: the model's mapper, compact, one value per line.
  private static final ObjectWriter JSON = RegistrationJson.mapper().writerFor(RegistrationRecord.class);

  private MergeHolder() {}

  static RecordMerge merge() {
    return MERGE;
  }

  static ObjectWriter json() {
    return JSON;
  }
}
