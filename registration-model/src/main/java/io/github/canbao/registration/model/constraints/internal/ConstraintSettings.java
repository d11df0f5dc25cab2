package io.github.canbao.registration.model.constraints.internal;

import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.codes.table.CodeBook;
import io.github.canbao.registration.codes.table.CodeTables;
import java.util.Objects;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * What the validators read besides the record: the code tables, the identity parser, and whether
 * warnings become violations. {@code RecordValidator} passes it as Hibernate Validator's constraint
 * validator payload; without one (a plain Bean Validation run) the validators use {@link
 * #standard()}.
 *
 * @param codeBook the code tables fields are checked against
 * @param identityParser the parser for identity numbers (as-of date, strictness)
 * @param reportWarnings whether warnings ({@code AREA_CODE_UNKNOWN}, {@code ID_NOT_VERIFIABLE})
 *     are reported; Bean Validation knows no severity, so a plain run reports errors only
 */
public record ConstraintSettings(
    CodeBook codeBook, IdentityParser identityParser, boolean reportWarnings) {

  /** Checks that no part is null. */
  public ConstraintSettings {
    Objects.requireNonNull(codeBook, "codeBook");
    Objects.requireNonNull(identityParser, "identityParser");
  }

  /** The bundled national tables, the standard parser, errors only. */
  public static ConstraintSettings standard() {
    return Standard.INSTANCE;
  }

  /** The settings a validation run carries, or the standard ones. */
  static ConstraintSettings of(HibernateConstraintValidatorContext context) {
    ConstraintSettings settings = context.getConstraintValidatorPayload(ConstraintSettings.class);
    return settings != null ? settings : standard();
  }

  // Loaded on first use: reading the bundled tables costs a few milliseconds.
  private static final class Standard {
    static final ConstraintSettings INSTANCE =
        new ConstraintSettings(CodeTables.bundled(), IdentityParser.standard(), false);
  }
}
