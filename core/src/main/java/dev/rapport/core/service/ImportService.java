package dev.rapport.core.service;

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
    if (command.dryRun()) {
      return new ImportPlan(storage, command.batch(), today, false).report(true);
    }
    return storage.transactions().inTransaction(() -> {
      ImportPlan plan = new ImportPlan(storage, command.batch(), today, true);
      if (!plan.problems().isEmpty()) {
        throw new ImportException(plan.problems());
      }
      plan.write();
      return plan.report(false);
    });
  }
}
