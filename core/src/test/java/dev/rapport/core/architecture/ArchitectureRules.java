package dev.rapport.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The architecture of Rapport as ArchUnit rules, for a product rooted at a package. The real
 * tests apply them to {@code dev.rapport}; the liveness tests apply the same rules to fixture
 * packages that break them, so a rule that checks nothing cannot pass unnoticed.
 */
public final class ArchitectureRules {

  private static final List<Class<?>> CLOCK_READERS = List.of(Instant.class, LocalDate.class, LocalDateTime.class,
      LocalTime.class, ZonedDateTime.class, OffsetDateTime.class, Year.class, YearMonth.class, MonthDay.class);

  private final String root;

  private ArchitectureRules(String root) {
    this.root = root;
  }

  /** The rules for the product whose packages start with {@code root}. */
  public static ArchitectureRules forRoot(String root) {
    return new ArchitectureRules(root);
  }

  private String core() {
    return root + ".core..";
  }

  /** Core depends on the JDK, Guava and Immutables only. */
  public ArchRule coreDependsOnlyOnJdkGuavaAndImmutables() {
    return classes().that().resideInAPackage(core())
        .should().onlyDependOnClassesThat(resideInAnyPackage(core(), "java..", "javax.annotation..",
            "com.google.common..", "com.google.errorprone.annotations..", "org.immutables.."))
        .because("core is a pure domain: embedders get no surprises on the classpath");
  }

  /** Core does no I/O: no JDBC, no files, no network. */
  public ArchRule coreDoesNoIo() {
    return noClasses().that().resideInAPackage(core())
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.nio.file..", "java.net..")
        .because("storage, files and the network belong to adapters behind the ports");
  }

  /** Core never prints. */
  public ArchRule coreDoesNotPrint() {
    return noClasses().that().resideInAPackage(core())
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .because("core is a library: output is the shell's business");
  }

  /** Core reads time only from an injected clock. */
  public ArchRule coreReadsTimeOnlyFromAClock() {
    ArchCondition<JavaClass> condition = ArchConditions.callMethodWhere(systemClockRead()).as("read the system clock");
    return noClasses().that().resideInAPackage(core()).should(condition)
        .because("time comes through an injected java.time.Clock, so rules are deterministic and testable");
  }

  private static DescribedPredicate<JavaMethodCall> systemClockRead() {
    return DescribedPredicate.describe("a read of the system clock", call -> {
      String owner = call.getTargetOwner().getName();
      String name = call.getName();
      boolean noArgNow = name.equals("now") && call.getTarget().getRawParameterTypes().isEmpty()
          && CLOCK_READERS.stream().anyMatch(c -> c.getName().equals(owner));
      boolean systemClock = owner.equals(Clock.class.getName()) && name.startsWith("system");
      boolean systemTime = owner.equals(System.class.getName())
          && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
      return noArgNow || systemClock || systemTime;
    });
  }

  /** The domain model knows nothing of rules, ports, services, adapters or the shell. */
  public ArchRule domainDependsOnNothingOutsideIt() {
    return noClasses().that().resideInAPackage(root + ".core.domain..")
        .should().dependOnClassesThat().resideInAnyPackage(root + ".core.policy..", root + ".core.port..",
            root + ".core.service..", root + ".core.aggregates..", root + ".adapter..", root + ".shell..")
        .because("the model is the innermost layer");
  }

  /** Of Rapport's packages, the outgoing ports use the domain only (and each other). */
  public ArchRule outboundPortsDependOnTheDomainOnly() {
    return classes().that().resideInAPackage(root + ".core.port.out..")
        .should().onlyDependOnClassesThat(
            resideInAnyPackage(root + ".core.domain..", root + ".core.port.out..").or(not(resideInAPackage(root + ".."))))
        .because("a storage adapter implements the outgoing ports from the model alone, never the rules' or the "
            + "toolkit's types; how it computes what they return is its own business");
  }

  /**
   * Inside core: services use ports and policies; ports and policies use the domain; nothing uses
   * services, nor the kept-aggregates toolkit (it is for storage adapters).
   */
  public ArchRule coreIsLayered() {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Domain").definedBy(root + ".core.domain..")
        .layer("Policy").definedBy(root + ".core.policy..")
        .layer("Ports").definedBy(root + ".core.port..")
        .layer("Services").definedBy(root + ".core.service..")
        .layer("Aggregates").definedBy(root + ".core.aggregates..")
        .whereLayer("Services").mayNotBeAccessedByAnyLayer()
        .whereLayer("Aggregates").mayNotBeAccessedByAnyLayer()
        .whereLayer("Ports").mayOnlyBeAccessedByLayers("Services", "Policy")
        .whereLayer("Policy").mayOnlyBeAccessedByLayers("Services", "Ports", "Aggregates")
        .because("use cases orchestrate; rules stay pure functions of the model");
  }

  /** The inbound ports are plain values and calls: no thread, future or lock crosses them. */
  public ArchRule inboundPortsHoldNoConcurrency() {
    return noClasses().that().resideInAPackage(root + ".core.port.in..")
        .should().dependOnClassesThat().resideInAPackage("java.util.concurrent..")
        .because("how a use case spreads its work over threads is the service's business, not the caller's");
  }

  /** No adapter module depends on another. */
  public ArchRule adaptersDoNotDependOnEachOther() {
    return slices().matching(root + ".adapter.(*)..").should().notDependOnEachOther()
        .because("each adapter plugs into the core's ports on its own");
  }

  /** Adapters take the use-case ports they need, never the services or the facade that wires them. */
  public ArchRule adaptersDoNotUseCoreServices() {
    return noClasses().that().resideInAPackage(root + ".adapter..")
        .should().dependOnClassesThat().resideInAPackage(root + ".core.service..")
        .because("an adapter plugs into the ports; how the core implements and wires its use cases may change freely");
  }

  /** Core and the adapters never depend on the shell. */
  public ArchRule nothingDependsOnTheShell() {
    return noClasses().that().resideInAnyPackage(core(), root + ".adapter..")
        .should().dependOnClassesThat().resideInAPackage(root + ".shell..")
        .because("the shell is the outermost ring");
  }

  /**
   * The shell reaches an adapter only through its public entry classes, named here
   * (such as {@code JdbcStore}), never its internals.
   */
  public ArchRule shellUsesAdaptersOnlyThroughEntryPoints(String... entryClassSimpleNames) {
    DescribedPredicate<JavaClass> entry = entryPoint(entryClassSimpleNames);
    return noClasses().that().resideInAPackage(root + ".shell..")
        .should().dependOnClassesThat(resideInAPackage(root + ".adapter..").and(not(entry)))
        .because("an adapter's internals may change freely behind its entry point");
  }

  /**
   * An adapter's public classes are its entry classes, named here, and what they enclose; the
   * rest stays package-private. Templates compiled by jte ({@code Jte<name>Generated}) are public
   * because its engine loads them by name; nothing calls them directly.
   */
  public ArchRule onlyAdapterEntryClassesArePublic(String... entryClassSimpleNames) {
    DescribedPredicate<JavaClass> entry = entryPoint(entryClassSimpleNames);
    DescribedPredicate<JavaClass> compiledTemplate = DescribedPredicate.describe("a template compiled by jte",
        c -> c.getSimpleName().startsWith("Jte") && c.getSimpleName().endsWith("Generated"));
    return classes().that().resideInAPackage(root + ".adapter..").and().arePublic()
        .and().areTopLevelClasses().and(not(compiledTemplate))
        .should(ArchConditions.be(entry))
        .because("an adapter's internals may change freely behind its entry point");
  }

  private static DescribedPredicate<JavaClass> entryPoint(String... entryClassSimpleNames) {
    return DescribedPredicate.describe("an adapter entry point",
        c -> List.of(entryClassSimpleNames).contains(c.getSimpleName())
            || c.getEnclosingClass().map(e -> List.of(entryClassSimpleNames).contains(e.getSimpleName())).orElse(false));
  }

  /** Packages form no cycle. */
  public ArchRule packagesAreFreeOfCycles() {
    return slices().matching(root + ".(**)").should().beFreeOfCycles()
        .because("cycles make modules impossible to understand or split");
  }
}
