package io.github.canbao.registration.batch.insurance;

import io.github.canbao.registration.batch.internal.BundledCsv;
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

  /**
   * The bundled list, from {@code insurances.csv}.
   *
   * @since 0.1.0
   */
  public static List<Insurance> bundled() {
    return BUNDLED;
  }

  /**
   * The insurance with this key ({@code pension} …).
   *
   * @since 0.1.0
   */
  public static Optional<Insurance> find(String key) {
    return BUNDLED.stream().filter(i -> i.key().equals(key)).findFirst();
  }

  private static List<Insurance> load() {
    List<Insurance> list = new ArrayList<>();
    for (String[] cells : BundledCsv.rows(Insurances.class, "insurances.csv")) {
      list.add(new Insurance(cells[0], cells[1], Arrays.asList(cells[2].split("\\|")), cells[3], cells[4].equals("yes"), cells[5].equals("yes")));
    }
    return List.copyOf(list);
  }
}
