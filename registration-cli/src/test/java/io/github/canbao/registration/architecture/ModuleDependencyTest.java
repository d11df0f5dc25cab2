package io.github.canbao.registration.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The module dependency directions of style.md and issue 8, checked on the compiled classes of
 * every module the command line puts on its class path: {@code codes ← model ← rules ← batch ←
 * cli}, and the testkit depends on what it generates for, never the other way. The build files
 * already forbid a cycle between modules; this also catches a class reaching past its module
 * through a transitive dependency (model code calling Drools, rules code calling the testkit).
 */
@DisplayName("architecture: module dependency directions and the API's own types")
class ModuleDependencyTest {

  private static final String ROOT = "io.github.canbao.registration";
  private static final String CODES = ROOT + ".codes..";
  private static final String MODEL = ROOT + ".model..";
  private static final String RULES = ROOT + ".rules..";
  private static final String BATCH = ROOT + ".batch..";
  private static final String TESTKIT = ROOT + ".testkit..";
  private static final String CLI = ROOT + ".cli..";

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  }

  @Test
  @DisplayName("codes depends on no other module, on no Jackson, Drools or Bean Validation")
  void codes() {
    noClasses().that().resideInAPackage(CODES)
        .should().dependOnClassesThat().resideInAnyPackage(MODEL, RULES, BATCH, TESTKIT, CLI,
            "com.fasterxml..", "org.drools..", "org.kie..", "jakarta.validation..", "org.hibernate..")
        .check(classes);
  }

  @Test
  @DisplayName("model depends on codes only, not on rules, batch, testkit, cli or Drools")
  void model() {
    noClasses().that().resideInAPackage(MODEL)
        .should().dependOnClassesThat().resideInAnyPackage(RULES, BATCH, TESTKIT, CLI, "org.drools..", "org.kie..")
        .check(classes);
  }

  @Test
  @DisplayName("rules depends on model and codes, not on batch, testkit or cli")
  void rules() {
    noClasses().that().resideInAPackage(RULES)
        .should().dependOnClassesThat().resideInAnyPackage(BATCH, TESTKIT, CLI)
        .check(classes);
  }

  @Test
  @DisplayName("batch depends on rules and below, not on testkit or cli")
  void batch() {
    noClasses().that().resideInAPackage(BATCH)
        .should().dependOnClassesThat().resideInAnyPackage(TESTKIT, CLI)
        .check(classes);
  }

  @Test
  @DisplayName("no library module depends on the command line")
  void cliIsALeaf() {
    noClasses().that().resideOutsideOfPackage(CLI)
        .should().dependOnClassesThat().resideInAPackage(CLI)
        .check(classes);
  }

  @Test
  @DisplayName("the testkit is used by the command line's demo only, never by a library module")
  void testkitIsNotALibraryDependency() {
    noClasses().that().resideInAnyPackage(CODES, MODEL, RULES, BATCH)
        .should().dependOnClassesThat().resideInAPackage(TESTKIT)
        .check(classes);
  }

  @Test
  @DisplayName("internal packages are used inside their own module only")
  void internalStaysInside() {
    noClasses().that().resideOutsideOfPackage(RULES)
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".rules.internal..")
        .check(classes);
    noClasses().that().resideOutsideOfPackage(BATCH)
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".batch.internal..")
        .check(classes);
  }

  @Test
  @DisplayName("public methods of the API return no Drools, KIE or Guava type (style.md: JDK types in signatures)")
  void publicSignatures() {
    methods().that().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage(CODES, MODEL, RULES, BATCH)
        .and().areDeclaredInClassesThat().resideOutsideOfPackages(ROOT + ".rules.internal..", ROOT + ".batch.internal..")
        .and().areDeclaredInClassesThat().arePublic()
        .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
            "no Drools, KIE or Guava type",
            type -> !type.getPackageName().startsWith("org.drools")
                && !type.getPackageName().startsWith("org.kie")
                && !type.getPackageName().startsWith("com.google.common")))
        .check(classes);
  }
}
