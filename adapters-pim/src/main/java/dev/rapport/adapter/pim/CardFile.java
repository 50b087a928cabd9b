package dev.rapport.adapter.pim;

import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A {@code .vcf} file as text: read whole, its encoding found from a byte-order mark, else UTF-8
 * when its bytes are valid UTF-8, else Windows-1252 (what older Outlook and Lotus Notes write).
 */
record CardFile(String name, String text) {

  /** Larger files are refused rather than read into memory: no address book comes near it. */
  static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The file at {@code path}, or every {@code .vcf}/{@code .vcard} file in the folder at it (and its
   * subfolders), by name.
   *
   * @throws ImportException when the path cannot be read, or a folder holds no vCard file
   */
  static List<CardFile> read(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(of(path.toString(), bytes(path)));
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(path)) {
      files = walk.filter(Files::isRegularFile).filter(CardFile::isVCardName).sorted().toList();
    } catch (IOException e) {
      throw failure(path, "could not be read: " + e, e);
    }
    if (files.isEmpty()) {
      throw failure(path, "expected .vcf files in this folder, found none", null);
    }
    return files.stream().map(file -> of(file.toString(), bytes(file))).toList();
  }

  /** Bytes already in memory, named {@code name} in problems. */
  static CardFile of(String name, byte[] bytes) {
    return new CardFile(name, decode(bytes));
  }

  private static boolean isVCardName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".vcf") || name.endsWith(".vcard");
  }

  static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(Path path) {
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw failure(path, "is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB: expected an address book", null);
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw failure(path, "could not be read: " + e, e);
    }
  }

  private static ImportException failure(Path path, String message, Throwable cause) {
    return new ImportException(List.of(new ImportProblem(path.toString(), 0, 0, message)), cause);
  }
}
