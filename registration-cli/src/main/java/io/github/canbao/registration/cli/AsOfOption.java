package io.github.canbao.registration.cli;

import io.github.canbao.registration.codes.identity.IdentityParser;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * {@code --as-of YYYY-MM-DD}: the date the data is produced (ages, the reference day, birth dates
 * in the future), today in China by default.
 *
 * @since 0.1.0
 */
final class AsOfOption {

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "The date the data is produced (ages, 31 August, birth dates); default: today in China.")
  LocalDate asOf;

  /** The date given, or today in China. */
  LocalDate date() {
    return asOf != null ? asOf : LocalDate.now(IdentityParser.CHINA);
  }
}
