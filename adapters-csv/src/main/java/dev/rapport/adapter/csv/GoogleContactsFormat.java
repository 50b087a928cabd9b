package dev.rapport.adapter.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.port.in.imports.ImmutableImportBatch;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google Contacts CSV, the current header ({@code First Name, …, Labels, E-mail 1 - Value}) and
 * the older "Google CSV" ({@code Name, Given Name, …, Group Membership}); cells holding several
 * values join them with {@code " ::: "}, and a leading {@code "* "} marks the primary one.
 */
final class GoogleContactsFormat {

  static final String SOURCE = "Google Contacts";
  private static final String MULTI = ":::";
  private static final Pattern NUMBERED = Pattern.compile("(e-mail|phone|website) (\\d+) - (value|label|type)");
  private static final Set<String> SYSTEM_LABELS = Set.of("mycontacts", "my contacts");

  private GoogleContactsFormat() {}

  /** Reads the file, handing each contact to {@code contacts} as it is read; returns the rest. */
  static ImportBatch read(SourceFile file, ImportSource.Contacts contacts) {
    List<ImportProblem> problems = new ArrayList<>();
    ImmutableImportBatch.Builder batch = ImportBatch.builder().source(SOURCE).addressBook(true);
    int skipped = 0;
    try {
      Table table = Table.read(file,
          fields -> Table.having("First Name", "Last Name").test(fields) || Table.having("Name", "Given Name").test(fields),
          "First Name, Last Name, … (Google Contacts) or Name, Given Name, … (older Google CSV)");
      Columns columns = new Columns(table);
      List<CsvRecord> rows = table.rows();
      for (CsvRecord row : rows) {
        if (!columns.entry(row, problems).addTo(batch, contacts)) {
          skipped++;
        }
      }
    } catch (ImportException e) {
      problems.addAll(e.problems());
    }
    return batch.problems(problems).skipped(skipped).build();
  }

  /** Where each field is in this file's header. */
  private static final class Columns {
    final Table table;
    final int name;
    final int given;
    final int middle;
    final int family;
    final int nickname;
    final int company;
    final int title;
    final int birthday;
    final int notes;
    final int labels;
    final int city;
    final int region;
    final int country;
    final List<int[]> emails = new ArrayList<>();
    final List<int[]> phones = new ArrayList<>();
    final List<Integer> websites = new ArrayList<>();

    Columns(Table table) {
      this.table = table;
      name = table.column("Name");
      given = table.column("First Name", "Given Name");
      middle = table.column("Middle Name", "Additional Name");
      family = table.column("Last Name", "Family Name");
      nickname = table.column("Nickname");
      company = table.column("Organization Name", "Organization 1 - Name");
      title = table.column("Organization Title", "Organization 1 - Title");
      birthday = table.column("Birthday");
      notes = table.column("Notes");
      labels = table.column("Labels", "Group Membership");
      city = table.column("Address 1 - City");
      region = table.column("Address 1 - Region");
      country = table.column("Address 1 - Country");
      for (int i = 0; i < table.header.size(); i++) {
        Matcher m = NUMBERED.matcher(Table.key(table.header.get(i)));
        if (m.matches() && m.group(3).equals("value")) {
          String label = m.group(1) + " " + m.group(2) + " - ";
          int[] pair = {i, table.column(label + "Label", label + "Type")};
          switch (m.group(1)) {
            case "e-mail" -> emails.add(pair);
            case "phone" -> phones.add(pair);
            default -> websites.add(i);
          }
        }
      }
    }

    AddressBookEntry entry(CsvRecord row, List<ImportProblem> problems) {
      AddressBookEntry entry = new AddressBookEntry(table, row, problems);
      entry.fullName = entry.cell(name);
      entry.given = entry.cell(given);
      entry.middle = entry.cell(middle);
      entry.family = entry.cell(family);
      entry.nickname = entry.cell(nickname);
      entry.company = first(entry.cell(company));
      entry.title = first(entry.cell(title));
      entry.notes = entry.cell(notes);
      entry.city = first(entry.cell(city));
      entry.region = first(entry.cell(region));
      entry.country = first(entry.cell(country));
      for (int[] email : emails) {
        entry.emails(email[0], MULTI, entry.cell(email[1]).startsWith("*"));
      }
      for (int[] phone : phones) {
        entry.phones(phone[0], MULTI, entry.cell(phone[1]).startsWith("*"));
      }
      for (int website : websites) {
        entry.websites.addAll(AddressBookEntry.split(entry.cell(website), MULTI));
      }
      for (String label : AddressBookEntry.split(entry.cell(labels), MULTI)) {
        String tag = label.startsWith("* ") ? label.substring(2).strip() : label;
        if (!tag.isEmpty() && !SYSTEM_LABELS.contains(tag.toLowerCase(java.util.Locale.ROOT))) {
          entry.tags.add(tag);
        }
      }
      String day = entry.cell(birthday);
      entry.birthday(birthday, day.isEmpty() ? Optional.empty() : parse(day), "1985-04-12 or --04-12");
      return entry;
    }

    private static String first(String cell) {
      List<String> values = AddressBookEntry.split(cell, MULTI);
      return values.isEmpty() ? "" : values.get(0);
    }

    private static Optional<PartialDate> parse(String day) {
      try {
        return Optional.of(PartialDate.parse(day));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }
}
