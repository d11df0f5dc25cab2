package io.github.canbao.registration.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.rules.RuleSet;
import io.github.canbao.registration.spark.RuleSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ShippedLocality: a folder travels as its files and compiles once per JVM (issue 9)")
class ShippedLocalityTest {

  @Test
  @DisplayName("serialised, then compiled from its files on the 'executor', to the same rule set; held once per key")
  void compilesFromItsFiles(@TempDir Path parent) throws Exception {
    Path folder = Files.createDirectories(parent.resolve("shenzhen"));
    Files.writeString(folder.resolve("locality.properties"), "extends=guangdong\ndescription=test\nprovince=44\n");
    Files.createDirectories(folder.resolve("codes"));
    Files.createDirectories(folder.resolve("scenarios"));
    Files.writeString(folder.resolve("scenarios/ignored.csv"), "not shipped\n");
    ShippedLocality shipped = ShippedLocality.of(RuleSource.folder(folder));

    ShippedLocality received = roundTrip(shipped);
    RuleSet first = RuleSetHolder.get(received);
    RuleSet second = RuleSetHolder.get(roundTrip(shipped));

    assertThat(first.name()).isEqualTo("shenzhen");
    assertThat(first.chain()).containsExactly("shenzhen", "guangdong", "national");
    assertThat(second).as("one compile per key and JVM").isSameAs(first);
    assertThat(received.key()).isEqualTo(shipped.key()).startsWith("folder:shenzhen:");
  }

  @Test
  @DisplayName("an edited folder is another key: a long-lived executor never serves a stale compile")
  void contentIsPartOfTheKey(@TempDir Path parent) throws IOException {
    Path folder = Files.createDirectories(parent.resolve("shenzhen"));
    Files.writeString(folder.resolve("locality.properties"), "extends=guangdong\ndescription=one\n");
    String before = ShippedLocality.of(RuleSource.folder(folder)).key();
    Files.writeString(folder.resolve("locality.properties"), "extends=guangdong\ndescription=two\n");
    assertThat(ShippedLocality.of(RuleSource.folder(folder)).key()).isNotEqualTo(before);
  }

  private static ShippedLocality roundTrip(ShippedLocality locality) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(locality);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ShippedLocality) in.readObject();
    }
  }
}
