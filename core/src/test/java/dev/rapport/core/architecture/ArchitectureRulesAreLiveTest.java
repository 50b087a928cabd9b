package dev.rapport.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule, run on a fixture package that breaks it, must report the breach:
 * a rule guarding a misspelt or empty package would otherwise pass forever.
 */
class ArchitectureRulesAreLiveTest {

  private static final String FIXTURES = "dev.rapport.archfixture";

  private static EvaluationResult evaluate(String fixture, ArchRule rule) {
    JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + "." + fixture);
    return rule.evaluate(classes);
  }

  private static ArchitectureRules rulesOf(String fixture) {
    return ArchitectureRules.forRoot(FIXTURES + "." + fixture);
  }

  @Test
  void coreDependsOnlyOnJdkGuavaAndImmutables_catchesAForeignLibrary() {
    EvaluationResult result = evaluate("impure", rulesOf("impure").coreDependsOnlyOnJdkGuavaAndImmutables());
    assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("UsesForeignLibrary") && d.contains("assertj"));
  }

  @Test
  void coreDoesNoIo_catchesJdbc() {
    EvaluationResult result = evaluate("impure", rulesOf("impure").coreDoesNoIo());
    assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("UsesJdbc") && d.contains("java.sql"));
  }

  @Test
  void coreDoesNotPrint_catchesSystemOut() {
    EvaluationResult result = evaluate("impure", rulesOf("impure").coreDoesNotPrint());
    assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("Prints") && d.contains("System.out"));
  }

  @Test
  void coreReadsTimeOnlyFromAClock_catchesNowWithoutAClock_andAllowsNowWithOne() {
    EvaluationResult result = evaluate("impure", rulesOf("impure").coreReadsTimeOnlyFromAClock());
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("ReadsSystemClock") && d.contains("LocalDate.now()"))
        .noneMatch(d -> d.contains("ReadsAnInjectedClock"));
  }

  @Test
  void domainDependsOnNothingOutsideIt_catchesAModelUsingAService() {
    EvaluationResult result = evaluate("leaky", rulesOf("leaky").domainDependsOnNothingOutsideIt());
    assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("LeakyModel") && d.contains("SomeService"));
  }

  @Test
  void outboundPortsDependOnTheDomainOnly_catchesAPortHandingOutAPolicyValue_andAllowsTheModel() {
    EvaluationResult result = evaluate("leaky", rulesOf("leaky").outboundPortsDependOnTheDomainOnly());
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("AnalysisRepository") && d.contains("SomeAnalysis"))
        .noneMatch(d -> d.contains("parameter of type <dev.rapport.archfixture.leaky.core.domain.LeakyModel>"));
  }

  @Test
  void coreIsLayered_catchesAPolicyCallingAService() {
    EvaluationResult result = evaluate("leaky", rulesOf("leaky").coreIsLayered());
    assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("RuleCallingAService") && d.contains("SomeService"));
  }

  @Test
  void adaptersDoNotDependOnEachOther_catchesJdbcUsingCsv() {
    EvaluationResult result = evaluate("coupled", rulesOf("coupled").adaptersDoNotDependOnEachOther());
    assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("Store") && d.contains("Reader"));
  }

  @Test
  void adaptersDoNotUseCoreServices_catchesAnAdapterTakingTheFacade_andAllowsOneTakingAUseCase() {
    EvaluationResult result = evaluate("serviced", rulesOf("serviced").adaptersDoNotUseCoreServices());
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("TakesTheFacade") && d.contains("Facade"))
        .noneMatch(d -> d.contains("TakesAUseCase"));
  }

  @Test
  void nothingDependsOnTheShell_catchesAnAdapterUsingTheShell() {
    EvaluationResult result = evaluate("coupled", rulesOf("coupled").nothingDependsOnTheShell());
    assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("Reader") && d.contains("Ui"));
  }

  @Test
  void shellUsesAdaptersOnlyThroughEntryPoints_catchesAnInternal_andAllowsTheEntryPoint() {
    EvaluationResult result = evaluate("bypass", rulesOf("bypass").shellUsesAdaptersOnlyThroughEntryPoints("JdbcStore"));
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("ContactRow"))
        .noneMatch(d -> d.contains("type <dev.rapport.archfixture.bypass.adapter.jdbc.JdbcStore>"));
  }

  @Test
  void inboundPortsHoldNoConcurrency_catchesAFutureInAPort() {
    EvaluationResult result = evaluate("leaky", rulesOf("leaky").inboundPortsHoldNoConcurrency());
    assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("FutureCommand") && d.contains("java.util.concurrent"));
  }

  @Test
  void onlyAdapterEntryClassesArePublic_catchesAPublicInternal_andAllowsTheEntryPoint() {
    EvaluationResult result = evaluate("bypass", rulesOf("bypass").onlyAdapterEntryClassesArePublic("JdbcStore"));
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("ContactRow"))
        .noneMatch(d -> d.contains("JdbcStore"));
  }

  @Test
  void packagesAreFreeOfCycles_catchesACycle() {
    EvaluationResult result = evaluate("cycle", rulesOf("cycle").packagesAreFreeOfCycles());
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("Cycle detected").contains("cycle.a").contains("cycle.b");
  }
}
