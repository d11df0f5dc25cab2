/**
 * Jakarta Bean Validation constraints for the record model, run by Hibernate Validator: {@link
 * io.github.canbao.registration.model.constraints.ValidIndicators} checks every field against its
 * {@link io.github.canbao.registration.model.indicator.Indicator} (length, type, code table), the
 * {@code @ValidX} constraints read identity numbers, phone numbers and division codes with the
 * {@code registration-codes} parsers, and three class-level constraints check fields against each
 * other. Each reports the violation codes of {@link
 * io.github.canbao.registration.model.constraints.RecordProblem}, {@link
 * io.github.canbao.registration.codes.identity.IdentityProblem}, {@code PHONE_FORMAT} and {@code
 * DIVISION_FORMAT}; messages come from the {@code ContributorValidationMessages} bundles.
 *
 * <p>Most callers use {@link io.github.canbao.registration.model.validation.RecordValidator}, which
 * runs these constraints and returns {@link io.github.canbao.registration.codes.Violation}s.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.model.constraints;
