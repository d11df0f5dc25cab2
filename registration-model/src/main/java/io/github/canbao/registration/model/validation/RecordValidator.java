package io.github.canbao.registration.model.validation;

import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.division.DivisionCode;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.codes.identity.IdentityProblem;
import io.github.canbao.registration.codes.phone.PhoneNumber;
import io.github.canbao.registration.codes.table.CodeBook;
import io.github.canbao.registration.codes.table.CodeTables;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.constraints.RecordProblem;
import io.github.canbao.registration.model.constraints.internal.ConstraintSettings;
import io.github.canbao.registration.model.constraints.internal.ConstraintViolations;
import io.github.canbao.registration.model.constraints.internal.Report;
import io.github.canbao.registration.model.indicator.IndicatorCatalogue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates registration records: every field against its indicator (length, type, code table),
 * identity and phone numbers and division codes with the {@code registration-codes} parsers, the
 * cross-field rules, and the fields required for the person's category ({@link RequiredFields}).
 *
 * <pre>{@code
 * RecordValidator validator = RecordValidator.standard()
 *     .withRequiredFields(RequiredFields.bundled("guangdong"))
 *     .withIdentityParser(IdentityParser.standard().asOf(LocalDate.of(2026, 11, 23)).strict());
 * List<Violation> violations = validator.validate(record);   // empty: valid
 * violations.forEach(v -> show(ViolationMessages.of(Locale.CHINA).format(v)));
 * }</pre>
 *
 * <p>The field and cross-field checks are the Bean Validation constraints that {@link
 * RegistrationRecord} carries ({@link io.github.canbao.registration.model.constraints}), run by one
 * Hibernate Validator {@code Validator} per instance, built when the instance is; the required
 * fields are data, checked directly. Violations come in the catalogue's field order (then by code),
 * each once; warnings ({@code AREA_CODE_UNKNOWN}, {@code ID_NOT_VERIFIABLE}) are included with
 * their severity. Never throws for a record's data: a check that fails with an exception is
 * reported as {@code VALIDATOR_FAILED} at its field, and the other checks still run.
 *
 * <p>Immutable and thread-safe; each {@code withX} returns a new validator.
 *
 * @since 0.1.0
 */
public final class RecordValidator {

  private static final Logger LOG = LoggerFactory.getLogger(RecordValidator.class);

  private static final List<String> CODES = codeList();

  private static final FieldOrder ORDER = new FieldOrder(IndicatorCatalogue.registrationRecord(), CODES);

  private final CodeBook codeBook;
  private final IdentityParser identityParser;
  private final RequiredFields requiredFields;
  private final Validator validator;

  private RecordValidator(CodeBook codeBook, IdentityParser identityParser, RequiredFields requiredFields) {
    this.codeBook = codeBook;
    this.identityParser = identityParser;
    this.requiredFields = requiredFields;
    this.validator =
        Engine.FACTORY
            .usingContext()
            .constraintValidatorPayload(new ConstraintSettings(codeBook, identityParser, true))
            .getValidator();
  }

  /**
   * The national validator: the bundled code tables, {@linkplain IdentityParser#standard() the
   * standard identity parser} (lenient, as of today in China) and the {@linkplain
   * RequiredFields#bundled(String) national} required fields.
   *
   * @return the validator
   * @since 0.1.0
   */
  public static RecordValidator standard() {
    return Standard.INSTANCE;
  }

  /**
   * This validator with other code tables, e.g. a locality's ({@code CodeBook.withOverrides}).
   *
   * @param book the tables
   * @return a new validator
   * @throws NullPointerException if {@code book} is null
   * @since 0.1.0
   */
  public RecordValidator withCodeBook(CodeBook book) {
    return new RecordValidator(Objects.requireNonNull(book, "book"), identityParser, requiredFields);
  }

  /**
   * This validator with another identity parser: an as-of date, strict mode, locality kinds.
   *
   * @param parser the parser
   * @return a new validator
   * @throws NullPointerException if {@code parser} is null
   * @since 0.1.0
   */
  public RecordValidator withIdentityParser(IdentityParser parser) {
    return new RecordValidator(codeBook, Objects.requireNonNull(parser, "parser"), requiredFields);
  }

  /**
   * This validator with other required fields, e.g. {@code RequiredFields.bundled("guangdong")}.
   *
   * @param required the requirements
   * @return a new validator
   * @throws NullPointerException if {@code required} is null
   * @since 0.1.0
   */
  public RecordValidator withRequiredFields(RequiredFields required) {
    return new RecordValidator(codeBook, identityParser, Objects.requireNonNull(required, "required"));
  }

  /**
   * The code tables fields are checked against.
   *
   * @return the book
   * @since 0.1.0
   */
  public CodeBook codeBook() {
    return codeBook;
  }

  /**
   * The parser identity numbers are read with.
   *
   * @return the parser
   * @since 0.1.0
   */
  public IdentityParser identityParser() {
    return identityParser;
  }

  /**
   * The required fields.
   *
   * @return the requirements
   * @since 0.1.0
   */
  public RequiredFields requiredFields() {
    return requiredFields;
  }

  /**
   * Every violation of the record, in the catalogue's field order; empty when it is valid.
   *
   * @param record the record
   * @return the errors and warnings, each once
   * @throws NullPointerException if {@code record} is null
   * @since 0.1.0
   */
  public List<Violation> validate(RegistrationRecord record) {
    Objects.requireNonNull(record, "record");
    List<Violation> found = new ArrayList<>();
    try {
      found.addAll(requiredFields.check(record));
    } catch (RuntimeException e) {
      found.add(failed(e));
    }
    try {
      for (ConstraintViolation<RegistrationRecord> violation : validator.validate(record)) {
        found.add(ConstraintViolations.toViolation(violation));
      }
    } catch (RuntimeException e) {
      // The validators catch their own failures; this is Hibernate Validator itself failing.
      found.add(failed(e));
    }
    return found.stream().sorted(ORDER).distinct().toList();
  }

  /**
   * Every code {@link #validate} can report, in the order violations of one field are listed.
   *
   * @return the codes: those of {@link RecordProblem}, {@link IdentityProblem}, {@code PHONE_FORMAT}
   *     and {@code DIVISION_FORMAT}
   * @since 0.1.0
   */
  public static List<String> codes() {
    return CODES;
  }

  private static List<String> codeList() {
    List<String> codes = new ArrayList<>();
    for (RecordProblem p : List.of(RecordProblem.REQUIRED, RecordProblem.TOO_LONG, RecordProblem.NOT_NUMERIC,
        RecordProblem.DATE_FORMAT, RecordProblem.DATE_TIME_FORMAT, RecordProblem.CODE_UNKNOWN,
        RecordProblem.OUT_OF_RANGE)) {
      codes.add(p.name());
    }
    for (IdentityProblem p : IdentityProblem.values()) {
      codes.add(p.name());
    }
    codes.add(PhoneNumber.PHONE_FORMAT);
    codes.add(DivisionCode.DIVISION_FORMAT);
    for (RecordProblem p : RecordProblem.values()) {
      if (!codes.contains(p.name())) {
        codes.add(p.name());
      }
    }
    return List.copyOf(codes);
  }

  private static Violation failed(RuntimeException e) {
    LOG.debug("record validation failed with {}", e.getClass().getName());
    return Violation.error(RecordProblem.VALIDATOR_FAILED.name(), Report.RECORD, Report.RECORD)
        .withArgument("exception", e.getClass().getName());
  }

  /**
   * A short form for logs, e.g. {@code RecordValidator[CodeBook[25 tables], RequiredFields[17 rows]]}.
   *
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return "RecordValidator[" + codeBook + ", " + requiredFields + (identityParser.isStrict() ? ", strict" : "") + "]";
  }

  private static final class Standard {
    static final RecordValidator INSTANCE =
        new RecordValidator(CodeTables.bundled(), IdentityParser.standard(), RequiredFields.bundled("national"));
  }

  /**
   * One Hibernate Validator factory for the library: built without {@code META-INF/validation.xml}
   * (the application's configuration is not ours to read) and with {@link
   * ParameterMessageInterpolator}, so that no Expression Language implementation is needed.
   */
  private static final class Engine {
    static final HibernateValidatorFactory FACTORY =
        Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .unwrap(HibernateValidatorFactory.class);
  }
}
