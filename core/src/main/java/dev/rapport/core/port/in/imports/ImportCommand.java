package dev.rapport.core.port.in.imports;

import static com.google.common.base.Preconditions.checkNotNull;

/** Import a batch into the network, or with {@code dryRun} only say what importing it would do. */
public record ImportCommand(ImportBatch batch, boolean dryRun) {

  public ImportCommand {
    checkNotNull(batch, "import batch");
  }

  /** Imports for real. */
  public static ImportCommand of(ImportBatch batch) {
    return new ImportCommand(batch, false);
  }

  /** Reports what importing would do, writing nothing. */
  public static ImportCommand dryRun(ImportBatch batch) {
    return new ImportCommand(batch, true);
  }
}
