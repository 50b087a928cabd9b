package dev.rapport.adapter.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ContactRef;
import dev.rapport.core.port.in.imports.ImmutableImportBatch;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportSource;
import dev.rapport.core.port.in.imports.NoteDraft;
import dev.rapport.core.port.in.imports.Origin;
import dev.rapport.core.port.in.imports.SpecialDayDraft;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One person of an address book export (Google Contacts, Outlook), gathered cell by cell and then
 * added to the batch as a contact with its birthday and notes; bad cells become problems.
 */
final class AddressBookEntry {

  private final Table table;
  private final CsvRecord row;
  private final List<ImportProblem> problems;
  String given = "";
  String middle = "";
  String family = "";
  String fullName = "";
  String nickname = "";
  String company = "";
  String title = "";
  String notes = "";
  String city = "";
  String region = "";
  String country = "";
  final List<String> emails = new ArrayList<>();
  final List<String> phones = new ArrayList<>();
  final Set<String> tags = new LinkedHashSet<>();
  final List<String> websites = new ArrayList<>();
  Optional<PartialDate> birthday = Optional.empty();
  private boolean broken;

  AddressBookEntry(Table table, CsvRecord row, List<ImportProblem> problems) {
    this.table = table;
    this.row = row;
    this.problems = problems;
  }

  String cell(int column) {
    return Table.cell(row, column);
  }

  /** Adds the addresses in a cell, several joined by {@code separator}; {@code primary} puts them first. */
  void emails(int column, String separator, boolean primary) {
    int at = primary ? 0 : emails.size();
    for (String address : split(cell(column), separator)) {
      if (!Contact.isEmailAddress(address)) {
        fail(column, "expected an e-mail address, found '" + address + "'");
      } else if (emails.stream().noneMatch(address::equalsIgnoreCase)) {
        emails.add(Math.min(at++, emails.size()), address);
      }
    }
  }

  void phones(int column, String separator, boolean primary) {
    int at = primary ? 0 : phones.size();
    for (String phone : split(cell(column), separator)) {
      if (!phones.contains(phone)) {
        phones.add(Math.min(at++, phones.size()), phone);
      }
    }
  }

  static List<String> split(String cell, String separator) {
    List<String> values = new ArrayList<>();
    if (cell.isEmpty()) {
      return values;
    }
    for (String part : cell.split(java.util.regex.Pattern.quote(separator))) {
      String value = part.strip();
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return values;
  }

  void birthday(int column, Optional<PartialDate> day, String expected) {
    String text = cell(column);
    if (day.isPresent()) {
      birthday = day;
    } else if (!text.isEmpty()) {
      fail(column, "expected a birthday like " + expected + ", found '" + text + "'");
    }
  }

  void fail(int column, String message) {
    problems.add(table.problem(row, column, message));
    broken = true;
  }

  /** Hands the entry's contact to {@code contacts}, its birthday and notes to the batch; false when it names nobody. */
  boolean addTo(ImmutableImportBatch.Builder batch, ImportSource.Contacts contacts) {
    if (broken) {
      return true;
    }
    String name = displayName();
    if (name.isEmpty()) {
      return false;
    }
    ImmutableContact.Builder details = ContactDraft.details(name)
        .givenName(Cells.optional(given)).familyName(Cells.optional(family))
        .company(Cells.optional(company)).title(Cells.optional(title))
        .location(Location.of(city, region, country))
        .emails(emails).phones(phones).tags(tags);
    for (String site : websites) {
      if (site.toLowerCase(Locale.ROOT).contains("linkedin.com/in/")) {
        details.addChannelProfiles(new ChannelProfile(LinkedInFormat.SOURCE, site));
      }
    }
    Origin origin = new Origin(table.file, row.getStartingLineNumber());
    String key = table.file + ':' + row.getStartingLineNumber();
    contacts.add(new ContactDraft(key, origin, details.build()));
    birthday.ifPresent(day -> batch.addSpecialDays(new SpecialDayDraft(Optional.of(ContactRef.key(key)),
        SpecialDayKind.BIRTHDAY, day, true, Optional.empty(), origin)));
    if (!notes.isBlank()) {
      batch.addNotes(new NoteDraft(ContactRef.key(key), Optional.empty(), notes.strip(), origin));
    }
    return true;
  }

  private String displayName() {
    if (!fullName.isEmpty()) {
      return fullName;
    }
    StringBuilder name = new StringBuilder();
    for (String part : List.of(given, middle, family)) {
      if (!part.isEmpty()) {
        name.append(name.length() == 0 ? "" : " ").append(part);
      }
    }
    if (name.length() > 0) {
      return name.toString();
    }
    return !nickname.isEmpty() ? nickname : !company.isEmpty() ? company : emails.isEmpty() ? "" : emails.get(0);
  }
}
