package dev.rapport.adapter.csv;

import static com.google.common.base.Preconditions.checkState;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One file of an import, by the name problems are reported under: bytes already in memory, or a
 * file on disk opened when the import reads it (Rapport's own touches file may be far larger than
 * memory, so it is streamed, never read whole).
 */
final class SourceFile {

  private final String name;
  private final byte[] bytes;
  private final Path path;

  private SourceFile(String name, byte[] bytes, Path path) {
    this.name = name;
    this.bytes = bytes;
    this.path = path;
  }

  /** Bytes already read, named {@code name} in problems. */
  static SourceFile inMemory(String name, byte[] bytes) {
    return new SourceFile(name, bytes, null);
  }

  /** A file on disk, read when the import reads it. */
  static SourceFile onDisk(Path path) {
    return new SourceFile(path.toString(), null, path);
  }

  String name() {
    return name;
  }

  /** The bytes of a file read into memory: the formats of contacts exports read them whole. */
  byte[] bytes() {
    checkState(bytes != null, "%s is read as a stream", name);
    return bytes;
  }

  /** The file's bytes as a stream, for a format that reads row by row. */
  InputStream open() throws IOException {
    return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(path);
  }

  /** The file name without folders, in lower case, to recognise {@code Connections.csv} and the like. */
  String baseName() {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1).toLowerCase(Locale.ROOT);
  }
}
