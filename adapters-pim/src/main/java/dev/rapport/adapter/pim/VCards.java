package dev.rapport.adapter.pim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.port.in.ExportException;
import dev.rapport.core.port.in.ManageContactsUseCase;
import dev.rapport.core.port.in.RecordActivityUseCase;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportNetworkUseCase;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.port.in.imports.ImportSource;
import ezvcard.VCardVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * vCard in and out (SPEC §10): address books of vCard 2.1, 3.0 and 4.0 read into an import, with
 * the CSV importers' matching and merging, and the whole network written as one {@code .vcf}.
 */
public final class VCards {

  private VCards() {}

  /** The vCard versions an export can write: 4.0 (RFC 6350), or 3.0 (RFC 2426) for older clients. */
  public enum Version {
    /** vCard 3.0, which older clients read. */
    V3_0("3.0", VCardVersion.V3_0),
    /** vCard 4.0, the default. */
    V4_0("4.0", VCardVersion.V4_0);

    private final String text;
    private final VCardVersion library;

    Version(String text, VCardVersion library) {
      this.text = text;
      this.library = library;
    }

    /**
     * {@code 3.0} or {@code 4.0}.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Version parse(String text) {
      for (Version version : values()) {
        if (version.text.equals(text == null ? null : text.strip())) {
          return version;
        }
      }
      throw new IllegalArgumentException("vCard version must be 3.0 or 4.0: '" + text + "'");
    }

    VCardVersion library() {
      return library;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * Reads the {@code .vcf} file at {@code path}, or every {@code .vcf} in the folder at it, and
   * imports the cards through {@code imports} in one transaction; a dry run reports what would
   * happen (problems included) and writes nothing.
   *
   * @throws ImportException naming file, card line and what was expected when the input has problems (nothing is written)
   */
  public static ImportReport importInto(ImportNetworkUseCase imports, Path path, boolean dryRun) {
    checkNotNull(imports, "imports");
    return imports.importNetwork(source(path), dryRun);
  }

  /**
   * The {@code .vcf} file at {@code path}, or the {@code .vcf} files in the folder at it (and its
   * subfolders, by name), as a source an import reads
   * ({@link ImportNetworkUseCase#importNetwork(ImportSource, boolean)}).
   * The files are read now; they are parsed, and problems found, when the import reads them.
   *
   * @throws ImportException when the path cannot be read, or a folder holds no {@code .vcf}
   */
  public static ImportSource source(Path path) {
    checkNotNull(path, "path");
    return new CardSource(CardFile.read(path));
  }

  /** vCard text already in memory, named {@code name} in problems, as a source an import reads. */
  public static ImportSource source(String name, byte[] bytes) {
    checkNotNull(name, "name");
    checkNotNull(bytes, "bytes");
    return new CardSource(List.of(CardFile.of(name, bytes.clone())));
  }

  /** Reads vCard text into a batch, with the problems found in it (for tests and embedders). */
  public static ImportBatch read(String name, byte[] bytes) {
    return ImportSource.readWhole(source(name, bytes));
  }

  /**
   * Writes every contact as one {@code .vcf} in {@code version} (replacing the file): names,
   * e-mails, phones, company and title, city/region/country, tags, LinkedIn profile URL, birthday,
   * anniversary and other yearly personal days, and notes, read through {@code contacts} (files and
   * notes) and {@code activity} (special days).
   *
   * @return the cards written
   * @throws ExportException naming the file when it cannot be written
   */
  public static int export(ManageContactsUseCase contacts, RecordActivityUseCase activity, Path file, Version version) {
    checkNotNull(contacts, "contacts");
    checkNotNull(activity, "activity");
    checkNotNull(file, "file");
    checkNotNull(version, "version");
    checkArgument(file.getFileName() != null, "export file must name a file: '%s'", file);
    return CardWriter.write(contacts, activity, file, version.library());
  }

  /** The cards of some files, parsed when the import reads them. */
  private record CardSource(List<CardFile> files) implements ImportSource {

    @Override
    public String source() {
      return CardEntry.SOURCE;
    }

    @Override
    public boolean distinctContacts() {
      return false;
    }

    @Override
    public boolean addressBook() {
      return true;
    }

    @Override
    public ImportBatch read(Contacts contacts) {
      checkNotNull(contacts, "contacts");
      List<ImportProblem> problems = new ArrayList<>();
      var batch = ImportBatch.builder().source(CardEntry.SOURCE).addressBook(true);
      int[] skipped = {0};
      for (CardFile file : files) {
        CardText.read(file, problems, (card, origin) -> {
          if (!CardEntry.addTo(card, origin, problems, batch, contacts)) {
            skipped[0]++;
          }
        });
      }
      return batch.problems(problems).skipped(skipped[0]).build();
    }
  }
}
