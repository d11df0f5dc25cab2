/**
 * Code tables as data: every table of {@code shared/spec/codes.md} ships as one CSV file, loaded
 * into an immutable {@link io.github.canbao.registration.codes.table.CodeTable}; the tables of a
 * locality form a {@link io.github.canbao.registration.codes.table.CodeBook}, to which the
 * locality's {@code codes/} folder adds and overrides rows without any Java change.
 *
 * <pre>{@code
 * CodeBook book = CodeTables.bundled();
 * boolean known = book.contains(NoUnitType.TABLE, record.noUnitType());
 * Optional<String> name = book.table(Sex.TABLE).flatMap(t -> t.nameOf(Sex.FEMALE));  // 女性
 *
 * ParseResult<CodeBook> beijing = book.withOverrides(Path.of("beijing/codes"));
 * for (Violation error : beijing.errors()) {
 *   // CODE_TABLE_ROW with arguments file and line: report it, nothing was thrown
 * }
 * }</pre>
 *
 * <p>Each value records its {@link io.github.canbao.registration.codes.table.Provenance}: printed
 * in a seed, inferred from one, or assigned by this project. An assigned code is never official.
 * Typed constants ({@link io.github.canbao.registration.codes.table.Sex},
 * {@link io.github.canbao.registration.codes.table.NoUnitType}, …) exist only for the codes that
 * Java and the rules reference.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.codes.table;
