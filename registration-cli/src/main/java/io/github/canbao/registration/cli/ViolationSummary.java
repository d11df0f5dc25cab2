package io.github.canbao.registration.cli;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.validation.ViolationMessages;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@code validate} and {@code demo} say about validated records: how many are valid (no
 * error; a warning does not make a record invalid) and invalid, and the most frequent violation
 * codes, each with the message of its first occurrence.
 *
 * @since 0.1.0
 */
final class ViolationSummary {

  private static final int SHOWN = 10;

  private final Tally codes = new Tally();
  private final Map<String, Violation> firstOfCode = new HashMap<>();
  private long valid;
  private long invalid;

  /** Counts one validated record. */
  void add(RegistrationRecord record) {
    boolean ok = true;
    for (Violation violation : record.violations()) {
      ok &= !violation.isError();
      String key = violation.code() + (violation.isError() ? "" : " (warning)");
      codes.add(key);
      firstOfCode.putIfAbsent(key, violation);
    }
    if (ok) {
      valid++;
    } else {
      invalid++;
    }
  }

  /** Records without an error. */
  long valid() {
    return valid;
  }

  /** Records with at least one error. */
  long invalid() {
    return invalid;
  }

  /** The counts and the most frequent codes, messages in {@code messages}' language. */
  void print(PrintWriter err, ViolationMessages messages) {
    err.printf("  valid %,d, invalid %,d%n", valid, invalid);
    if (codes.isEmpty()) {
      return;
    }
    err.println("  most frequent violations:");
    for (Map.Entry<String, Long> entry : codes.top(SHOWN)) {
      err.printf("    %,9d  %-32s %s%n", entry.getValue(), entry.getKey(), messages.format(firstOfCode.get(entry.getKey())));
    }
  }
}
