package io.github.canbao.registration.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What a published module lets its users name is documented and changes only on purpose: every
 * public type and member outside {@code internal} packages has Javadoc with its {@code @since}
 * (style.md rule 7; constructors and enum constants take their type's), records an {@code @param}
 * per component, and the list of public signatures equals the module's
 * {@code api.txt}. A deliberate change to the API is made by running the build with {@code
 * -Dapi.update=true} and committing the new {@code api.txt}, so that the change shows in review;
 * {@code docs/decisions/0014-public-api.md} says what a change may be.
 */
@DisplayName("Public API: documented, and equal to each module's api.txt")
class PublicApiTest {

  private static final List<String> PUBLISHED = List.of(
      "registration-codes", "registration-model", "registration-rules", "registration-batch",
      "registration-spark", "registration-testkit", "registration-cli");

  @Test
  void everyPublicTypeAndMemberIsDocumented() throws IOException {
    List<String> undocumented = new ArrayList<>();
    for (String module : PUBLISHED) {
      SourceApi.read(Path.of("..", module)).undocumented().forEach(u -> undocumented.add(module + "/" + u));
    }
    assertThat(undocumented).as("public elements without Javadoc").isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> publicSignaturesEqualTheSnapshot() {
    return PUBLISHED.stream().map(module -> DynamicTest.dynamicTest(module, () -> {
      Path snapshot = Path.of("..", module, "api.txt");
      String actual = SourceApi.read(Path.of("..", module)).signatures();
      if (Boolean.getBoolean("api.update")) {
        Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
      }
      assertThat(Files.exists(snapshot)).as("%s exists (build once with -Dapi.update=true)", snapshot).isTrue();
      assertThat(actual)
          .as("%s: the public API changed. If on purpose, rebuild with -Dapi.update=true, commit the file,"
              + " and give new members @since", snapshot)
          .isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
    }));
  }
}
