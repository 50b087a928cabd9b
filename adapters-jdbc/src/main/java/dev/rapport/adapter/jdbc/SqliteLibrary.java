package dev.rapport.adapter.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library, kept in a folder of the caller's choosing. By default the driver
 * copies the library (about 1 MB) out of its jar into the temporary folder and compares it byte
 * by byte on every start, a good part of a short command's time; kept, it is copied once per
 * driver version and processor architecture, and loaded from there. The driver also lists its temporary folder on every
 * start, to delete the copies earlier runs left: the system's holds thousands of files on a
 * busy machine (40 ms to list 3,000), so the kept library's own folder is made the driver's.
 */
final class SqliteLibrary {

  private static final String PATH = "org.sqlite.lib.path";
  private static final String NAME = "org.sqlite.lib.name";
  private static final String TEMPORARY = "org.sqlite.tmpdir";

  private SqliteLibrary() {}

  /**
   * Has the driver load its library from {@code folder}, copying it there first if needed; does
   * nothing when the library is chosen by the system properties already, or when this
   * platform's library is not in the jar or cannot be copied (the driver then does as usual).
   */
  static synchronized void keepIn(Path folder) {
    if (System.getProperty(PATH) != null) {
      return;
    }
    String name = System.mapLibraryName("sqlitejdbc");
    Path kept = folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + System.getProperty("os.arch")).resolve(name);
    if (!Files.isRegularFile(kept)) {
      // Only the first run looks in the jar: naming this platform's folder there runs a process (uname).
      String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
      try (InputStream library = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
        if (library == null) {
          return;
        }
        copy(library, kept);
      } catch (IOException | RuntimeException e) {
        return;
      }
    }
    System.setProperty(PATH, kept.getParent().toString());
    System.setProperty(NAME, name);
    if (System.getProperty(TEMPORARY) == null) {
      System.setProperty(TEMPORARY, kept.getParent().toString());
    }
  }

  /** Copies beside, then renames: a run loading the library never sees half of it. */
  private static void copy(InputStream library, Path kept) throws IOException {
    Files.createDirectories(kept.getParent());
    Path partial = Files.createTempFile(kept.getParent(), kept.getFileName().toString(), ".partial");
    try {
      Files.copy(library, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, kept, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
