package io.github.canbao.registration.codes.table;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Entry point to the code tables: the tables this library ships, and the reader for a table file.
 *
 * <pre>{@code
 * CodeBook national = CodeTables.bundled();
 * national.contains(NoUnitType.TABLE, NoUnitType.STUDENT);          // true
 * national.table(Sex.TABLE).flatMap(t -> t.nameOf(Sex.FEMALE));     // Optional[女性]
 *
 * try (Reader csv = Files.newBufferedReader(path)) {
 *   ParseResult<CodeTable> table =
 *       CodeTables.parse("AAC012", "个人身份", "person status", csv, path.toString());
 * }
 * }</pre>
 *
 * <p>A table file is UTF-8 CSV with the header {@code code,name,provenance,source}; a field in
 * double quotes may hold commas. Provenance is {@code seed}, {@code inferred} or
 * {@code assigned} (see {@link Provenance}).
 *
 * @since 0.1.0
 */
public final class CodeTables {

  private static final String FOLDER = "/io/github/canbao/registration/codes/tables/";
  private static final List<String> INDEX_HEADER =
      List.of("id", "name", "englishName", "source");

  private CodeTables() {}

  /**
   * The national, Guangdong, Beijing and Suzhou tables this library ships, loaded once on first
   * use. Codes marked {@link Provenance#ASSIGNED} are this project's, not official.
   *
   * @return the bundled tables, by id
   * @since 0.1.0
   */
  public static CodeBook bundled() {
    return Bundled.BOOK;
  }

  /**
   * Reads one table file. Never throws for bad data: a malformed row or header gives a violation
   * {@code CODE_TABLE_ROW} with the arguments {@code file}, {@code line} and {@code reason}; a
   * reader that fails gives {@code CODE_TABLE_FILE}. Duplicate codes are a malformed row.
   *
   * <p>Comment lines {@code # name: …} and {@code # englishName: …} before the header take the
   * place of {@code name} and {@code englishName}; {@code # replace} means something only to
   * {@link CodeBook#withOverrides(java.nio.file.Path)} and is ignored here.
   *
   * @param id the table id
   * @param name the Chinese name, unless the file names the table
   * @param englishName the English name, unless the file names the table
   * @param csv the file's text; read to the end, not closed
   * @param fileNameForMessages how violations name the file
   * @return the table, or the problems
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static ParseResult<CodeTable> parse(String id, String name, String englishName,
      Reader csv, String fileNameForMessages) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(englishName, "englishName");
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(fileNameForMessages, "fileNameForMessages");
    if (id.isEmpty()) {
      return ParseResult.invalid(
          List.of(CodeTableFile.fileProblem(id, fileNameForMessages, "table-id")), List.of());
    }
    ParseResult<CodeTableFile.Contents> read =
        CodeTableFile.read(csv, id, fileNameForMessages);
    if (read instanceof ParseResult.Valid<CodeTableFile.Contents> valid) {
      CodeTableFile.Contents file = valid.value();
      return ParseResult.valid(CodeTable.of(id, file.name().orElse(name),
          file.englishName().orElse(englishName), file.codes()), List.of());
    }
    return ParseResult.invalid(read.errors(), read.warnings());
  }

  /** Holder idiom: the tables are read on first use, once, without locking afterwards. */
  private static final class Bundled {
    static final CodeBook BOOK = loadBundled();
  }

  // A broken bundled file is a defect of this jar, not of the caller's data, and our tests load
  // every file; so here, unlike for a locality's files, a problem is an exception.
  private static CodeBook loadBundled() {
    List<CodeTable> tables = new ArrayList<>();
    for (List<String> entry : readIndex()) {
      String id = entry.get(0);
      String resource = FOLDER + id + ".csv";
      ParseResult<CodeTable> parsed;
      try (Reader reader = open(resource)) {
        parsed = parse(id, entry.get(1), entry.get(2), reader, resource);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled code table " + resource, e);
      }
      if (parsed instanceof ParseResult.Valid<CodeTable> valid) {
        tables.add(valid.value());
      } else {
        throw new IllegalStateException("bundled code table " + resource + " is malformed: "
            + describe(parsed.errors()));
      }
    }
    return CodeBook.of(tables);
  }

  private static List<List<String>> readIndex() {
    String resource = FOLDER + "index.csv";
    List<List<String>> entries = new ArrayList<>();
    try (BufferedReader reader = open(resource)) {
      int lineNumber = 0;
      boolean headerSeen = false;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Optional<List<String>> fields = CodeTableFile.split(line);
        if (fields.isEmpty() || fields.get().size() != INDEX_HEADER.size()) {
          throw new IllegalStateException(resource + " line " + lineNumber + " is malformed");
        }
        if (!headerSeen) {
          headerSeen = true;
          if (!fields.get().equals(INDEX_HEADER)) {
            throw new IllegalStateException(resource + " has no header " + INDEX_HEADER);
          }
          continue;
        }
        entries.add(List.copyOf(fields.get()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return entries;
  }

  private static BufferedReader open(String resource) {
    InputStream in = CodeTables.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled code table missing: " + resource);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
  }

  private static String describe(List<Violation> errors) {
    List<String> parts = new ArrayList<>();
    for (Violation error : errors) {
      parts.add(error.code() + " " + error.arguments());
    }
    return String.join("; ", parts);
  }
}
