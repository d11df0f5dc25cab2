/**
 * Generated people: whole registration records, complete and consistent for their Guangdong
 * enrolment category, and records with one named defect for validation tests.
 *
 * <pre>{@code
 * People.records().category(1).bornBetween(1960, 1980).male().next(new SplittableRandom(7));
 * People.records().withDefect(RecordDefect.SEX_MISMATCH).described().next(new SplittableRandom(7));
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.testkit.person;
