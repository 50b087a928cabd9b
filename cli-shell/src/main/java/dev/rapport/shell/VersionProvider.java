package dev.rapport.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The shell's version, from the build's filtered {@code version.properties}. */
public final class VersionProvider implements IVersionProvider {

  /** The version string, such as {@code 0.1.0-SNAPSHOT}, or "unknown" outside a build. */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"rapport " + version()};
  }
}
