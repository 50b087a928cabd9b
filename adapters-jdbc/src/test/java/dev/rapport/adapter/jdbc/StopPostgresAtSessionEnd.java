package dev.rapport.adapter.jdbc;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the embedded PostgreSQL when the test session ends, while the test JVM is still fully
 * alive (a shutdown hook would race Surefire's exit timeout on a busy machine).
 */
public class StopPostgresAtSessionEnd implements LauncherSessionListener {

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    TestDatabases.stopPostgres();
  }
}
