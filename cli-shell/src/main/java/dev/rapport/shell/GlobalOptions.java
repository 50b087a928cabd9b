package dev.rapport.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** The options every command takes: where the data is, which day is today, how to print. */
public final class GlobalOptions {

  Path db;
  String jdbcUrl;
  String jdbcUser;
  String jdbcSchema;
  LocalDate asOf;
  OutputFormat format = OutputFormat.TABLE;
  boolean debug;

  /** A copy of these options. */
  public GlobalOptions copy() {
    GlobalOptions copy = new GlobalOptions();
    copy.resetTo(this);
    return copy;
  }

  /** Takes every option's value from {@code other}. */
  public void resetTo(GlobalOptions other) {
    db = other.db;
    jdbcUrl = other.jdbcUrl;
    jdbcUser = other.jdbcUser;
    jdbcSchema = other.jdbcSchema;
    asOf = other.asOf;
    format = other.format;
    debug = other.debug;
  }

  /** The SQLite file named by {@code --db}. */
  public Optional<Path> db() {
    return Optional.ofNullable(db);
  }

  /** The JDBC URL named by {@code --jdbc-url}. */
  public Optional<String> jdbcUrl() {
    return Optional.ofNullable(jdbcUrl);
  }

  /** The database user named by {@code --jdbc-user}. */
  public Optional<String> jdbcUser() {
    return Optional.ofNullable(jdbcUser);
  }

  /** The PostgreSQL schema named by {@code --jdbc-schema}. */
  public Optional<String> jdbcSchema() {
    return Optional.ofNullable(jdbcSchema);
  }

  /** The day the rules treat as today, from {@code --as-of}. */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** Whether a failure shows its stack trace ({@code --debug}). */
  public boolean debug() {
    return debug;
  }

  /** The output format. */
  public OutputFormat format() {
    return format;
  }
}
