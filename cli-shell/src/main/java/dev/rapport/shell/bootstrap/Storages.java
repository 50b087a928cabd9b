package dev.rapport.shell.bootstrap;

import dev.rapport.adapter.jdbc.JdbcStore;
import java.nio.file.Path;

/** The storage adapters the shell can open, through their public entry classes. */
public final class Storages {

  private Storages() {}

  /**
   * Opens SQLite files (created on first use) and PostgreSQL URLs, with {@link JdbcStore};
   * SQLite's native library is kept in {@code dataFolder}, so each run need not unpack it.
   */
  public static StorageOpener opener(Path dataFolder) {
    return location -> location.file()
        .map(file -> {
          JdbcStore.keepSqliteLibraryIn(dataFolder.resolve("native"));
          return JdbcStore.openSqlite(file);
        })
        .orElseGet(() -> JdbcStore.openPostgres(location.jdbcUrl().orElseThrow(),
            location.user().orElse(null), location.password().orElse(null),
            location.schema().orElse(JdbcStore.DEFAULT_SCHEMA)));
  }
}
