package io.github.canbao.registration.testkit.identity;

import io.github.canbao.registration.testkit.Gen;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Numbers of foreigners' permanent residence ID cards (外国人永久居留身份证; {@code identity.md}).
 * By default the 2023 form: 18 characters, {@code 9}, a two-digit province of issue, a three-digit
 * nationality code, the birth date, a sequence whose parity is the sex and the GB 11643 check
 * character. {@link #form2004()} gives the 2004 form: three letters (nationality) and twelve digits,
 * which has no public check algorithm, so a parser accepts it by shape with {@code
 * ID_NOT_VERIFIABLE}.
 *
 * <pre>{@code
 * Gen<String> cards = Identities.foreignPermanentResidents().bornBetween(1970, 2000).numbers();
 * Gen<String> oldCards = Identities.foreignPermanentResidents().form2004().numbers();
 * }</pre>
 *
 * <p>The {@link GeneratedIdentity#division()} of a card is its province of issue followed by {@code
 * 0000}. The digits of a 2004 card are drawn as a province, the birth date {@code YYMMDD}, a
 * sequence and a last digit, but nothing may be read from them: the format is not public.
 *
 * @since 0.1.0
 */
public final class ForeignPermanentResidenceNumbers implements Gen<GeneratedIdentity> {

  /** Provinces of issue: those with most permanent residents (Beijing, Shanghai, Guangdong …). */
  private static final List<String> PROVINCES = List.of("11", "12", "31", "32", "33", "35", "37", "44", "51", "53");
  /** ISO 3166 numeric and alpha-3 codes of a few nationalities, for the 2023 and 2004 forms. */
  private static final List<String> NATIONALITIES = List.of("840", "392", "410", "276", "250", "826", "643", "036");
  private static final List<String> NATIONALITY_LETTERS = List.of("USA", "JPN", "KOR", "DEU", "FRA", "GBR", "RUS", "AUS");
  private static final Set<IdentityDefect> DEFECTS_2023 =
      Set.of(IdentityDefect.CHECK_DIGIT, IdentityDefect.LENGTH, IdentityDefect.CHARSET);
  private static final Set<IdentityDefect> DEFECTS_2004 = Set.of(IdentityDefect.LENGTH, IdentityDefect.CHARSET);

  private final boolean form2004;
  private final CitizenNumbers shape; // the birth dates and sex
  private final IdentityDefect defect; // null: valid

  private ForeignPermanentResidenceNumbers(boolean form2004, CitizenNumbers shape, IdentityDefect defect) {
    this.form2004 = form2004;
    this.shape = shape;
    this.defect = defect;
  }

  static ForeignPermanentResidenceNumbers all() {
    return new ForeignPermanentResidenceNumbers(false, Identities.citizenNumbers(), null);
  }

  /**
   * Cards of the 2004 form (three letters and twelve digits), valid by shape only.
   *
   * @return the generator
   * @throws IllegalArgumentException if the generator already has a defect the 2004 form cannot
   *     carry ({@code CHECK_DIGIT})
   * @since 0.1.0
   */
  public ForeignPermanentResidenceNumbers form2004() {
    if (defect != null && !DEFECTS_2004.contains(defect)) {
      throw new IllegalArgumentException(defect + " does not apply to the 2004 form, which has no public check");
    }
    return new ForeignPermanentResidenceNumbers(true, shape, defect);
  }

  /**
   * Cards of holders born in the years {@code fromYear} to {@code toYear}, both included.
   *
   * @param fromYear the first year
   * @param toYear the last year
   * @return the generator
   * @throws IllegalArgumentException if {@code fromYear} is after {@code toYear}
   * @since 0.1.0
   */
  public ForeignPermanentResidenceNumbers bornBetween(int fromYear, int toYear) {
    return new ForeignPermanentResidenceNumbers(form2004, shape.bornBetween(fromYear, toYear), defect);
  }

  /**
   * Cards of men (odd sequence number).
   *
   * @return the generator
   * @since 0.1.0
   */
  public ForeignPermanentResidenceNumbers male() {
    return new ForeignPermanentResidenceNumbers(form2004, shape.male(), defect);
  }

  /**
   * Cards of women (even sequence number).
   *
   * @return the generator
   * @since 0.1.0
   */
  public ForeignPermanentResidenceNumbers female() {
    return new ForeignPermanentResidenceNumbers(form2004, shape.female(), defect);
  }

  /**
   * Cards with exactly this defect: {@code CHECK_DIGIT}, {@code LENGTH} or {@code CHARSET} (the
   * 2004 form: {@code LENGTH} or {@code CHARSET}). A card's birth date and province are not checked
   * by any public rule, so no other defect applies.
   *
   * @param newDefect the defect
   * @return the generator
   * @throws IllegalArgumentException for a defect the form cannot carry
   * @since 0.1.0
   */
  public ForeignPermanentResidenceNumbers withDefect(IdentityDefect newDefect) {
    Objects.requireNonNull(newDefect, "newDefect");
    if (!(form2004 ? DEFECTS_2004 : DEFECTS_2023).contains(newDefect)) {
      throw new IllegalArgumentException(newDefect + " does not apply to a permanent residence card"
          + (form2004 ? " of the 2004 form" : ""));
    }
    return new ForeignPermanentResidenceNumbers(form2004, shape, newDefect);
  }

  /**
   * The numbers alone, as text.
   *
   * @return the generator
   * @since 0.1.0
   */
  public Gen<String> numbers() {
    return map(GeneratedIdentity::number);
  }

  @Override
  public GeneratedIdentity next(RandomGenerator random) {
    // The birth date and sex come from the citizen generator, so the options mean the same there.
    GeneratedIdentity person = shape.next(random);
    LocalDate birth = person.birthDate();
    String province = PROVINCES.get(random.nextInt(PROVINCES.size()));
    int nationality = random.nextInt(NATIONALITIES.size());
    String sequence = person.number().substring(14, 17);
    String date = String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
    StringBuilder number = new StringBuilder(18);
    if (form2004) {
      number.append(NATIONALITY_LETTERS.get(nationality)).append(province).append(date, 2, 8).append(sequence)
          .append((char) ('0' + random.nextInt(10)));
    } else {
      number.append('9').append(province).append(NATIONALITIES.get(nationality)).append(date).append(sequence);
      number.append(CitizenNumbers.check(number));
    }
    if (defect != null) {
      broken(number, random);
    }
    return new GeneratedIdentity(number.toString(), birth, person.sex(), province + "0000", Optional.ofNullable(defect));
  }

  private void broken(StringBuilder number, RandomGenerator random) {
    // Only digits after the kind's marker change, so the number is still read as this kind.
    int firstDigit = form2004 ? 3 : 1;
    int lastDigit = form2004 ? number.length() - 1 : number.length() - 2;
    switch (defect) {
      case CHECK_DIGIT -> {
        char right = number.charAt(17);
        char wrong;
        do {
          wrong = "0123456789X".charAt(random.nextInt(11));
        } while (wrong == right);
        number.setCharAt(17, wrong);
      }
      case LENGTH -> {
        if (random.nextBoolean()) {
          number.deleteCharAt(random.nextInt(firstDigit, number.length()));
        } else {
          number.insert(random.nextInt(firstDigit, number.length() + 1), (char) ('0' + random.nextInt(10)));
        }
      }
      case CHARSET -> number.setCharAt(random.nextInt(firstDigit, lastDigit + 1), (char) ('A' + random.nextInt(23)));
      default -> throw new IllegalStateException("unreachable: checked in withDefect");
    }
  }

  @Override
  public String toString() {
    return "ForeignPermanentResidenceNumbers[" + (form2004 ? "2004" : "2023") + ", " + shape
        + (defect == null ? "" : ", " + defect) + "]";
  }
}
