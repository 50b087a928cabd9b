package dev.rapport.core.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core's own architecture: pure, layered, free of cycles. */
@AnalyzeClasses(packages = "dev.rapport.core", importOptions = ProductionClassesOnly.class)
class CoreArchitectureTest {

  private static final ArchitectureRules RAPPORT = ArchitectureRules.forRoot("dev.rapport");

  @ArchTest
  static final ArchRule core_depends_only_on_the_jdk_guava_and_immutables = RAPPORT.coreDependsOnlyOnJdkGuavaAndImmutables();

  @ArchTest
  static final ArchRule core_does_no_io = RAPPORT.coreDoesNoIo();

  @ArchTest
  static final ArchRule core_does_not_print = RAPPORT.coreDoesNotPrint();

  @ArchTest
  static final ArchRule core_reads_time_only_from_a_clock = RAPPORT.coreReadsTimeOnlyFromAClock();

  @ArchTest
  static final ArchRule domain_depends_on_nothing_outside_it = RAPPORT.domainDependsOnNothingOutsideIt();

  @ArchTest
  static final ArchRule outbound_ports_depend_on_the_domain_only = RAPPORT.outboundPortsDependOnTheDomainOnly();

  @ArchTest
  static final ArchRule core_is_layered = RAPPORT.coreIsLayered();

  @ArchTest
  static final ArchRule inbound_ports_hold_no_concurrency = RAPPORT.inboundPortsHoldNoConcurrency();

  @ArchTest
  static final ArchRule core_packages_are_free_of_cycles = RAPPORT.packagesAreFreeOfCycles();
}
