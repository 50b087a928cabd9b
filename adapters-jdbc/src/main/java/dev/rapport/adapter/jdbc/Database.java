package dev.rapport.adapter.jdbc;

import com.google.common.util.concurrent.Uninterruptibles;
import dev.rapport.core.port.out.StorageException;
import dev.rapport.core.port.out.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Connections and transactions. Each thread's transaction has its own connection, kept in a
 * thread-local so that repository calls inside it (and nested transactions) join it; a
 * repository call outside any transaction is a transaction of its own. A transaction also keeps
 * the statements its work {@link #prepare prepares}, one per SQL text, until it ends: an import
 * that saves 30,000 contacts prepares each of its statements once, not 30,000 times (preparing
 * took 61% of SQLite's time when each write prepared its own).
 *
 * <p>A transaction may also hand a write to its own writer thread ({@link #writeBehind}) and go
 * on: the connection is still used by one thread at a time, since any other use of the
 * transaction first waits for that write, and so does its end.
 */
final class Database implements Transactions, AutoCloseable {

  /** Opens a configured connection. */
  @FunctionalInterface
  interface Connector {
    Connection connect() throws SQLException;
  }

  private final Dialect dialect;
  private final Connector connector;
  private final String description;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();
  private boolean closed;

  Database(Dialect dialect, Connector connector, String description) {
    this.dialect = dialect;
    this.connector = connector;
    this.description = description;
  }

  Dialect dialect() {
    return dialect;
  }

  String description() {
    return description;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return transaction(true, connection -> work.get());
  }

  /** Reads in the current transaction, or in a read transaction of its own. */
  <T> T read(SqlWork<T> work) {
    return transaction(false, work);
  }

  /** Writes in the current transaction, or in a write transaction of its own. */
  <T> T write(SqlWork<T> work) {
    return transaction(true, work);
  }

  /**
   * Writes in the current transaction on its writer thread, after the write handed over before it
   * ends, and returns at once: the caller goes on (an import plans its next touches while SQLite
   * stores the last ones; on two cores that hides the shorter of the two). Any other use of the
   * transaction, and its end, waits for the write first; a write that failed fails that use, so
   * the transaction rolls back. Outside a transaction, it is a {@link #write} of its own.
   */
  void writeBehind(SqlWork<?> work) {
    Transaction transaction = current.get();
    if (transaction == null) {
      write(work);
      return;
    }
    transaction.settle(this);
    transaction.behind = transaction.writer().submit(() -> {
      current.set(transaction);
      try {
        return work.apply(transaction.connection);
      } finally {
        current.remove();
      }
    });
  }

  /**
   * The statement for {@code sql} in the current transaction on {@code connection}, prepared on
   * first use and closed when the transaction ends. Callers bind every parameter before each
   * execution and close its result sets, never the statement.
   */
  PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    Transaction transaction = current.get();
    if (transaction == null || transaction.connection != connection) {
      throw new IllegalStateException("a kept statement needs the transaction of its connection: " + sql);
    }
    PreparedStatement statement = transaction.statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      transaction.statements.put(sql, statement);
    }
    return statement;
  }

  /** Upkeep a repository puts off to the end of a transaction, done in it just before it commits. */
  interface BeforeCommit {
    /** Brings what was put off up to date; may run earlier too (a read that needs it), then again at the end. */
    void run(Connection connection) throws SQLException;
  }

  /**
   * The current transaction's put-off upkeep of {@code owner}, made by {@code create} on first ask
   * and run before the transaction commits; a rolled-back transaction drops it with the rest.
   */
  <T extends BeforeCommit> T beforeCommit(Connection connection, Object owner, Supplier<T> create) {
    Transaction transaction = transactionOf(connection, owner);
    @SuppressWarnings("unchecked") // each owner registers one type of upkeep
    T upkeep = (T) transaction.beforeCommit.computeIfAbsent(owner, o -> create.get());
    return upkeep;
  }

  /** The current transaction's put-off upkeep of {@code owner}, or null when it has none. */
  <T extends BeforeCommit> T beforeCommitIfAny(Connection connection, Object owner) {
    @SuppressWarnings("unchecked") // each owner registers one type of upkeep
    T upkeep = (T) transactionOf(connection, owner).beforeCommit.get(owner);
    return upkeep;
  }

  private Transaction transactionOf(Connection connection, Object what) {
    Transaction transaction = current.get();
    if (transaction == null || transaction.connection != connection) {
      throw new IllegalStateException("upkeep needs the transaction of its connection: " + what);
    }
    return transaction;
  }

  /**
   * A transaction's connection, the statements prepared in it, the upkeep put off to its end, and
   * the write its writer thread may be doing.
   */
  private static final class Transaction {
    final Connection connection;
    final Thread owner = Thread.currentThread();
    final Map<String, PreparedStatement> statements = new HashMap<>();
    final Map<Object, BeforeCommit> beforeCommit = new LinkedHashMap<>();
    private ExecutorService writer;
    /** The write handed to the writer thread, until it is waited for. */
    Future<?> behind;

    ExecutorService writer() {
      if (writer == null) {
        writer = Executors.newSingleThreadExecutor(work -> {
          Thread thread = new Thread(work, "rapport-writer");
          thread.setDaemon(true);
          return thread;
        });
      }
      return writer;
    }

    /** Waits for the write handed to the writer thread, if any; throws what it failed with. */
    void settle(Database db) {
      if (behind == null || Thread.currentThread() != owner) {
        return; // the writer thread's own work joins the transaction without waiting for itself
      }
      try {
        behind.get();
        behind = null;
      } catch (ExecutionException e) {
        behind = null;
        Throwable cause = e.getCause();
        if (cause instanceof SQLException sql) {
          throw db.failure("storage failed", sql);
        }
        if (cause instanceof RuntimeException unchecked) {
          throw unchecked;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause);
      } catch (InterruptedException e) { // the write goes on: the transaction's end waits for it
        Thread.currentThread().interrupt();
        throw new StorageException("interrupted while waiting for a write on " + db.description, e);
      }
    }

    /**
     * At the transaction's end: stops the writer thread, first waiting (even if interrupted) for a
     * write it is still doing, whatever its outcome: the transaction is rolling back without it.
     */
    void stopWriter() {
      if (writer == null) {
        return;
      }
      writer.shutdown();
      writer = null;
      if (behind != null) {
        try {
          Uninterruptibles.getUninterruptibly(behind);
        } catch (ExecutionException | RuntimeException e) {
          // failed: nothing of it is kept either way
        } finally {
          behind = null;
        }
      }
    }

    /** Runs the put-off upkeep, in the order registered. */
    void runBeforeCommit() throws SQLException {
      List<BeforeCommit> upkeep = new ArrayList<>(beforeCommit.values());
      for (BeforeCommit work : upkeep) {
        work.run(connection);
      }
    }

    Transaction(Connection connection) {
      this.connection = connection;
    }

    /** Closes the kept statements; false when one would not close (the connection is then dropped). */
    boolean closeStatements() {
      boolean closed = true;
      for (PreparedStatement statement : statements.values()) {
        try {
          statement.close();
        } catch (SQLException e) {
          closed = false;
        }
      }
      statements.clear();
      return closed;
    }
  }

  private <T> T transaction(boolean write, SqlWork<T> work) {
    Transaction joined = current.get();
    if (joined != null) {
      joined.settle(this);
      return call(work, joined.connection);
    }
    Connection connection = borrow();
    Transaction transaction = new Transaction(connection);
    boolean committed = false;
    boolean reusable = true;
    current.set(transaction);
    try {
      try {
        dialect.begin(connection, write);
      } catch (SQLException e) {
        throw failure("could not begin a transaction", e);
      }
      T result = call(work, connection);
      transaction.settle(this);
      try {
        transaction.runBeforeCommit();
      } catch (SQLException e) {
        throw failure("could not bring derived data up to date", e);
      }
      // Closed before the commit: SQLite ends a transaction only when no statement is left mid-read.
      reusable = transaction.closeStatements();
      try {
        dialect.commit(connection);
      } catch (SQLException e) {
        throw failure("could not commit", e);
      }
      committed = true;
      return result;
    } finally {
      transaction.stopWriter(); // before the rollback: never a write on a connection given back
      current.remove();
      if (!committed) {
        reusable = transaction.closeStatements() & rollback(connection);
      }
      release(connection, reusable);
    }
  }

  private <T> T call(SqlWork<T> work, Connection connection) {
    try {
      return work.apply(connection);
    } catch (SQLException e) {
      throw failure("storage failed", e);
    }
  }

  private boolean rollback(Connection connection) {
    try {
      dialect.rollback(connection);
      return true;
    } catch (SQLException e) {
      return false; // the transaction may never have begun; the connection is dropped to be safe
    }
  }

  private Connection borrow() {
    synchronized (idle) {
      if (closed) {
        throw new StorageException("the store " + description + " is closed");
      }
      Connection connection = idle.poll();
      if (connection != null) {
        return connection;
      }
    }
    try {
      return connector.connect();
    } catch (SQLException e) {
      throw failure("could not connect", e);
    }
  }

  private void release(Connection connection, boolean reusable) {
    synchronized (idle) {
      if (reusable && !closed) {
        idle.push(connection);
        return;
      }
    }
    closeQuietly(connection);
  }

  StorageException failure(String what, SQLException cause) {
    return new StorageException(what + " on " + description + ": " + cause.getMessage(), cause);
  }

  @Override
  public void close() {
    synchronized (idle) {
      closed = true;
      idle.forEach(Database::closeQuietly);
      idle.clear();
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing is best effort: the transaction is already committed or rolled back.
    }
  }
}
