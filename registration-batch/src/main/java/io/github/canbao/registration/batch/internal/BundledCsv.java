package io.github.canbao.registration.batch.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A data file bundled with this module (insurances, survey reasons, report columns): UTF-8 CSV
 * with a header row, {@code #} comments and blank lines, no quoting. The files are ours and fixed at
 * build time, so a missing one is a broken jar, not bad input.
 */
public final class BundledCsv {

  private BundledCsv() {}

  /**
   * The data rows of {@code resource} (relative to {@code anchor}'s package), header, comments and
   * blank lines left out, each split at every comma.
   *
   * @throws IllegalStateException if the jar lacks the file
   */
  public static List<String[]> rows(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split(",", -1));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
