/**
 * Generated GB/T 2260 division codes: those that exist, existed in a year, or are unknown.
 *
 * <pre>{@code
 * Gen<String> counties = DivisionCodes.existing().counties().validIn(2005);
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.testkit.division;
