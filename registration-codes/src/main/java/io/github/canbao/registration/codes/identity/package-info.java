/**
 * Social security numbers ({@code AAC002}): citizen identity numbers (GB 11643-1999 and the old
 * 15-digit GB 11643-1989 form), residence permits of Hong Kong, Macao and Taiwan residents,
 * foreigners' permanent residence cards, and locality-defined kinds.
 *
 * <pre>{@code
 * IdentityParser parser = IdentityParser.standard().asOf(LocalDate.of(2026, 11, 23));
 * ParseResult<IdentityNumber> result = parser.parse(text);
 * if (result instanceof ParseResult.Valid<IdentityNumber> valid) {
 *   IdentityNumber number = valid.value().upgrade();   // 15 -> 18
 *   number.birthDate(); number.sex(); number.ageAt(asOf);
 * } else {
 *   result.errors();    // ID_LENGTH, ID_CHARSET, ID_BIRTH_DATE, ID_PROVINCE, ID_CHECK_DIGIT …
 * }
 * IdentityNumber.mask(text);   // 440106********0011, for anything that may be logged
 * }</pre>
 *
 * <p>Parsing never throws for bad text; {@link
 * io.github.canbao.registration.codes.identity.IdentityParser#isValid(CharSequence)} allocates
 * nothing.
 *
 * @since 0.1.0
 */
package io.github.canbao.registration.codes.identity;
