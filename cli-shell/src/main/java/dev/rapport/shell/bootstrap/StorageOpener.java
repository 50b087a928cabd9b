package dev.rapport.shell.bootstrap;

import dev.rapport.core.port.out.Storage;

/** Opens the storage at a location; the shell's only way to reach a storage adapter. */
@FunctionalInterface
public interface StorageOpener {

  /**
   * Opens (and, for a new SQLite file, creates) the storage at {@code location}.
   *
   * @throws dev.rapport.core.port.out.StorageException when it cannot be opened
   */
  Storage open(StorageLocation location);
}
