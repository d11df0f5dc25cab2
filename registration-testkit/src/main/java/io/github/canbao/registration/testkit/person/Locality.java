package io.github.canbao.registration.testkit.person;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A street (or township) and community (or village) inside a county, with codes that extend the
 * county's: street = county + 3 digits, community = street + 3 digits, the way Guangdong numbers
 * them below GB/T 2260.
 *
 * @param county the county
 * @param streetName e.g. {@code 石牌街道} or {@code 新塘镇}
 * @param streetCode the county code and three digits
 * @param communityName e.g. {@code 华侨社区} or {@code 凤凰村}
 * @param communityCode the street code and three digits
 */
record Locality(County county, String streetName, String streetCode, String communityName, String communityCode) {

  private static final List<String> WORDS =
      List.of(
          "东山", "西湖", "南城", "北港", "石牌", "龙洞", "新塘", "沙河", "长安", "永和", "凤凰", "金沙", "白云",
          "城关", "桂城", "大良", "莲花", "华侨", "滨江", "和平", "太平", "朝阳", "文昌", "新华", "建设", "光明",
          "青山", "碧水", "东湖", "南岭");
  private static final List<String> ROADS =
      List.of(
          "中山路", "解放路", "人民路", "建设路", "和平路", "新华路", "文化路", "东风路", "环城路", "滨江路",
          "学府路", "工业大道");

  /** A street and community in {@code county}. */
  static Locality in(County county, RandomGenerator random) {
    boolean urban = random.nextInt(3) != 0;
    String streetCode = county.code() + threeDigits(random);
    String street = WORDS.get(random.nextInt(WORDS.size())) + (urban ? "街道" : "镇");
    String community = WORDS.get(random.nextInt(WORDS.size())) + (urban ? "社区" : "村");
    return new Locality(county, street, streetCode, community, streetCode + threeDigits(random));
  }

  /** A full address here (division, street, community, road, door and room): well under 150 characters. */
  String address(RandomGenerator random) {
    return county.place() + streetName + communityName + ROADS.get(random.nextInt(ROADS.size()))
        + (1 + random.nextInt(300)) + "号" + (1 + random.nextInt(20)) + "栋"
        + (1 + random.nextInt(30)) + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(8));
  }

  /** 001–099: small numbers, as real street and community numbering runs. */
  private static String threeDigits(RandomGenerator random) {
    return String.format(Locale.ROOT, "%03d", 1 + random.nextInt(99));
  }
}
