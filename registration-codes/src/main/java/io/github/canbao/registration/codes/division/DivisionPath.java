package io.github.canbao.registration.codes.division;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The names of the province, prefecture and county a GB/T 2260 code stands in, e.g. 广东省 /
 * 广州市 / 天河区 for 440106.
 *
 * <p>A level is empty when the code does not reach it (a province has no prefecture or county)
 * or when the data has no division for it (a county directly under its province). The names are
 * the latest ones; the prefecture of a municipality's district is the grouping GB/T 2260 gives,
 * e.g. 北京市 / 市辖区 / 朝阳区.
 *
 * @param province the province-level name
 * @param prefecture the prefecture-level name (or grouping such as 市辖区, 省直辖县级行政区划)
 * @param county the county-level name
 * @since 0.1.0
 */
public record DivisionPath(
    Optional<String> province, Optional<String> prefecture, Optional<String> county) {

  /**
   * Checks for nulls.
   *
   * @param province the province-level name
   * @param prefecture the prefecture-level name or grouping
   * @param county the county-level name
   * @throws NullPointerException if an argument is null
   */
  public DivisionPath {
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(prefecture, "prefecture");
    Objects.requireNonNull(county, "county");
  }

  /**
   * The names that are present, from the province down.
   *
   * @return e.g. {@code [广东省, 广州市, 天河区]}
   * @since 0.1.0
   */
  public List<String> names() {
    List<String> names = new ArrayList<>(3);
    province.ifPresent(names::add);
    prefecture.ifPresent(names::add);
    county.ifPresent(names::add);
    return List.copyOf(names);
  }
}
