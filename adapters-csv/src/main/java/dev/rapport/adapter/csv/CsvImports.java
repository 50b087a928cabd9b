package dev.rapport.adapter.csv;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.port.in.ExportException;
import dev.rapport.core.port.in.ManageContactsUseCase;
import dev.rapport.core.port.in.ManageProfileUseCase;
import dev.rapport.core.port.in.RecordActivityUseCase;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportNetworkUseCase;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.port.in.imports.ImportSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The CSV adapter's entry point: reads LinkedIn, Google Contacts, Outlook and Rapport's own files
 * into an import, and exports a network to Rapport's own format (a folder of CSV files).
 */
public final class CsvImports {

  /** Larger contacts exports are refused rather than read into memory: none comes near it (Rapport's own files are streamed). */
  private static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

  private CsvImports() {}

  /**
   * Reads {@code path} in {@code format} and imports it through {@code imports}, in one transaction,
   * each contact matched as it is read; a dry run reports what would happen (problems included)
   * and writes nothing.
   *
   * @throws ImportException naming file, line and column when the input has problems (nothing is written)
   */
  public static ImportReport importInto(ImportNetworkUseCase imports, CsvFormat format, Path path, boolean dryRun) {
    checkNotNull(imports, "imports");
    return imports.importNetwork(source(format, path), dryRun);
  }

  /**
   * The file, folder or zip at {@code path} in {@code format}, as a source an import reads as it
   * goes ({@link ImportNetworkUseCase#importNetwork(ImportSource, boolean)}).
   * A contacts export's bytes are read now, Rapport's own files when the import reads them; they
   * are parsed, and problems found, when the import reads them.
   *
   * @throws ImportException when the path cannot be read at all (missing, unreadable, a broken zip)
   */
  public static ImportSource source(CsvFormat format, Path path) {
    checkNotNull(format, "format");
    checkNotNull(path, "path");
    return switch (format) {
      case LINKEDIN -> linkedIn(linkedInFiles(path));
      case GOOGLE -> google(file(path));
      case OUTLOOK -> outlook(file(path));
      case RAPPORT -> rapport(path.toString(), nativeFiles(path));
    };
  }

  /** Bytes already in memory in {@code format}, named {@code name} in problems, as a source an import reads as it goes. */
  public static ImportSource source(CsvFormat format, String name, byte[] bytes) {
    checkNotNull(format, "format");
    SourceFile file = SourceFile.inMemory(name, bytes.clone());
    return switch (format) {
      case LINKEDIN -> linkedIn(List.of(file));
      case GOOGLE -> google(file);
      case OUTLOOK -> outlook(file);
      case RAPPORT -> rapport(name, Map.of(NativeFormat.CONTACTS, file));
    };
  }

  /**
   * Reads {@code path} in {@code format} into a batch, with the problems found in it.
   *
   * @throws ImportException when the path cannot be read at all (missing, unreadable, a broken zip)
   */
  public static ImportBatch read(CsvFormat format, Path path) {
    return ImportSource.readWhole(source(format, path));
  }

  /** Reads a batch from bytes already in memory, named {@code name} in problems (for tests and embedders). */
  public static ImportBatch read(CsvFormat format, String name, byte[] bytes) {
    return ImportSource.readWhole(source(format, name, bytes));
  }

  private static ImportSource linkedIn(List<SourceFile> files) {
    return new CsvSource(LinkedInFormat.SOURCE, false, false, false, contacts -> LinkedInFormat.read(files, contacts));
  }

  private static ImportSource google(SourceFile file) {
    return new CsvSource(GoogleContactsFormat.SOURCE, false, true, false, contacts -> GoogleContactsFormat.read(file, contacts));
  }

  private static ImportSource outlook(SourceFile file) {
    return new CsvSource(OutlookFormat.SOURCE, false, true, false, contacts -> OutlookFormat.read(file, contacts));
  }

  private static ImportSource rapport(String folder, Map<String, SourceFile> files) {
    return new CsvSource(NativeFormat.SOURCE, true, false, true, contacts -> NativeFormat.read(folder, files, contacts));
  }

  /** Files read into memory, parsed by a format when the import reads them. */
  private record CsvSource(String source, boolean distinctContacts, boolean addressBook, boolean keepsTriage,
      Function<ImportSource.Contacts, ImportBatch> reading) implements ImportSource {

    @Override
    public ImportBatch read(ImportSource.Contacts contacts) {
      return reading.apply(checkNotNull(contacts, "contacts"));
    }
  }

  /**
   * Writes the whole network into {@code dir} in Rapport's own format (created when missing;
   * its files replaced), cells that a spreadsheet would run as formulas neutralised. The network
   * is read through the use cases that hold it: contacts and notes, activity, the owner's profile.
   *
   * @return the rows written, per file
   * @throws ExportException naming the folder or file that could not be written
   */
  public static Map<String, Integer> export(ManageContactsUseCase contacts, RecordActivityUseCase activity,
      ManageProfileUseCase profile, Path dir) {
    checkNotNull(contacts, "contacts");
    checkNotNull(activity, "activity");
    checkNotNull(profile, "profile");
    checkNotNull(dir, "dir");
    return NativeFormat.write(contacts, activity, profile, dir);
  }

  private static SourceFile file(Path path) {
    if (Files.isDirectory(path)) {
      throw failure(path, "expected a CSV file, found a folder", null);
    }
    return SourceFile.inMemory(path.toString(), bytes(path));
  }

  private static byte[] bytes(Path path) {
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw failure(path, "is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB: expected a contacts export", null);
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw failure(path, "could not be read: " + e, e);
    }
  }

  private static ImportException failure(Path path, String message, Throwable cause) {
    return new ImportException(List.of(new ImportProblem(path.toString(), 0, 0, message)), cause);
  }

  private static List<SourceFile> linkedInFiles(Path path) {
    if (Files.isDirectory(path)) {
      List<SourceFile> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(path, 2)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          if (isLinkedInPart(file.getFileName().toString())) {
            files.add(SourceFile.inMemory(file.toString(), bytes(file)));
          }
        }
      } catch (IOException e) {
        throw failure(path, "could not be read: " + e, e);
      }
      return files;
    }
    if (path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      return zipEntries(path);
    }
    return List.of(SourceFile.inMemory(path.toString(), bytes(path)));
  }

  private static boolean isLinkedInPart(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("connections.csv") || lower.equals("messages.csv") || lower.equals("invitations.csv");
  }

  private static List<SourceFile> zipEntries(Path path) {
    List<SourceFile> files = new ArrayList<>();
    try (ZipFile zip = new ZipFile(path.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (!entry.isDirectory() && isLinkedInPart(base)) {
          if (entry.getSize() > MAX_FILE_BYTES) {
            throw failure(path, name + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB", null);
          }
          try (InputStream in = zip.getInputStream(entry)) {
            files.add(SourceFile.inMemory(path + "!/" + name, in.readNBytes((int) MAX_FILE_BYTES)));
          }
        }
      }
    } catch (ZipException e) {
      throw failure(path, "is not a readable zip file: " + e.getMessage(), e);
    } catch (IOException e) {
      throw failure(path, "could not be read: " + e, e);
    }
    return files;
  }

  private static Map<String, SourceFile> nativeFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw failure(dir, "expected a folder written by 'export', with " + NativeFormat.CONTACTS + " in it", null);
    }
    Map<String, SourceFile> files = new HashMap<>();
    for (String name : NativeFormat.FILES) {
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file)) {
        files.put(name, SourceFile.onDisk(file)); // streamed as the import reads it: a touches file may be huge
      }
    }
    return files;
  }
}
