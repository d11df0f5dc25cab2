/**
 * Code tables, GB/T 2260 division data and identity numbers for universal social-insurance
 * registration (全民参保登记). This module depends on the JDK and Guava only: a system that needs
 * nothing but identity checks and codes pulls neither Drools nor Jackson.
 *
 * <p>Feature packages: {@link io.github.canbao.registration.codes.table code tables},
 * {@link io.github.canbao.registration.codes.division division data},
 * {@link io.github.canbao.registration.codes.identity identity numbers}. Problems are reported as
 * {@link io.github.canbao.registration.codes.Violation} values inside a
 * {@link io.github.canbao.registration.codes.ParseResult}, never thrown.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.codes;
