package dev.rapport.shell.bootstrap;

import dev.rapport.core.port.out.StorageException;

/** The storage adapters the shell can open, through their public entry classes. */
public final class Storages {

  private Storages() {}

  /** Opens SQLite files and PostgreSQL URLs. */
  public static StorageOpener opener() {
    return location -> {
      throw new StorageException("cannot open " + location.describe() + ": no storage adapter is wired into this build yet");
    };
  }
}
