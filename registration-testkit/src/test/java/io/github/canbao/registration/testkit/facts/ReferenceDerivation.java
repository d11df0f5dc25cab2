package io.github.canbao.registration.testkit.facts;

import io.github.canbao.registration.model.RegistrationRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A public door to {@link GuangdongReference}, the plain-Java reading of {@code derivation.md}, for
 * the {@code benchmarks} module (which compares the Drools rule set's throughput with it). Test
 * code, shipped only in the testkit's {@code test-jar}; not API.
 *
 * <pre>{@code
 * Map<String, Optional<String>> fields = ReferenceDerivation.derive(record, LocalDate.of(2026, 11, 23));
 * }</pre>
 */
public final class ReferenceDerivation {

  private ReferenceDerivation() {}

  /**
   * The fields the reference derives for {@code record} as of {@code asOf}, by record key (see
   * {@link #fields()}); the findings are computed too but not returned.
   */
  public static Map<String, Optional<String>> derive(RegistrationRecord record, LocalDate asOf) {
    return GuangdongReference.derive(record, asOf).fields();
  }

  /** The record keys of the derived fields, in the differential test's order. */
  public static List<String> fields() {
    return GuangdongReference.FIELDS;
  }
}
