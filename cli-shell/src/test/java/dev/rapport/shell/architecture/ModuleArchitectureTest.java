package dev.rapport.shell.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.rapport.core.architecture.ArchitectureRules;
import dev.rapport.core.architecture.ProductionClassesOnly;

/**
 * The architecture across modules, checked here because the shell is the one module that sees
 * them all. The rules themselves, and the proof that each is live, are in core's test-jar.
 */
@AnalyzeClasses(packages = "dev.rapport", importOptions = ProductionClassesOnly.class)
class ModuleArchitectureTest {

  private static final ArchitectureRules RAPPORT = ArchitectureRules.forRoot("dev.rapport");

  /** The adapters' public entry classes: all that the shell, or an embedder, may use of them. */
  private static final String[] ADAPTER_ENTRY_CLASSES = {"JdbcStore", "CsvImports", "CsvFormat", "HtmlReport",
      "Mailbox", "CalendarImport", "VCards", "CalendarExport"};

  @ArchTest
  static final ArchRule adapters_do_not_depend_on_each_other = RAPPORT.adaptersDoNotDependOnEachOther();

  @ArchTest
  static final ArchRule adapters_do_not_use_core_services = RAPPORT.adaptersDoNotUseCoreServices();

  @ArchTest
  static final ArchRule nothing_depends_on_the_shell = RAPPORT.nothingDependsOnTheShell();

  @ArchTest
  static final ArchRule shell_uses_adapters_only_through_their_entry_points =
      RAPPORT.shellUsesAdaptersOnlyThroughEntryPoints(ADAPTER_ENTRY_CLASSES);

  @ArchTest
  static final ArchRule only_adapter_entry_classes_are_public = RAPPORT.onlyAdapterEntryClassesArePublic(ADAPTER_ENTRY_CLASSES);

  @ArchTest
  static final ArchRule core_depends_only_on_the_jdk_guava_and_immutables = RAPPORT.coreDependsOnlyOnJdkGuavaAndImmutables();

  @ArchTest
  static final ArchRule packages_are_free_of_cycles = RAPPORT.packagesAreFreeOfCycles();
}
