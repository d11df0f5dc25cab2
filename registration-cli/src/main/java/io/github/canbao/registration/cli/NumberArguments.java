package io.github.canbao.registration.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Parameters;

/**
 * {@code [NUMBER ...]}: the identity numbers of {@code id check} and {@code id upgrade}, from the
 * arguments, or one a line from stdin (UTF-8) when none is given. Blank lines are skipped.
 *
 * @since 0.1.0
 */
final class NumberArguments {

  @Parameters(
      paramLabel = "NUMBER",
      arity = "0..*",
      description = "Identity numbers; when none is given, one a line from stdin.")
  List<String> numbers = new ArrayList<>();

  /** The numbers, in order, read lazily from stdin when none was given; closing closes nothing. */
  Stream<String> stream() {
    if (!numbers.isEmpty()) {
      return numbers.stream();
    }
    BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    return lines.lines().filter(line -> !line.isBlank());
  }
}
