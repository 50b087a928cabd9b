package dev.rapport.shell.bootstrap;

import dev.rapport.adapter.jdbc.JdbcStore;

/** The storage adapters the shell can open, through their public entry classes. */
public final class Storages {

  private Storages() {}

  /** Opens SQLite files (created on first use) and PostgreSQL URLs, with {@link JdbcStore}. */
  public static StorageOpener opener() {
    return location -> location.file()
        .map(JdbcStore::openSqlite)
        .orElseGet(() -> JdbcStore.openPostgres(location.jdbcUrl().orElseThrow(),
            location.user().orElse(null), location.password().orElse(null)));
  }
}
