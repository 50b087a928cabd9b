package dev.rapport.adapter.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.port.in.ContactDraft;
import dev.rapport.core.port.in.ImportProblem;
import dev.rapport.core.port.in.ImportSource;
import dev.rapport.core.port.in.PendingDrafts;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's rows made into contact drafts a chunk at a time, each chunk handed over {@link
 * PendingDrafts pending} as soon as it is parsed. When the file is read on a helper, the import's
 * thread makes the drafts of the chunks it comes to first and the reader those that are left once
 * it has parsed the file, so parsing and making drafts share both cores.
 */
final class DraftChunks {

  /** Rows per chunk: parsed in runs this long, the parse is as fast as parsing the file whole. */
  private static final int CHUNK = 512;

  private DraftChunks() {}

  /** Reads one row: makes its draft, or notes a problem or a skipped row. */
  @FunctionalInterface
  interface RowReader {
    void read(CsvRecord row, Made made);
  }

  /** What rows made: drafts, problems and rows skipped, in the rows' order. */
  static final class Made {
    final List<ContactDraft> drafts = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    int skipped;

    void add(ContactDraft draft) {
      drafts.add(draft);
    }

    void problem(ImportProblem problem) {
      problems.add(problem);
    }

    void skip() {
      skipped++;
    }
  }

  /**
   * Reads the rest of the table's rows with {@code reader}, handing their drafts to {@code contacts}
   * in order, and returns what all the rows made, once every chunk is made.
   *
   * @throws dev.rapport.core.port.in.ImportException naming file and line when the CSV is broken
   */
  static Made read(Table table, RowReader reader, ImportSource.Contacts contacts) {
    List<Chunk> chunks = new ArrayList<>();
    for (List<CsvRecord> rows = table.nextRows(CHUNK); !rows.isEmpty(); rows = table.nextRows(CHUNK)) {
      Chunk chunk = new Chunk(rows, reader);
      chunks.add(chunk);
      contacts.addPending(chunk.drafts);
    }
    chunks.forEach(chunk -> chunk.drafts.make()); // those the import has not come to yet
    Made all = new Made();
    for (Chunk chunk : chunks) {
      all.drafts.addAll(chunk.drafts.get()); // waits for those the import is making
      all.problems.addAll(chunk.made.problems);
      all.skipped += chunk.made.skipped;
    }
    return all;
  }

  /** Rows whose drafts are made once, and what they made. */
  private static final class Chunk {
    final Made made = new Made();
    final PendingDrafts drafts;

    Chunk(List<CsvRecord> rows, RowReader reader) {
      drafts = new PendingDrafts(() -> {
        rows.forEach(row -> reader.read(row, made));
        return made.drafts;
      });
    }
  }
}
