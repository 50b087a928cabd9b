package dev.rapport.core.service;

import dev.rapport.core.port.in.ImportBatch;
import dev.rapport.core.port.in.ImportCommand;
import dev.rapport.core.port.in.ImportException;
import dev.rapport.core.port.in.ImportNetworkUseCase;
import dev.rapport.core.port.in.ImportReport;
import dev.rapport.core.port.out.Storage;
import java.time.Clock;
import java.time.LocalDate;

/** Imports a batch in one transaction: nothing is written when the batch has problems or the run is dry. */
final class ImportService implements ImportNetworkUseCase {

  private final Storage storage;
  private final Clock clock;

  ImportService(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  @Override
  public ImportReport importNetwork(ImportCommand command) {
    LocalDate today = LocalDate.now(clock);
    ImportBatch batch = command.batch();
    if (command.dryRun() || !batch.problems().isEmpty()) {
      // a batch with problems is planned as a dry run is, only to add the plan's own problems
      ImportPlan plan = new ImportPlan(storage, batch, today, false);
      if (!command.dryRun()) {
        throw new ImportException(plan.problems());
      }
      return plan.report(true);
    }
    return storage.transactions().inTransaction(() -> {
      ImportPlan plan = new ImportPlan(storage, batch, today, true);
      if (!plan.problems().isEmpty()) {
        throw new ImportException(plan.problems());
      }
      plan.write();
      return plan.report(false);
    });
  }
}
