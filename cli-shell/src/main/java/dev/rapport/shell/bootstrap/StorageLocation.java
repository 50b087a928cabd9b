package dev.rapport.shell.bootstrap;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.util.Optional;

/** Which database to open: a SQLite file, or a PostgreSQL server by JDBC URL. */
public record StorageLocation(Optional<Path> file, Optional<String> jdbcUrl, Optional<String> user,
    Optional<String> password, Optional<String> schema) {

  /** @throws IllegalArgumentException unless exactly one of file and URL is given, and a schema only with a URL */
  public StorageLocation {
    checkArgument(file.isPresent() != jdbcUrl.isPresent(), "give either --db FILE or --jdbc-url URL, not both");
    checkArgument(jdbcUrl.isPresent() || schema.isEmpty(), "--jdbc-schema names a schema of --jdbc-url; give --jdbc-url too");
  }

  /** A SQLite file. */
  public static StorageLocation sqlite(Path file) {
    return new StorageLocation(Optional.of(file), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A server reached by JDBC; Rapport's tables in {@code schema} there, or in the adapter's default one. */
  public static StorageLocation jdbc(String url, Optional<String> user, Optional<String> schema,
      Optional<String> password) {
    return new StorageLocation(Optional.empty(), Optional.of(url), user, password, schema);
  }

  /** The file or URL, for messages (never the password). */
  public String describe() {
    return file.map(Path::toString).orElseGet(() -> jdbcUrl.orElseThrow() + schema.map(s -> " schema " + s).orElse(""));
  }
}
