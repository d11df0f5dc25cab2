package io.github.canbao.registration.rules;

import io.github.canbao.registration.codes.identity.IdentityParser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How to derive: the as-of date, the comparison time of data-cleaning records, and whether derived
 * values replace the values a record was given.
 *
 * <pre>{@code
 * DeriveOptions options = DeriveOptions.asOf(LocalDate.of(2026, 11, 23)).withOverwrite(true);
 * }</pre>
 *
 * @param asOf the date the registration data is produced (ages, retirement, 31 August of its year)
 * @param comparedAt when the comparison behind data-cleaning records was produced, for records
 *     that do not carry {@code comparedAt}; default: the as-of date at 00:00
 * @param overwrite whether derived values replace given ones (given ones are kept by default, and a
 *     difference is a finding)
 * @since 0.1.0
 */
public record DeriveOptions(LocalDate asOf, Optional<LocalDateTime> comparedAt, boolean overwrite) {

  /**
   * Checks the as-of date and fills an absent comparison time with an empty one.
   *
   * @throws NullPointerException if {@code asOf} is null
   */
  public DeriveOptions {
    Objects.requireNonNull(asOf, "asOf");
    comparedAt = comparedAt == null ? Optional.empty() : comparedAt;
  }

  /**
   * Options as of {@code date}, keeping given values.
   *
   * @since 0.1.0
   */
  public static DeriveOptions asOf(LocalDate date) {
    return new DeriveOptions(date, Optional.empty(), false);
  }

  /**
   * Options as of today in China (Asia/Shanghai), keeping given values.
   *
   * @since 0.1.0
   */
  public static DeriveOptions today() {
    return asOf(LocalDate.now(IdentityParser.CHINA));
  }

  /**
   * The same options with another comparison time.
   *
   * @since 0.1.0
   */
  public DeriveOptions withComparedAt(LocalDateTime time) {
    return new DeriveOptions(asOf, Optional.of(time), overwrite);
  }

  /**
   * The same options, overwriting given values or not.
   *
   * @since 0.1.0
   */
  public DeriveOptions withOverwrite(boolean replace) {
    return new DeriveOptions(asOf, comparedAt, replace);
  }

  /**
   * The identity parser of this run: identity numbers are read as of {@link #asOf()}.
   *
   * @since 0.1.0
   */
  public IdentityParser parser() {
    return IdentityParser.standard().asOf(asOf);
  }

  /**
   * The comparison time used for data-cleaning records without their own.
   *
   * @since 0.1.0
   */
  public LocalDateTime effectiveComparedAt() {
    return comparedAt.orElse(asOf.atStartOfDay());
  }
}
