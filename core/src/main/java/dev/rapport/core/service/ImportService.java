package dev.rapport.core.service;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportCommand;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportNetworkUseCase;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.port.in.imports.ImportSource;
import dev.rapport.core.port.out.Storage;
import java.time.Clock;
import java.time.LocalDate;

/** Imports a batch, or a source as it is read, in one transaction: nothing is written when it has problems or the run is dry. */
final class ImportService implements ImportNetworkUseCase {

  private final Storage storage;
  private final Clock clock;

  ImportService(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  @Override
  public ImportReport importNetwork(ImportCommand command) {
    ImportBatch batch = command.batch();
    if (!command.dryRun() && !batch.problems().isEmpty()) {
      // known to fail: planned as a dry run is, outside any transaction, only to add the plan's own problems
      throw new ImportException(plan(ImportSource.of(batch), false).problems());
    }
    return importing(ImportSource.of(batch), command.dryRun());
  }

  @Override
  public ImportReport importNetwork(ImportSource source, boolean dryRun) {
    checkNotNull(source, "import source");
    return importing(source, dryRun);
  }

  private ImportReport importing(ImportSource source, boolean dryRun) {
    if (dryRun) {
      return plan(source, false).report(true);
    }
    // problems found in reading, after some new contacts were stored, fail the transaction: none is kept
    return storage.transactions().inTransaction(() -> {
      ImportPlan plan = plan(source, true);
      if (!plan.problems().isEmpty()) {
        throw new ImportException(plan.problems());
      }
      plan.write();
      return plan.report(false);
    });
  }

  /** Plans each contact as the source hands it over, then the rest of what it read. */
  private ImportPlan plan(ImportSource source, boolean writing) {
    // "today" is the owner's day, as every use case counts it, not the clock's zone's
    LocalDate today = storage.profile().loadOrDefaults().today(clock);
    ImportPlan plan = new ImportPlan(storage, source, today, writing);
    plan.finish(source.read(plan));
    return plan;
  }
}
