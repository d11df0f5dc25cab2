package io.github.canbao.registration.codes.table;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * All code tables of one locality, by table id. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * ParseResult<CodeBook> result = CodeTables.bundled().withOverrides(Path.of("beijing/codes"));
 * if (result instanceof ParseResult.Valid<CodeBook> valid) {
 *   CodeBook book = valid.value();
 *   book.contains(NonEnrolmentReason.TABLE, "41");   // true
 * }
 * }</pre>
 *
 * <h2>A locality's {@code codes/} folder</h2>
 *
 * <p>Each {@code <table-id>.csv} in the folder has the columns of a bundled table
 * ({@code code,name,provenance,source}, with a header row, UTF-8). By default its rows merge into
 * the table with that id: a known code is replaced in place, a new code is added at the end. When
 * the file's first line is {@code # replace}, the file replaces the table whole. A file for an id
 * the book does not have adds a table. Comment lines {@code # name: …} and
 * {@code # englishName: …} before the header name the table; without them a new table is named
 * by its id and a known table keeps its names.
 *
 * @since 0.1.0
 */
public final class CodeBook {

  private static final String CSV = ".csv";

  private final ImmutableMap<String, CodeTable> tables;

  private CodeBook(ImmutableMap<String, CodeTable> tables) {
    this.tables = tables;
  }

  /**
   * A book of these tables, in this order.
   *
   * @param tables the tables
   * @return the book
   * @throws NullPointerException if the list or a table is null
   * @throws IllegalArgumentException if two tables share an id
   * @since 0.1.0
   */
  public static CodeBook of(List<CodeTable> tables) {
    Map<String, CodeTable> byId = new LinkedHashMap<>();
    for (CodeTable table : tables) {
      Objects.requireNonNull(table, "table");
      checkArgument(byId.putIfAbsent(table.id(), table) == null, "duplicate table id %s",
          table.id());
    }
    return new CodeBook(ImmutableMap.copyOf(byId));
  }

  /**
   * The table with this id.
   *
   * @param id the table id, e.g. {@code AAC004} or {@code noUnitType}
   * @return the table, or empty when the book has none with that id
   * @throws NullPointerException if {@code id} is null
   * @since 0.1.0
   */
  public Optional<CodeTable> table(String id) {
    return Optional.ofNullable(tables.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The ids of all tables, bundled ones in index order, added ones after them.
   *
   * @return an immutable set
   * @since 0.1.0
   */
  public Set<String> ids() {
    return tables.keySet();
  }

  /**
   * Whether the table with this id has this code. An unknown table has no codes, so the answer is
   * then {@code false}: a validator reports the value, and a test of the locality finds the typo.
   *
   * @param tableId the table id
   * @param code the code, exactly as written
   * @return whether the code is known
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public boolean contains(String tableId, CharSequence code) {
    Objects.requireNonNull(code, "code");
    CodeTable table = tables.get(Objects.requireNonNull(tableId, "tableId"));
    return table != null && table.contains(code);
  }

  /**
   * Whether a record may carry {@code value} for the table with this id: see {@link
   * CodeTable#accepts(CharSequence)}.
   *
   * @param tableId the table id
   * @param value the value, exactly as written
   * @return whether the value is acceptable; {@code false} for an unknown table
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public boolean accepts(String tableId, CharSequence value) {
    Objects.requireNonNull(value, "value");
    CodeTable table = tables.get(Objects.requireNonNull(tableId, "tableId"));
    return table != null && table.accepts(value);
  }

  /**
   * This book with the given table added, or replacing the table with the same id in its place.
   *
   * @param table the table
   * @return a new book
   * @throws NullPointerException if {@code table} is null
   * @since 0.1.0
   */
  public CodeBook withTable(CodeTable table) {
    Objects.requireNonNull(table, "table");
    Map<String, CodeTable> copy = new LinkedHashMap<>(tables);
    copy.put(table.id(), table);
    return new CodeBook(ImmutableMap.copyOf(copy));
  }

  /**
   * This book with a locality's {@code codes/} folder applied (see the class description). Files
   * are read in name order; files not ending in {@code .csv} are ignored. A folder that does not
   * exist means no overrides.
   *
   * <p>Never throws for bad data: a malformed row gives a violation {@code CODE_TABLE_ROW}, and a
   * file or folder that cannot be read gives {@code CODE_TABLE_FILE}, with the arguments
   * {@code file} and (for a row) {@code line}. Every file is checked, so the result lists all
   * problems at once; if there is any, no override is applied.
   *
   * @param folder the locality's {@code codes/} folder
   * @return the new book, or the problems
   * @throws NullPointerException if {@code folder} is null
   * @since 0.1.0
   */
  public ParseResult<CodeBook> withOverrides(Path folder) {
    Objects.requireNonNull(folder, "folder");
    if (!Files.exists(folder)) {
      return ParseResult.valid(this, List.of());
    }
    if (!Files.isDirectory(folder)) {
      return invalid(CodeTableFile.fileProblem("codes", folder.toString(), "not-a-folder"));
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing
          .filter(path -> path.getFileName().toString().endsWith(CSV))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return invalid(CodeTableFile.fileProblem("codes", folder.toString(), "unreadable"));
    }

    Map<String, CodeTable> result = new LinkedHashMap<>(tables);
    List<Violation> errors = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String id = fileName.substring(0, fileName.length() - CSV.length());
      if (id.isEmpty()) {
        errors.add(CodeTableFile.fileProblem("codes", file.toString(), "table-id"));
        continue;
      }
      ParseResult<CodeTableFile.Contents> read;
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        read = CodeTableFile.read(reader, id, file.toString());
      } catch (IOException | UncheckedIOException e) {
        read = CodeTableFile.invalidFile(id, file.toString(), "unreadable");
      }
      if (read instanceof ParseResult.Valid<CodeTableFile.Contents> valid) {
        result.put(id, apply(tables.get(id), id, valid.value()));
      } else {
        errors.addAll(read.errors());
      }
    }
    if (!errors.isEmpty()) {
      return ParseResult.invalid(errors, List.of());
    }
    return ParseResult.valid(new CodeBook(ImmutableMap.copyOf(result)), List.of());
  }

  private static CodeTable apply(CodeTable existing, String id, CodeTableFile.Contents file) {
    if (existing == null) {
      return CodeTable.of(id, file.name().orElse(id), file.englishName().orElse(id),
          file.codes());
    }
    String name = file.name().orElse(existing.name());
    String englishName = file.englishName().orElse(existing.englishName());
    List<Code> codes = file.replace()
        ? file.codes()
        : existing.withOverrides(CodeTable.of(id, name, englishName, file.codes())).codes();
    return CodeTable.of(id, name, englishName, codes);
  }

  private static ParseResult<CodeBook> invalid(Violation violation) {
    return ParseResult.invalid(List.of(violation), List.of());
  }

  /**
   * Equal when both books hold equal tables under the same ids, in the same order.
   *
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CodeBook that
        && tables.equals(that.tables)
        && tables.keySet().asList().equals(that.tables.keySet().asList());
  }

  /**
   * A hash over the tables.
   *
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    return tables.hashCode();
  }

  /**
   * A short form for logs, e.g. {@code CodeBook[25 tables]}.
   *
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return "CodeBook[" + tables.size() + " tables]";
  }
}
