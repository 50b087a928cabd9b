package dev.rapport.adapter.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.port.in.imports.ImmutableImportBatch;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Outlook's contacts CSV (Outlook.com, desktop Outlook's 92 quoted columns, some localised
 * headers) and look-alikes such as Thunderbird's, mapped by header name; UTF-8 with or without a
 * BOM, UTF-16 with a BOM, or Windows-1252; {@code 0/0/00} is an empty date.
 */
final class OutlookFormat {

  static final String SOURCE = "Outlook";
  private static final String[] FIRST = {"First Name", "Vorname", "Prénom"};
  private static final String[] MIDDLE = {"Middle Name", "Weitere Vornamen", "Deuxième prénom"};
  private static final String[] LAST = {"Last Name", "Nachname", "Nom"};
  private static final String[] FULL = {"Display Name", "Name", "Anzeigename"};
  private static final String[] EMAILS = {"E-mail Address", "E-Mail-Adresse", "Primary Email", "Email Work", "Email Home",
      "E-mail 2 Address", "E-Mail 2: Adresse", "Secondary Email", "E-mail 3 Address", "E-Mail 3: Adresse", "Email Other",
      "Email", "E-mail"};
  private static final String[] PHONES = {"Mobile Phone", "Business Phone", "Home Phone", "Primary Phone", "Mobile Number",
      "Work Phone", "Home Mobile", "Business Phone 2", "Home Phone 2", "Other Phone", "Mobiltelefon",
      "Telefon geschäftlich", "Telefon privat"};
  private static final String[] WEBSITES = {"Web Page", "Personal Web Page", "Web Page 1", "Web Page 2", "Webseite"};

  private OutlookFormat() {}

  /** Reads the file, handing each contact to {@code contacts} as it is read; returns the rest. */
  static ImportBatch read(SourceFile file, ImportSource.Contacts contacts) {
    List<ImportProblem> problems = new ArrayList<>();
    ImmutableImportBatch.Builder batch = ImportBatch.builder().source(SOURCE).addressBook(true);
    int skipped = 0;
    try {
      Table table = Table.read(file, OutlookFormat::isHeader,
          "First Name, Last Name, E-mail Address, … (Outlook)");
      int first = table.column(FIRST);
      int middle = table.column(MIDDLE);
      int last = table.column(LAST);
      int full = table.column(FULL);
      int nickname = table.column("Nickname", "Spitzname");
      int company = table.column("Company", "Organization", "Firma", "Société");
      int title = table.column("Job Title", "Position", "Berufsbezeichnung", "Fonction");
      int birthday = table.column("Birthday", "Geburtstag", "Anniversaire");
      int birthYear = table.column("Birth Year");
      int birthMonth = table.column("Birth Month");
      int birthDay = table.column("Birth Day");
      int notes = table.column("Notes", "Notizen");
      int categories = table.column("Categories", "Kategorien");
      int city = table.column("Business City", "Work City", "Home City", "Ort geschäftlich");
      int region = table.column("Business State", "Work State", "Home State", "Bundesland/Kanton geschäftlich");
      int country = table.column("Business Country/Region", "Business Country", "Work Country", "Home Country/Region",
          "Home Country", "Land/Region geschäftlich");
      List<Integer> emails = columns(table, EMAILS);
      List<Integer> phones = columns(table, PHONES);
      List<Integer> websites = columns(table, WEBSITES);
      List<CsvRecord> rows = table.rows();
      for (CsvRecord row : rows) {
        AddressBookEntry entry = new AddressBookEntry(table, row, problems);
        entry.given = entry.cell(first);
        entry.middle = entry.cell(middle);
        entry.family = entry.cell(last);
        entry.fullName = entry.cell(full);
        entry.nickname = entry.cell(nickname);
        entry.company = entry.cell(company);
        entry.title = entry.cell(title);
        entry.notes = entry.cell(notes);
        entry.city = entry.cell(city);
        entry.region = entry.cell(region);
        entry.country = entry.cell(country);
        emails.forEach(column -> entry.emails(column, ";", false));
        phones.forEach(column -> entry.phones(column, ";", false));
        websites.forEach(column -> entry.websites.addAll(AddressBookEntry.split(entry.cell(column), ";")));
        entry.tags.addAll(AddressBookEntry.split(entry.cell(categories), ";"));
        if (birthday >= 0) {
          String day = entry.cell(birthday);
          if (!isEmptyDate(day)) {
            entry.birthday(birthday, Dates.outlook(day).map(PartialDate::of), "4/12/1985");
          }
        } else if (birthMonth >= 0 && birthDay >= 0) {
          thunderbirdBirthday(entry, birthYear, birthMonth, birthDay);
        }
        if (!entry.addTo(batch, contacts)) {
          skipped++;
        }
      }
    } catch (ImportException e) {
      problems.addAll(e.problems());
    }
    return batch.problems(problems).skipped(skipped).build();
  }

  private static boolean isHeader(List<String> fields) {
    for (String[] names : List.of(FIRST, LAST, FULL, EMAILS)) {
      for (String name : names) {
        if (fields.contains(Table.key(name))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Integer> columns(Table table, String[] names) {
    List<Integer> found = new ArrayList<>();
    for (String name : names) {
      int column = table.column(name);
      if (column >= 0 && !found.contains(column)) {
        found.add(column);
      }
    }
    return found;
  }

  /** Outlook writes a missing date as {@code 0/0/00}. */
  private static boolean isEmptyDate(String text) {
    return text.isEmpty() || text.chars().allMatch(c -> c == '0' || c == '/' || c == '.' || c == '-');
  }

  private static void thunderbirdBirthday(AddressBookEntry entry, int yearColumn, int monthColumn, int dayColumn) {
    String year = entry.cell(yearColumn);
    String month = entry.cell(monthColumn);
    String day = entry.cell(dayColumn);
    if (month.isEmpty() && day.isEmpty()) {
      return;
    }
    try {
      LocalDate date = LocalDate.of(year.isEmpty() ? 2000 : Integer.parseInt(year), Integer.parseInt(month),
          Integer.parseInt(day));
      entry.birthday = Optional.of(year.isEmpty() ? PartialDate.of(java.time.MonthDay.from(date)) : PartialDate.of(date));
    } catch (RuntimeException e) {
      entry.fail(monthColumn, "expected a birth month and day, found '" + month + "' and '" + day + "'");
    }
  }
}
