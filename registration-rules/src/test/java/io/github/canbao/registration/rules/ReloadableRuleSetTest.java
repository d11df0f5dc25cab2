package io.github.canbao.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.canbao.registration.model.RegistrationRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reload: a new build is published only if it compiled cleanly")
class ReloadableRuleSetTest {

  private static final DeriveOptions AS_OF = DeriveOptions.asOf(LocalDate.of(2026, 11, 23));

  @Test
  void reloadKeepsOldRulesOnErrorAndSwapsOnSuccess(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("locality.properties"), "extends=national\nretirementAgeMale=60\n");
    ReloadableRuleSet rules = ReloadableRuleSet.of(() -> RuleSets.load(folder)).orElseThrow();
    RegistrationRecord man62 =
        RegistrationRecord.builder().birthDate("19640101").sex("1").hukouLocal(true).build();
    assertThat(rules.current().derive(man62, AS_OF).noUnitType()).contains("5");

    RuleSet before = rules.current();
    Files.writeString(folder.resolve("derive-broken.drl"), "package x;\nrule \"r\" when Person( ) then end end\n");
    LoadResult failed = rules.reload();
    assertThat(failed.problems()).isNotEmpty();
    assertThat(rules.current()).isSameAs(before);

    Files.delete(folder.resolve("derive-broken.drl"));
    Files.writeString(folder.resolve("locality.properties"), "extends=national\nretirementAgeMale=65\n");
    assertThat(rules.reload().ruleSet()).isPresent();
    assertThat(rules.current()).isNotSameAs(before);
    assertThat(rules.current().derive(man62, AS_OF).noUnitType()).contains("3");
  }
}
