package dev.rapport.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on the connection of the current transaction. */
@FunctionalInterface
interface SqlWork<T> {
  T apply(Connection connection) throws SQLException;
}
