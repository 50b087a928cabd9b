package dev.rapport.adapter.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ContactRef;
import dev.rapport.core.port.in.imports.ImmutableImportBatch;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportSource;
import dev.rapport.core.port.in.imports.Origin;
import dev.rapport.core.port.in.imports.TouchDraft;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * LinkedIn's data export: {@code Connections.csv} as contacts, {@code messages.csv} and
 * {@code Invitations.csv} as touches, the owner recognised as the one person on a side of every message.
 */
final class LinkedInFormat {

  static final String SOURCE = "LinkedIn";
  private static final Optional<String> CHANNEL = Optional.of(SOURCE);
  private static final int SUMMARY_LENGTH = 120;
  private static final int SNIFF_BYTES = 4096;
  /** Drafts read ahead are handed over this many at a time, at most {@link #BATCHES_WAITING} batches waiting. */
  private static final int DRAFTS_PER_BATCH = 256;
  private static final int BATCHES_WAITING = 8;

  private final ImmutableImportBatch.Builder batch = ImportBatch.builder().source(SOURCE);
  private final ImportSource.Contacts contacts;
  private final List<ImportProblem> problems = new ArrayList<>();
  /** The connections read, kept only when messages are read too: they tell the owner apart. */
  private final List<ContactDraft> connectionsRead = new ArrayList<>();
  private boolean keepConnections;
  private final Set<String> ownerNames = new HashSet<>();
  private int skipped;

  /** Which file of the export a file is, by its name or else by its header. */
  enum Part { CONNECTIONS, MESSAGES, INVITATIONS }

  private LinkedInFormat(ImportSource.Contacts contacts) {
    this.contacts = contacts;
  }

  /** Reads the export's files, handing each contact to {@code contacts} as it is read; returns the rest. */
  static ImportBatch read(List<SourceFile> files, ImportSource.Contacts contacts) {
    LinkedInFormat format = new LinkedInFormat(contacts);
    Map<Part, List<SourceFile>> parts = new HashMap<>();
    for (SourceFile file : files) {
      format.guarded(file, () -> parts.computeIfAbsent(part(file), p -> new ArrayList<>()).add(file));
    }
    // contacts first, then invitations (they say who the owner is), then messages
    format.keepConnections = parts.containsKey(Part.MESSAGES);
    parts.getOrDefault(Part.CONNECTIONS, List.of()).forEach(f -> format.guarded(f, () -> format.connectionsReadAhead(f)));
    parts.getOrDefault(Part.INVITATIONS, List.of()).forEach(f -> format.guarded(f, () -> format.invitations(f)));
    parts.getOrDefault(Part.MESSAGES, List.of()).forEach(f -> format.guarded(f, () -> format.messages(f)));
    if (parts.isEmpty() && format.problems.isEmpty()) {
      format.problems.add(new ImportProblem("LinkedIn export", 0, 0,
          "expected Connections.csv, messages.csv or Invitations.csv"));
    }
    return format.batch.problems(format.problems).skipped(format.skipped).build();
  }

  private void guarded(SourceFile file, Runnable work) {
    try {
      work.run();
    } catch (ImportException e) {
      problems.addAll(e.problems());
    }
  }

  private static Part part(SourceFile file) {
    String name = file.baseName();
    if (name.startsWith("connections")) {
      return Part.CONNECTIONS;
    } else if (name.startsWith("messages")) {
      return Part.MESSAGES;
    } else if (name.startsWith("invitations")) {
      return Part.INVITATIONS;
    }
    // the header is near the top: sniff the first few kilobytes, not the whole file
    byte[] bytes = file.bytes();
    String head = CsvText.decode(file.name(), java.util.Arrays.copyOf(bytes, Math.min(bytes.length, SNIFF_BYTES))).toLowerCase(Locale.ROOT);
    if (head.contains("conversation id")) {
      return Part.MESSAGES;
    } else if (head.contains("sent at") && head.contains("direction")) {
      return Part.INVITATIONS;
    } else if (head.contains("first name") && head.contains("last name")) {
      return Part.CONNECTIONS;
    }
    throw new ImportException(List.of(new ImportProblem(file.name(), 1, 1,
        "expected a LinkedIn export file: Connections.csv, messages.csv or Invitations.csv")));
  }

  /**
   * Reads the connections on a helper thread while this one plans each as it comes: parsing the
   * file and building the drafts needs nothing of the store, and took a fifth of a 30,000-row import.
   * The reading's problems, skips and drafts are this object's again once the drain returns.
   */
  private void connectionsReadAhead(SourceFile file) {
    try (ReadAhead<ContactDraft> drafts = ReadAhead.start("rapport-csv-reader", DRAFTS_PER_BATCH, BATCHES_WAITING,
        read -> connections(file, read))) {
      drafts.drain(contacts::add);
    }
  }

  private void connections(SourceFile file, Consumer<? super ContactDraft> read) {
    Table.eachRowOf(file, Table.having("First Name", "Last Name"),
        "First Name, Last Name, URL, Email Address, Company, Position, Connected On",
        table -> new ConnectionRows(file, table, read));
  }

  /** The rows of Connections.csv under its header, each made a draft and handed over as it is parsed. */
  private final class ConnectionRows implements Consumer<CsvRecord> {
    private final SourceFile file;
    private final Table table;
    private final Consumer<? super ContactDraft> read;
    private final int first;
    private final int last;
    private final int url;
    private final int email;
    private final int company;
    private final int position;
    private final int connected;

    ConnectionRows(SourceFile file, Table table, Consumer<? super ContactDraft> read) {
      this.file = file;
      this.table = table;
      this.read = read;
      first = table.column("First Name");
      last = table.column("Last Name");
      url = table.column("URL", "Profile URL");
      email = table.column("Email Address", "E-mail Address", "Email");
      company = table.column("Company");
      position = table.column("Position");
      connected = table.column("Connected On");
    }

    @Override
    public void accept(CsvRecord row) {
      String given = Table.cell(row, first);
      String family = Table.cell(row, last);
      if (given.isEmpty() && family.isEmpty()) {
        skipped++; // a hidden profile: LinkedIn leaves only the date
        return;
      }
      String name = family.isEmpty() ? given : given.isEmpty() ? family : given + ' ' + family;
      ImmutableContact.Builder details = ContactDraft.details(name)
          .givenName(Cells.optional(given)).familyName(Cells.optional(family))
          .company(Cells.optional(Table.cell(row, company))).title(Cells.optional(Table.cell(row, position)))
          .sourceChannel(SOURCE);
      String connectedOn = Table.cell(row, connected);
      if (!connectedOn.isEmpty()) {
        Optional<LocalDate> day = Dates.dayMonthNameYear(connectedOn);
        if (day.isEmpty()) {
          problems.add(table.problem(row, connected, "expected a date like 12 Mar 2021, found '" + connectedOn + "'"));
          return;
        }
        details.connectedOn(day);
      }
      String address = Table.cell(row, email);
      if (!address.isEmpty()) {
        if (!Contact.isEmailAddress(address)) {
          problems.add(table.problem(row, email, "expected an e-mail address, found '" + address + "'"));
          return;
        }
        details.addEmails(address);
      }
      String profile = Table.cell(row, url);
      if (!profile.isEmpty()) {
        details.addChannelProfiles(new ChannelProfile(SOURCE, profile));
      }
      String key = !profile.isEmpty() ? profile : !address.isEmpty() ? address : file.name() + ':' + row.getStartingLineNumber();
      ContactDraft draft = new ContactDraft(key, new Origin(file.name(), row.getStartingLineNumber()), details.build());
      read.accept(draft);
      if (keepConnections) {
        connectionsRead.add(draft);
      }
    }
  }

  private void invitations(SourceFile file) {
    Table table = Table.read(file, Table.having("From", "To", "Sent At", "Direction"),
        "From, To, Sent At, Message, Direction");
    int from = table.column("From");
    int to = table.column("To");
    int sentAt = table.column("Sent At");
    int message = table.column("Message");
    int direction = table.column("Direction");
    int inviter = table.column("inviterProfileUrl");
    int invitee = table.column("inviteeProfileUrl");
    for (CsvRecord row : table.rows()) {
      String way = Table.cell(row, direction).toUpperCase(Locale.ROOT);
      boolean outgoing = way.equals("OUTGOING");
      if (!outgoing && !way.equals("INCOMING")) {
        problems.add(table.problem(row, direction, "expected INCOMING or OUTGOING, found '" + Table.cell(row, direction) + "'"));
        continue;
      }
      String when = Table.cell(row, sentAt);
      Optional<Instant> at = Dates.invitationTime(when);
      if (at.isEmpty()) {
        problems.add(table.problem(row, sentAt, "expected a time like 3/12/21, 4:05 PM, found '" + when + "'"));
        continue;
      }
      ownerNames.add(Table.cell(row, outgoing ? from : to).toLowerCase(Locale.ROOT));
      String name = Table.cell(row, outgoing ? to : from);
      String url = Table.cell(row, outgoing ? invitee : inviter);
      if (name.isEmpty() && url.isEmpty()) {
        skipped++;
        continue;
      }
      String note = Table.cell(row, message);
      String summary = "LinkedIn invitation" + (note.isEmpty() ? "" : ": " + Cells.firstLine(note, SUMMARY_LENGTH));
      batch.addTouches(TouchDraft.of(ContactRef.person(name, null, url), at.get(),
          outgoing ? Direction.OUTBOUND : Direction.INBOUND, InteractionKind.GREETING, CHANNEL, summary,
          new Origin(file.name(), row.getStartingLineNumber())));
    }
  }

  /** One side of a message: a name and, when LinkedIn gives it, a profile URL. */
  private record Person(String name, String url) {
    String id() {
      return url.isEmpty() ? "name:" + name.toLowerCase(Locale.ROOT) : "url:" + url.toLowerCase(Locale.ROOT);
    }
  }

  private void messages(SourceFile file) {
    Table table = Table.read(file, Table.having("From", "To", "Date"),
        "CONVERSATION ID, FROM, SENDER PROFILE URL, TO, DATE, SUBJECT, CONTENT");
    int from = table.column("From");
    int senderUrl = table.column("Sender Profile Url");
    int to = table.column("To");
    int recipientUrls = table.column("Recipient Profile Urls");
    int date = table.column("Date");
    int subject = table.column("Subject");
    int content = table.column("Content");
    List<CsvRecord> rows = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    Map<String, Integer> appearances = new HashMap<>();
    for (CsvRecord row : table.rows()) {
      String when = Table.cell(row, date);
      Optional<Instant> at = Dates.messageTime(when);
      if (at.isEmpty()) {
        problems.add(table.problem(row, date, "expected a time like 2023-06-01 14:03:22 UTC, found '" + when + "'"));
        continue;
      }
      rows.add(row);
      times.add(at.get());
      Set<String> seen = new HashSet<>();
      seen.add(new Person(Table.cell(row, from), Table.cell(row, senderUrl)).id());
      recipients(row, to, recipientUrls).forEach(p -> seen.add(p.id()));
      seen.forEach(id -> appearances.merge(id, 1, Integer::sum));
    }
    Set<String> owner = owner(appearances);
    for (int i = 0; i < rows.size(); i++) {
      CsvRecord row = rows.get(i);
      Person sender = new Person(Table.cell(row, from), Table.cell(row, senderUrl));
      String about = Table.cell(row, subject);
      String summary = Cells.firstLine(about.isEmpty() ? Table.cell(row, content) : about, SUMMARY_LENGTH);
      Origin origin = new Origin(file.name(), row.getStartingLineNumber());
      if (owner.contains(sender.id())) {
        for (Person recipient : recipients(row, to, recipientUrls)) {
          if (!owner.contains(recipient.id())) {
            batch.addTouches(TouchDraft.of(ref(recipient), times.get(i), Direction.OUTBOUND, InteractionKind.MESSAGE,
                CHANNEL, summary, origin));
          }
        }
      } else if (!sender.name().isEmpty() || !sender.url().isEmpty()) {
        batch.addTouches(TouchDraft.of(ref(sender), times.get(i), Direction.INBOUND, InteractionKind.MESSAGE, CHANNEL,
            summary, origin));
      } else {
        skipped++;
      }
    }
  }

  private static ContactRef ref(Person person) {
    return ContactRef.person(person.name(), null, person.url());
  }

  private static List<Person> recipients(CsvRecord row, int to, int urls) {
    String names = Table.cell(row, to);
    String links = Table.cell(row, urls);
    String[] urlParts = links.isEmpty() ? new String[0] : links.split(",");
    String[] nameParts = names.split(",");
    List<Person> people = new ArrayList<>();
    if (urlParts.length > 1 && nameParts.length == urlParts.length) {
      for (int i = 0; i < urlParts.length; i++) {
        people.add(new Person(nameParts[i].strip(), urlParts[i].strip()));
      }
    } else if (!names.isEmpty() || !links.isEmpty()) {
      people.add(new Person(names, urlParts.length == 1 ? urlParts[0].strip() : ""));
    }
    return people;
  }

  /**
   * The owner is on one side of every message: the person seen in the most messages, preferring
   * one the invitations name as the owner, then one who is not among the connections.
   */
  private Set<String> owner(Map<String, Integer> appearances) {
    Set<String> connected = new HashSet<>();
    for (ContactDraft connection : connectionsRead) {
      connected.add(connection.details().displayName().toLowerCase(Locale.ROOT));
      connection.details().channelProfiles().forEach(profile -> connected.add(profile.handle().toLowerCase(Locale.ROOT)));
    }
    String best = null;
    int bestScore = -1;
    for (Map.Entry<String, Integer> entry : appearances.entrySet()) {
      String id = entry.getKey();
      String plain = id.substring(id.indexOf(':') + 1);
      boolean named = id.startsWith("name:") && ownerNames.contains(plain);
      boolean connection = connected.contains(plain);
      int score = entry.getValue() * 4 + (named ? 2 : 0) + (connection ? 0 : 1);
      if (score > bestScore || (score == bestScore && id.compareTo(best) < 0)) {
        best = id;
        bestScore = score;
      }
    }
    Set<String> owner = new HashSet<>();
    if (best != null) {
      owner.add(best);
    }
    ownerNames.forEach(name -> owner.add("name:" + name));
    return owner;
  }
}
