package io.github.canbao.registration.benchmarks;

import io.github.canbao.registration.testkit.identity.IdentityDefect;
import io.github.canbao.registration.testkit.identity.Identities;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The inputs both libraries are measured on: a fixed-seed mix shaped like a real extract — mostly
 * valid 18-character numbers, some old 15-digit ones, and one in ten broken in one of the ways the
 * testkit names.
 */
final class IdentityInputs {

  static final long SEED = 20261123L;

  private IdentityInputs() {}

  static String[] mix(int size) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<String> numbers = new ArrayList<>(size);
    var valid18 = Identities.citizenNumbers().numbers();
    var valid15 = Identities.citizenNumbers().fifteenDigit().numbers();
    IdentityDefect[] defects = IdentityDefect.values();
    for (int i = 0; i < size; i++) {
      int pick = i % 20;
      if (pick < 16) {
        numbers.add(valid18.next(random));
      } else if (pick < 18) {
        numbers.add(valid15.next(random));
      } else {
        IdentityDefect defect = defects[random.nextInt(defects.length)];
        numbers.add(Identities.citizenNumbers().withDefect(defect).numbers().next(random));
      }
    }
    Collections.shuffle(numbers, new Random(SEED));
    return numbers.toArray(String[]::new);
  }
}
