package io.github.canbao.registration.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.canbao.registration.model.RegistrationRecord;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("style rule 11: one discoverable RegistrationModule with a real name and version")
class RegistrationModuleTest {

  @Test
  @DisplayName("findAndRegisterModules() finds the module through META-INF/services")
  void discoverable() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(RegistrationModule.NAME);
    RegistrationRecord record = mapper.readValue("{\"aac003\":\"陈小明\",\"aac006\":\"2016-09-01\"}", RegistrationRecord.class);
    assertThat(record.birthDate()).contains("20160901");
  }

  @Test
  @DisplayName("the name is io.github.canbao.registration and the version comes from the build")
  void nameAndVersion() {
    RegistrationModule module = new RegistrationModule();
    assertThat(module.getModuleName()).isEqualTo("io.github.canbao.registration").isEqualTo(RegistrationModule.NAME);
    Version version = module.version();
    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("io.github.canbao");
    assertThat(version.getArtifactId()).isEqualTo("registration-model");
    assertThat(version.getMajorVersion()).isZero();
    assertThat(version.getMinorVersion()).isEqualTo(1);
  }

  @Test
  @DisplayName("a second registration is ignored, and Jdk8Module comes with it")
  void registeredOnce() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RegistrationModule()).registerModule(new RegistrationModule());
    assertThat(mapper.getRegisteredModuleIds())
        .containsOnlyOnce(RegistrationModule.NAME)
        .contains(com.fasterxml.jackson.datatype.jdk8.Jdk8Module.class.getName());
  }
}
