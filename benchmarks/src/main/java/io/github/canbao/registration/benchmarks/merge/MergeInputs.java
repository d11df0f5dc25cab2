package io.github.canbao.registration.benchmarks.merge;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.identity.IdentityParser;
import io.github.canbao.registration.model.ContactNumber;
import io.github.canbao.registration.model.Enrolment;
import io.github.canbao.registration.model.RegistrationRecord;
import io.github.canbao.registration.model.SocialSecurityNumber;
import io.github.canbao.registration.model.io.RecordWriter;
import io.github.canbao.registration.testkit.person.People;
import io.github.canbao.registration.testkit.person.RegistrationRecords;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the inputs of {@code benchmarks/merge-throughput.sh}: three extracts (公安 public security,
 * 医保 medical, 养老 pension) of about {@code N} records together, from the testkit's people with a
 * fixed seed. A person is in 公安 with probability 0.8, in 医保 0.7, in 养老 0.5 (about two records a
 * person, so {@code N / 2} people). Each source carries what its system holds: 公安 the person and
 * household fields (1 % of its numbers in the old 15-digit form, 0.5 % with a bad check digit), 医保
 * name, birth date, a phone (different from 公安's for 5 %) and the medical enrolments, 养老 name,
 * birth date, the pension enrolments and the benefits. Each has its own {@code aae036}.
 *
 * <pre>{@code java -cp benchmarks.jar io.github.canbao.registration.benchmarks.merge.MergeInputs DIR N}</pre>
 */
public final class MergeInputs {

  private static final Set<String> MEDICAL = Set.of("310", "390");
  private static final Set<String> PENSION = Set.of("110", "120", "170");

  private MergeInputs() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    long total = Long.parseLong(args[1]);
    Files.createDirectories(dir);
    SplittableRandom random = new SplittableRandom(20261123L);
    RegistrationRecords people = People.records();
    IdentityParser parser = IdentityParser.standard();
    long written = 0;
    try (RecordWriter ga = writer(dir.resolve("ga.jsonl"));
        RecordWriter yb = writer(dir.resolve("yb.jsonl"));
        RecordWriter yl = writer(dir.resolve("yl.jsonl"))) {
      while (written < total) {
        RegistrationRecord person = people.next(random);
        String id = person.socialSecurityNumber().map(SocialSecurityNumber::value).orElse("");
        if (random.nextDouble() < 0.8) {
          String key = id;
          double defect = random.nextDouble();
          if (defect < 0.01) {
            ParseResult<IdentityNumber> parsed = parser.parse(id);
            if (parsed instanceof ParseResult.Valid<IdentityNumber> v) {
              key = v.value().downgrade().map(IdentityNumber::value).orElse(id);
            }
          } else if (defect < 0.015 && id.length() == 18) {
            key = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
          }
          ga.write(person.toBuilder().socialSecurityNumber(SocialSecurityNumber.of(key)).enrolments(List.of()).benefits(List.of())
              .handledAt("2026-0" + (1 + random.nextInt(9)) + "-15T09:00:00").build());
          written++;
        }
        if (random.nextDouble() < 0.7) {
          RegistrationRecord.Builder b = RegistrationRecord.builder().socialSecurityNumber(SocialSecurityNumber.of(id))
              .name(person.name().orElse(null)).birthDate(person.birthDate().orElse(null))
              .phone(random.nextDouble() < 0.05 ? ContactNumber.of("139" + String.format("%08d", random.nextInt(100_000_000))) : person.phone().orElse(null))
              .enrolments(person.enrolments().stream().filter(e -> type(e, MEDICAL)).toList())
              .handledAt("2026-0" + (1 + random.nextInt(9)) + "-20T10:00:00");
          yb.write(b.build());
          written++;
        }
        if (random.nextDouble() < 0.5) {
          yl.write(RegistrationRecord.builder().socialSecurityNumber(SocialSecurityNumber.of(id))
              .name(person.name().orElse(null)).birthDate(person.birthDate().orElse(null))
              .enrolments(person.enrolments().stream().filter(e -> type(e, PENSION)).toList())
              .benefits(person.benefits()).handledAt("2026-0" + (1 + random.nextInt(9)) + "-25T11:00:00").build());
          written++;
        }
      }
    }
    System.out.println(written + " records written to " + dir);
  }

  private static boolean type(Enrolment e, Set<String> types) {
    return e.insuranceType().filter(types::contains).isPresent();
  }

  private static RecordWriter writer(Path file) throws IOException {
    return RecordWriter.jsonLines(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20));
  }
}
