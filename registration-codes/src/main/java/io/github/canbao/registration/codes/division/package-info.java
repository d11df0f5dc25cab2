/**
 * GB/T 2260 administrative divisions (行政区划代码) and the {@code AAB301} division code of the
 * registration indicators: every code found in the ministry's revisions 2002–2016 and in a
 * current list, with its names over time.
 *
 * <pre>{@code
 * Divisions divisions = Divisions.bundled();
 * divisions.path("440106").ifPresent(path -> show(path.names()));   // 广东省, 广州市, 天河区
 * ParseResult<DivisionCode> code = DivisionCode.parse(record.aab301());
 * }</pre>
 *
 * <p>The bundled data cannot know codes abolished before 2002, so an unknown code is reported as
 * the warning {@code AREA_CODE_UNKNOWN}, not as an error. Sources, licences and the derivation of
 * the periods: {@code docs/decisions/0002-division-data.md} and the resource
 * {@code NOTICE-divisions.txt} next to {@code divisions.csv}.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.codes.division;
