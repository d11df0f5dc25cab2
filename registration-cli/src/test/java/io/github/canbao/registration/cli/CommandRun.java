package io.github.canbao.registration.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One in-process run of the command line, with stdin given and stdout and stderr captured.
 *
 * @param status the exit status
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CommandRun(int status, String out, String err) {

  /** Runs {@code args} with an empty stdin. */
  static CommandRun of(String... args) {
    return withStdin("", args);
  }

  /** Runs {@code args} with {@code stdin} (UTF-8) as standard input. */
  static synchronized CommandRun withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      PrintWriter outWriter = new PrintWriter(out);
      PrintWriter errWriter = new PrintWriter(err);
      int status = RegistrationCommand.commandLine(outWriter, errWriter).execute(args);
      outWriter.flush();
      errWriter.flush();
      return new CommandRun(status, out.toString(), err.toString());
    } finally {
      System.setIn(original);
    }
  }

  /** The lines of stdout. */
  List<String> outLines() {
    return out.lines().toList();
  }
}
