package io.github.canbao.registration.cli;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.identity.IdentityNumber;
import io.github.canbao.registration.codes.identity.IdentityParser;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code registration id upgrade}: each valid 15-digit number in its 18-digit form, any other valid
 * number normalised, an invalid one as {@code ERROR <code>} ({@code cli.md}).
 *
 * @since 0.1.0
 */
@Command(
    name = "upgrade",
    header = "Upgrades 15-digit identity numbers to 18 digits, one a line on stdout.",
    description = {
      "A valid 15-digit number becomes its 18-digit form (GB 11643-1999); any other valid number is",
      "echoed normalised (upper-case X); an invalid one gives a line ERROR <code>, and exit status 1."
    },
    mixinStandardHelpOptions = true)
final class IdUpgradeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin NumberArguments numbers;

  @Override
  public Integer call() {
    IdentityParser parser = IdentityParser.standard();
    PrintWriter out = spec.commandLine().getOut();
    long invalid = 0;
    long read = 0;
    try (Stream<String> texts = numbers.stream()) {
      for (Iterator<String> it = texts.iterator(); it.hasNext(); ) {
        ParseResult<IdentityNumber> result = parser.upgrade(it.next());
        read++;
        if (result instanceof ParseResult.Valid<IdentityNumber> valid) {
          out.println(valid.value().value());
        } else {
          invalid++;
          out.println("ERROR " + result.errors().get(0).code());
        }
      }
    }
    out.flush();
    spec.commandLine().getErr().printf("id upgrade: %,d read, %,d invalid%n", read, invalid);
    return ExitStatus.of(invalid == 0);
  }
}
