package dev.rapport.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * Rows of one table inserted {@value #ROWS_PER_INSERT} to an INSERT statement, the last few one
 * each, all in JDBC batches. SQLite runs a statement's set-up (its program's start, the cursors,
 * the seek to where the rows go) once for all of its rows, and sqlite-jdbc makes one native step
 * and reset per statement, not per row.
 */
final class GroupedInsert<R> {

  /** Rows one statement writes: 550 parameters for a touch's 11 cells, far under SQLite's limit of 32,766. */
  static final int ROWS_PER_INSERT = 50;

  /** Statements a JDBC batch holds before it is sent: 2,000 rows, as the row-at-a-time batches held. */
  private static final int STATEMENTS_PER_BATCH = 40;

  /** Binds one row's cells from parameter {@code offset + 1} on. */
  @FunctionalInterface
  interface Binder<R> {
    void bind(PreparedStatement statement, int offset, R row) throws SQLException;
  }

  /** The two statements for a table's rows: one row, and {@link #ROWS_PER_INSERT} rows. */
  record Shape(String oneRow, String manyRows, int columns) {

    /** For {@code INSERT INTO table (columns) VALUES } and that many columns. */
    static Shape of(String insertInto, int columns) {
      String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
      return new Shape(insertInto + row, insertInto + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, row)),
          columns);
    }
  }

  private final Database db;
  private final Connection connection;
  private final Shape shape;
  private final Binder<? super R> binder;
  private final Object[] group = new Object[ROWS_PER_INSERT];
  private int inGroup;
  private int pending;
  private PreparedStatement many;

  /** Rows to insert in the current transaction on {@code connection}; call {@link #finish} after the last. */
  GroupedInsert(Database db, Connection connection, Shape shape, Binder<? super R> binder) {
    this.db = db;
    this.connection = connection;
    this.shape = shape;
    this.binder = binder;
  }

  /** Adds a row; it is sent with its group's statement, or by {@link #finish}. */
  void add(R row) throws SQLException {
    group[inGroup++] = row;
    if (inGroup < ROWS_PER_INSERT) {
      return;
    }
    if (many == null) {
      many = db.prepare(connection, shape.manyRows());
    }
    for (int i = 0; i < ROWS_PER_INSERT; i++) {
      binder.bind(many, i * shape.columns(), row(i));
    }
    many.addBatch();
    inGroup = 0;
    pending = Sql.flushAt(many, pending + 1, STATEMENTS_PER_BATCH);
  }

  /** Sends what is still waiting: the full groups' batch, then the last rows one statement each. */
  void finish() throws SQLException {
    if (many != null) {
      Sql.flush(many, pending);
      pending = 0;
    }
    if (inGroup == 0) {
      return;
    }
    PreparedStatement one = db.prepare(connection, shape.oneRow());
    for (int i = 0; i < inGroup; i++) {
      binder.bind(one, 0, row(i));
      one.addBatch();
    }
    one.executeBatch();
    inGroup = 0;
  }

  @SuppressWarnings("unchecked") // only rows of R are added
  private R row(int i) {
    return (R) group[i];
  }
}
