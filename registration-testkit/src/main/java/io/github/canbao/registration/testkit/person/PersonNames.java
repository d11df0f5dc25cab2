package io.github.canbao.registration.testkit.person;

import io.github.canbao.registration.codes.table.Sex;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Chinese personal names of 2 to 4 characters: a surname of one character (rarely two) and a given
 * name of one or two. Drawn from short fixed lists so that a seed always gives the same name.
 */
final class PersonNames {

  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
          + "金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔汤";
  private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "司徒");
  private static final String MALE = "伟强磊军勇杰涛明超斌辉鹏华刚建国志平文俊浩宇晨博旭东林峰";
  private static final String FEMALE = "芳娜敏静丽艳娟霞秀英玲婷雪琳倩颖佳慧欣怡梅兰萍红燕月";
  private static final String EITHER = "子嘉思雨晓安一家春秋海天";

  private PersonNames() {}

  /** A name for a person of this sex ({@code 1} male, {@code 2} female). */
  static String next(RandomGenerator random, String sex) {
    StringBuilder name = new StringBuilder(4);
    if (random.nextInt(40) == 0) {
      name.append(COMPOUND_SURNAMES.get(random.nextInt(COMPOUND_SURNAMES.size())));
    } else {
      name.append(pick(SURNAMES, random));
    }
    String pool = Sex.FEMALE.equals(sex) ? FEMALE : MALE;
    if (random.nextInt(3) == 0) {
      name.append(pick(pool, random));
    } else {
      name.append(pick(random.nextBoolean() ? EITHER : pool, random)).append(pick(pool, random));
    }
    return name.toString();
  }

  /** A run of given-name characters longer than any name field allows (21 to 24 characters). */
  static String tooLong(RandomGenerator random) {
    StringBuilder name = new StringBuilder(24);
    int length = 21 + random.nextInt(4);
    while (name.length() < length) {
      name.append(pick(EITHER, random));
    }
    return name.toString();
  }

  private static char pick(String characters, RandomGenerator random) {
    return characters.charAt(random.nextInt(characters.length()));
  }
}
