package io.github.canbao.registration.codes.table;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reader of one code-table CSV file ({@code code,name,provenance,source}). Package-private:
 * the file format is documented in {@code docs/decisions/0003-code-tables.md}, the reader is not
 * API.
 *
 * <p>Every problem becomes a {@link Violation}, all of them in one pass, so that a rule author
 * fixes a file once rather than once a row.
 */
final class CodeTableFile {

  /** A bad row or header: arguments {@code file}, {@code line}, {@code reason}. */
  static final String CODE_TABLE_ROW = "CODE_TABLE_ROW";

  /** A file or folder that could not be read at all: arguments {@code file}, {@code reason}. */
  static final String CODE_TABLE_FILE = "CODE_TABLE_FILE";

  static final List<String> HEADER = List.of("code", "name", "provenance", "source");

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * What a file says besides its rows.
   *
   * @param replace the first line is {@code # replace}
   * @param name a {@code # name: …} line, if any
   * @param englishName a {@code # englishName: …} line, if any
   * @param codes the rows, in file order, without duplicates
   */
  record Contents(boolean replace, Optional<String> name, Optional<String> englishName,
      List<Code> codes) {
    Contents {
      codes = List.copyOf(codes);
    }
  }

  private CodeTableFile() {}

  /**
   * Reads one file. Never throws for bad data or a failing reader.
   *
   * @param csv the text; not closed here
   * @param tableId reported as the violations' indicator
   * @param file reported as the violations' {@code file} argument
   */
  static ParseResult<Contents> read(Reader csv, String tableId, String file) {
    List<String> lines;
    try {
      lines = readLines(csv);
    } catch (IOException | UncheckedIOException e) {
      // A decoding failure (not UTF-8) lands here too: the reader reports it as an IOException.
      return ParseResult.invalid(List.of(fileProblem(tableId, file, "unreadable")), List.of());
    }
    List<Violation> errors = new ArrayList<>();
    boolean replace = false;
    Optional<String> name = Optional.empty();
    Optional<String> englishName = Optional.empty();
    boolean headerSeen = false;
    List<Code> codes = new ArrayList<>();
    Map<String, Integer> firstLineOfCode = new HashMap<>();

    for (int index = 0; index < lines.size(); index++) {
      int lineNumber = index + 1;
      String line = lines.get(index);
      if (index == 0 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
        line = line.substring(1); // spreadsheet programs write one
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (headerSeen) {
          continue; // a plain comment between rows
        }
        String directive = line.substring(1).strip();
        if (directive.equals("replace")) {
          if (lineNumber == 1) {
            replace = true;
          } else {
            errors.add(row(tableId, "file", file, lineNumber, "replace-not-first"));
          }
        } else if (directive.startsWith("name:")) {
          name = Optional.of(directive.substring("name:".length()).strip());
        } else if (directive.startsWith("englishName:")) {
          englishName = Optional.of(directive.substring("englishName:".length()).strip());
        }
        continue;
      }
      Optional<List<String>> fields = split(line);
      if (!headerSeen) {
        headerSeen = true;
        if (fields.isEmpty() || !stripAll(fields.get()).equals(HEADER)) {
          // Rows under a wrong header cannot be trusted column by column, so stop here.
          errors.add(row(tableId, "header", file, lineNumber, "header"));
          break;
        }
        continue;
      }
      if (fields.isEmpty()) {
        errors.add(row(tableId, "row", file, lineNumber, "quoting"));
        continue;
      }
      List<String> values = stripAll(fields.get());
      if (values.size() != HEADER.size()) {
        errors.add(row(tableId, "row", file, lineNumber, "columns")
            .withArgument("expected", Integer.toString(HEADER.size()))
            .withArgument("actual", Integer.toString(values.size())));
        continue;
      }
      String code = values.get(0);
      String codeName = values.get(1);
      Optional<Provenance> provenance = provenance(values.get(2));
      boolean ok = true;
      if (!Code.isWellFormedCode(code)) {
        errors.add(row(tableId, "code", file, lineNumber, "code"));
        ok = false;
      }
      if (codeName.isEmpty()) {
        errors.add(row(tableId, "name", file, lineNumber, "name"));
        ok = false;
      }
      if (provenance.isEmpty()) {
        errors.add(row(tableId, "provenance", file, lineNumber, "provenance")
            .withArgument("value", values.get(2)));
        ok = false;
      }
      if (!ok) {
        continue;
      }
      Integer first = firstLineOfCode.putIfAbsent(code, lineNumber);
      if (first != null) {
        errors.add(row(tableId, "code", file, lineNumber, "duplicate")
            .withArgument("code", code)
            .withArgument("firstLine", first.toString()));
        continue;
      }
      codes.add(new Code(code, codeName, provenance.get(), values.get(3)));
    }
    if (!headerSeen && errors.isEmpty()) {
      errors.add(fileProblem(tableId, file, "no-header"));
    }
    if (!errors.isEmpty()) {
      return ParseResult.invalid(errors, List.of());
    }
    return ParseResult.valid(new Contents(replace, name, englishName, codes), List.of());
  }

  /**
   * Splits one CSV line. A field in double quotes may hold commas and doubled quotes; a field may
   * not span lines, because every table value fits on one and a stray quote is then reported at
   * its own line rather than swallowing the rest of the file.
   *
   * @return the fields, or empty when the quoting is malformed
   */
  static Optional<List<String>> split(String line) {
    List<String> fields = new ArrayList<>(HEADER.size());
    StringBuilder field = new StringBuilder();
    int length = line.length();
    int i = 0;
    while (true) {
      if (i < length && line.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < length) {
          char c = line.charAt(i);
          if (c != '"') {
            field.append(c);
            i++;
          } else if (i + 1 < length && line.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
          } else {
            i++;
            closed = true;
            break;
          }
        }
        if (!closed || (i < length && line.charAt(i) != ',')) {
          return Optional.empty();
        }
      } else {
        while (i < length && line.charAt(i) != ',') {
          if (line.charAt(i) == '"') {
            return Optional.empty();
          }
          field.append(line.charAt(i));
          i++;
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= length) {
        return Optional.of(fields);
      }
      i++; // the comma
    }
  }

  static ParseResult<Contents> invalidFile(String tableId, String file, String reason) {
    return ParseResult.invalid(List.of(fileProblem(tableId, file, reason)), List.of());
  }

  private static List<String> readLines(Reader csv) throws IOException {
    BufferedReader reader =
        csv instanceof BufferedReader buffered ? buffered : new BufferedReader(csv);
    List<String> lines = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lines.add(line);
    }
    return lines;
  }

  private static List<String> stripAll(List<String> fields) {
    List<String> stripped = new ArrayList<>(fields.size());
    for (String field : fields) {
      stripped.add(field.strip());
    }
    return stripped;
  }

  private static Optional<Provenance> provenance(String text) {
    // Exact lower case, as the files are written: "Seed" is more likely a typo than a choice.
    for (Provenance provenance : Provenance.values()) {
      if (provenance.name().toLowerCase(Locale.ROOT).equals(text)) {
        return Optional.of(provenance);
      }
    }
    return Optional.empty();
  }

  private static Violation row(String tableId, String field, String file, int line,
      String reason) {
    return Violation.error(CODE_TABLE_ROW, tableId, field)
        .withArgument("file", file)
        .withArgument("line", Integer.toString(line))
        .withArgument("reason", reason);
  }

  static Violation fileProblem(String tableId, String file, String reason) {
    return Violation.error(CODE_TABLE_FILE, tableId, "file")
        .withArgument("file", file)
        .withArgument("reason", reason);
  }
}
