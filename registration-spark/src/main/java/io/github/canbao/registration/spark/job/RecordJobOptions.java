package io.github.canbao.registration.spark.job;

import io.github.canbao.registration.rules.DeriveOptions;
import io.github.canbao.registration.spark.DatasetFormat;
import io.github.canbao.registration.spark.RuleSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options derive and validate share: locality, as-of date, input, output, format. */
final class RecordJobOptions {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Locality locality;

  static final class Locality {
    @Option(names = "--locality", paramLabel = "NAME", description = "A bundled locality (national, guangdong, beijing, …).")
    String name;

    @Option(names = "--rules", paramLabel = "FOLDER",
        description = "A locality folder on the submitting machine; checked before any data is read, then shipped with the job.")
    Path folder;
  }

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", required = true,
      description = "The date the registration data is produced (ages, 31 August of its year).")
  LocalDate asOf;

  @Option(names = "--compared-at", paramLabel = "YYYY-MM-DDTHH:MM:SS",
      description = "When the comparison behind DATA_CLEANING records was produced; default: the as-of date at 00:00.")
  LocalDateTime comparedAt;

  @Option(names = "--in", paramLabel = "PATH", required = true, description = "Input: a file, folder or glob Spark can read.")
  String in;

  @Option(names = "--out", paramLabel = "PATH", required = true, description = "Output folder (survey-list: a CSV file on the driver); must not exist.")
  String out;

  @Option(names = "--format", paramLabel = "jsonl|parquet", defaultValue = "jsonl",
      converter = FormatConverter.class,
      description = "jsonl (JSON Lines text) or parquet (one string column \"json\"), in and out; default: jsonl.")
  DatasetFormat format = DatasetFormat.JSON_LINES;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Repartition the input into N partitions first (the order of records is then not kept).")
  Integer partitions;

  RuleSource ruleSource() {
    return locality.name != null ? RuleSource.bundled(locality.name) : RuleSource.folder(locality.folder);
  }

  DeriveOptions deriveOptions(boolean overwrite) {
    DeriveOptions options = DeriveOptions.asOf(asOf).withOverwrite(overwrite);
    return comparedAt == null ? options : options.withComparedAt(comparedAt);
  }

  /** Reads {@code jsonl} and {@code parquet}. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<DatasetFormat> {
    @Override
    public DatasetFormat convert(String value) {
      for (DatasetFormat format : DatasetFormat.values()) {
        if (format.key().equalsIgnoreCase(value)) {
          return format;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("jsonl or parquet, not " + value);
    }
  }
}
