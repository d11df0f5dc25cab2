/**
 * The command line ({@code ./registration}, {@code shared/spec/cli.md}): one picocli command per
 * subcommand over the public API of the registration libraries. Not an API: nothing here is meant
 * to be called from Java except {@link io.github.canbao.registration.cli.RegistrationCommand#main}.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.cli;
