package io.github.canbao.registration.spark;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;

/**
 * Compares two outputs line by line and, on a difference, names the first differing line by its
 * index only: a record's JSON holds whole identity and phone numbers, which a failure message must
 * not print (house style rule 6).
 */
public final class SameLines {

  private SameLines() {}

  public static void assertSame(List<String> actual, List<String> expected) {
    if (actual.size() != expected.size()) {
      fail("%d lines, expected %d", actual.size(), expected.size());
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!actual.get(i).equals(expected.get(i))) {
        fail("line %d of %d differs (content not printed: it holds identity numbers)", i + 1, expected.size());
      }
    }
  }
}
