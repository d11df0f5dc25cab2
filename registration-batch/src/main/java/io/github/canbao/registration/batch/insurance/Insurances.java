package io.github.canbao.registration.batch.insurance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five insurances, in the order of the national forms (养老, 医疗, 工伤, 失业, 生育).
 *
 * <pre>{@code
 * for (Insurance insurance : Insurances.bundled()) {
 *   insurance.duplicateEnrolment(record);   // 重复参保
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Insurances {

  private static final List<Insurance> BUNDLED = load();

  private Insurances() {}

  /** The bundled list, from {@code insurances.csv}. */
  public static List<Insurance> bundled() {
    return BUNDLED;
  }

  /** The insurance with this key ({@code pension} …). */
  public static Optional<Insurance> find(String key) {
    return BUNDLED.stream().filter(i -> i.key().equals(key)).findFirst();
  }

  private static List<Insurance> load() {
    try (InputStream in = Insurances.class.getResourceAsStream("insurances.csv")) {
      if (in == null) {
        throw new IllegalStateException("insurances.csv is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Insurance> list = new ArrayList<>();
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split(",", -1);
        list.add(new Insurance(cells[0], cells[1], Arrays.asList(cells[2].split("\\|")), cells[3], cells[4].equals("yes")));
      }
      return List.copyOf(list);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
