/**
 * Assertions that hold for every system built on this library, usable from any test framework:
 * violations name their indicator ({@link io.github.canbao.registration.testkit.assertions.Violations}),
 * and no text shows a whole identity or phone number
 * ({@link io.github.canbao.registration.testkit.assertions.UnmaskedNumber}).
 *
 * <pre>{@code
 * Violations.assertEachNamesIndicator(validator.validate(record));
 * UnmaskedNumber.assertNoneIn(logLine);
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.testkit.assertions;
