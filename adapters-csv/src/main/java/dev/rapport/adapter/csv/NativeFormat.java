package dev.rapport.adapter.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.ChannelStatus;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.domain.ImmutableOwnerProfile;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.NetworkingStyle;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.port.in.imports.CollaborationDraft;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ContactRef;
import dev.rapport.core.port.in.ExportException;
import dev.rapport.core.port.in.ManageContactsUseCase;
import dev.rapport.core.port.in.ManageProfileUseCase;
import dev.rapport.core.port.in.RecordActivityUseCase;
import dev.rapport.core.port.in.imports.ImmutableImportBatch;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportSource;
import dev.rapport.core.port.in.imports.NoteDraft;
import dev.rapport.core.port.in.imports.Origin;
import dev.rapport.core.port.in.imports.ResourceDraft;
import dev.rapport.core.port.in.imports.SpecialDayDraft;
import dev.rapport.core.port.in.imports.TouchDraft;
import dev.rapport.core.text.InstantText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rapport's own format: a folder of UTF-8 CSV files, one per entity, each with a header row;
 * see docs/csv-formats.md. Export then import gives back the same network.
 */
final class NativeFormat {

  static final String SOURCE = "Rapport";
  static final String CONTACTS = "contacts.csv";
  static final String NOTES = "notes.csv";
  static final String TOUCHES = "touches.csv";
  static final String DAYS = "special-days.csv";
  static final String CHANNELS = "channels.csv";
  static final String RESOURCES = "resources.csv";
  static final String COLLABORATIONS = "collaborations.csv";
  static final String PROFILE = "profile.csv";
  static final String GOALS = "goals.csv";
  /** The files in the order they are read: contacts before what refers to them. */
  static final List<String> FILES = List.of(CONTACTS, RESOURCES, NOTES, TOUCHES, DAYS, CHANNELS, COLLABORATIONS, PROFILE, GOALS);

  private static final List<String> CONTACT_COLUMNS = List.of("id", "display_name", "given_name", "family_name", "emails",
      "phones", "company", "title", "seniority", "industry", "city", "region", "country", "tags", "tier", "cadence",
      "interests", "goals", "offers", "source_channel", "connected_on", "profiles", "watch_keywords", "snoozed_until",
      "archived", "untriaged");
  private static final String UNTRIAGED = "untriaged";
  private static final List<String> NOTE_COLUMNS = List.of("contact", "on", "text");
  private static final List<String> TOUCH_COLUMNS = List.of("contact", "at", "direction", "kind", "channel", "summary",
      "minutes", "resource", "introduced_to", "external_key");
  private static final List<String> DAY_COLUMNS = List.of("contact", "kind", "date", "recurring", "title");
  private static final List<String> CHANNEL_COLUMNS = List.of("name", "kind", "joined_on", "status", "trial_ends",
      "minutes_per_week");
  private static final List<String> RESOURCE_COLUMNS = List.of("id", "title", "link", "topics", "found_on");
  private static final List<String> COLLABORATION_COLUMNS = List.of("title", "on", "contacts", "channel");
  private static final List<String> PROFILE_COLUMNS = List.of("zone", "weekly_budget_minutes", "style", "max_sites",
      "max_groups", "min_outreach_per_month", "emails");
  /** Columns added since the first version: a folder exported before them still imports, without them. */
  private static final Set<String> LATER_COLUMNS = Set.of("external_key", "emails", UNTRIAGED);
  private static final List<String> GOAL_COLUMNS = List.of("kind", "value", "aliases", "wanted");

  /** Touches handed to the thread writing them at a time, and how many such batches may wait (bounding memory). */
  private static final int HANDOFF_BATCH = 1_024;
  private static final int HANDOFF_BATCHES_WAITING = 4;

  private NativeFormat() {}

  // --- export

  /**
   * Writes the network into {@code dir}; returns the rows written per file.
   *
   * @throws ExportException naming the folder or file that could not be written
   */
  static Map<String, Integer> write(ManageContactsUseCase contactFiles, RecordActivityUseCase activity,
      ManageProfileUseCase owner, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw failure("could not create the folder " + dir, e);
    }
    Map<String, Integer> rows = new LinkedHashMap<>();
    rows.put(CONTACTS, 0); // its place in the report; written on a thread of its own while the touches are read
    FutureTask<Integer> contactsFile = started("rapport-export-contacts",
        () -> write(dir, CONTACTS, CONTACT_COLUMNS, contactFiles.list(), NativeFormat::contactRow));
    try {
      writeTheRest(contactFiles, activity, owner, dir, rows);
    } finally {
      awaitQuietly(contactsFile);
    }
    rows.put(CONTACTS, resultOf(contactsFile));
    return rows;
  }

  private static void writeTheRest(ManageContactsUseCase contactFiles, RecordActivityUseCase activity,
      ManageProfileUseCase owner, Path dir, Map<String, Integer> rows) {
    // streamed from one read each, in the order a contact at a time would give: never all in memory
    rows.put(NOTES, write(dir, NOTES, NOTE_COLUMNS, out -> contactFiles.eachNote(
        (contact, note) -> out.row(contact.toString(), note.on().toString(), note.text()))));
    rows.put(TOUCHES, write(dir, TOUCHES, TOUCH_COLUMNS, out -> {
      // read here and written on a second thread, so that reading the next touches and writing these overlap
      try (Handoff<Touch> rowsToWrite = Handoff.start("rapport-export-touches", HANDOFF_BATCH, HANDOFF_BATCHES_WAITING,
          touch -> touchRow(touch, out))) {
        activity.eachTouch(rowsToWrite);
        rowsToWrite.finish();
      }
    }));
    rows.put(DAYS, write(dir, DAYS, DAY_COLUMNS, activity.specialDays(), day -> new String[] {
        day.contact().map(ContactId::toString).orElse(""), day.kind().name(), day.date().toString(),
        Boolean.toString(day.recurring()), day.title().orElse("")}));
    rows.put(CHANNELS, write(dir, CHANNELS, CHANNEL_COLUMNS, activity.channels(), channel -> new String[] {
        channel.name(), channel.kind().name(), channel.joinedOn().toString(), channel.status().name(),
        channel.trialEnds().map(LocalDate::toString).orElse(""), Integer.toString(channel.minutesPerWeek())}));
    rows.put(RESOURCES, write(dir, RESOURCES, RESOURCE_COLUMNS, activity.resources(), resource -> new String[] {
        resource.id().toString(), resource.title(), resource.link().orElse(""), SafeCells.list(List.copyOf(resource.topics())),
        resource.foundOn().toString()}));
    rows.put(COLLABORATIONS, write(dir, COLLABORATIONS, COLLABORATION_COLUMNS, activity.collaborations(),
        collaboration -> new String[] {collaboration.title(), collaboration.on().toString(),
            SafeCells.list(collaboration.contacts().stream().sorted().map(ContactId::toString).toList()),
            collaboration.channel().orElse("")}));
    OwnerProfile profile = owner.profile();
    rows.put(PROFILE, write(dir, PROFILE, PROFILE_COLUMNS, List.of(profile), p -> new String[] {p.zone().getId(),
        Integer.toString(p.weeklyBudgetMinutes()), p.style().name(), Integer.toString(p.maxSites()),
        Integer.toString(p.maxGroups()), Integer.toString(p.minOutreachPerMonth()), SafeCells.list(p.emails())}));
    rows.put(GOALS, write(dir, GOALS, GOAL_COLUMNS, profile.goals(), goal -> new String[] {goal.kind().name(), goal.value(),
        SafeCells.list(List.copyOf(goal.aliases())), Integer.toString(goal.wanted())}));
  }

  /** Runs {@code work} on a new thread named {@code name}, now. */
  private static <T> FutureTask<T> started(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** Waits until {@code task} has ended, however it ended: an export returns with nothing still writing. */
  private static void awaitQuietly(FutureTask<?> task) {
    boolean interrupted = false;
    while (!task.isDone()) {
      try {
        task.get();
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException | CancellationException e) {
        break; // ended; its failure is for resultOf
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The result of an ended {@code task}, or its failure, as thrown on its thread. */
  private static <T> T resultOf(FutureTask<T> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while contacts.csv was written", e);
    }
  }

  private static <T> int write(Path dir, String file, List<String> header, List<T> items, Function<T, String[]> row) {
    return write(dir, file, header, out -> items.forEach(item -> out.row(row.apply(item))));
  }

  /** Writes the header, then the rows {@code rows} writes, as they come; returns how many. */
  private static int write(Path dir, String file, List<String> header, Consumer<CsvRowWriter> rows) {
    Path path = dir.resolve(file);
    try (CsvRowWriter writer = CsvRowWriter.create(path)) {
      writer.row(header.toArray(String[]::new));
      rows.accept(writer);
      return writer.rows() - 1;
    } catch (IOException e) {
      throw failure("could not write " + path, e);
    } catch (UncheckedIOException e) {
      throw failure("could not write " + path, e.getCause());
    }
  }

  private static ExportException failure(String what, IOException e) {
    String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new ExportException(what + " (" + reason + ")", e);
  }

  private static String[] contactRow(Contact c) {
    List<String> profiles = new ArrayList<>();
    for (ChannelProfile profile : c.channelProfiles()) {
      profiles.add(profile.channel());
      profiles.add(profile.handle());
    }
    return new String[] {c.id().toString(), c.displayName(), c.givenName().orElse(""), c.familyName().orElse(""),
        SafeCells.list(c.emails()), SafeCells.list(c.phones()), c.company().orElse(""), c.title().orElse(""),
        c.seniority().orElse(""), c.industry().orElse(""), c.location().city().orElse(""),
        c.location().region().orElse(""), c.location().country().orElse(""), SafeCells.list(List.copyOf(c.tags())),
        c.tier().name(), c.cadence().map(Cadence::phrase).orElse(""), SafeCells.list(List.copyOf(c.interests())),
        SafeCells.list(List.copyOf(c.goals())), SafeCells.list(List.copyOf(c.offers())), c.sourceChannel().orElse(""),
        c.connectedOn().map(LocalDate::toString).orElse(""), SafeCells.list(profiles),
        SafeCells.list(List.copyOf(c.watchKeywords())), c.snoozedUntil().map(LocalDate::toString).orElse(""),
        Boolean.toString(c.archived()), Boolean.toString(c.untriaged())};
  }

  private static void touchRow(Touch t, CsvRowWriter out) {
    out.number(t.contact().value()).instant(t.at()).text(t.direction().name()).text(t.kind().name())
        .text(t.channel().orElse("")).text(t.summary());
    if (t.minutes().isPresent()) {
      out.number(t.minutes().getAsInt());
    } else {
      out.text("");
    }
    if (t.resource().isPresent()) {
      out.number(t.resource().get().value());
    } else {
      out.text("");
    }
    if (t.introducedTo().isPresent()) {
      out.number(t.introducedTo().get().value());
    } else {
      out.text("");
    }
    out.text(t.externalKey().orElse("")).endRow();
  }

  // --- import

  /**
   * Reads the files of a folder Rapport exported ({@code files} maps file names to their contents),
   * row by row, handing each contact, resource and touch to {@code contacts} as it is read (a
   * network's touches may not fit in memory); returns the rest.
   */
  static ImportBatch read(String folder, Map<String, SourceFile> files, ImportSource.Contacts contacts) {
    Reader reader = new Reader(contacts);
    if (!files.containsKey(CONTACTS)) {
      reader.problems.add(new ImportProblem(folder, 0, 0, "expected " + CONTACTS + " (a folder written by 'export')"));
    }
    for (String name : FILES) {
      SourceFile file = files.get(name);
      if (file != null) {
        reader.file(file, name);
      }
    }
    return reader.build();
  }

  /** One cell could not be read; its problem is recorded and the row left out. */
  private static final class BadCell extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadCell() {
      super(null, null, false, false);
    }
  }

  /** Reads the files, handing over contacts, resources and touches and keeping the rest for the batch, with every problem. */
  private static final class Reader {
    final ImmutableImportBatch.Builder batch = ImportBatch.builder().source(SOURCE).distinctContacts(true).keepsTriage(true);
    final ImportSource.Contacts contacts;
    final List<ImportProblem> problems = new ArrayList<>();
    final ImmutableProfileParts profile = new ImmutableProfileParts();
    Table table;
    CsvRecord row;
    Map<String, Integer> columns;

    Reader(ImportSource.Contacts contacts) {
      this.contacts = contacts;
    }

    ImportBatch build() {
      profile.build(problems).ifPresent(batch::profile);
      return batch.problems(problems).build();
    }

    void file(SourceFile file, String name) {
      List<String> expected = switch (name) {
        case CONTACTS -> CONTACT_COLUMNS;
        case NOTES -> NOTE_COLUMNS;
        case TOUCHES -> TOUCH_COLUMNS;
        case DAYS -> DAY_COLUMNS;
        case CHANNELS -> CHANNEL_COLUMNS;
        case RESOURCES -> RESOURCE_COLUMNS;
        case COLLABORATIONS -> COLLABORATION_COLUMNS;
        case PROFILE -> PROFILE_COLUMNS;
        default -> GOAL_COLUMNS;
      };
      try {
        Table.eachRow(file, fields -> !fields.isEmpty() && fields.get(0).equals(expected.get(0)), String.join(",", expected),
            table -> {
              this.table = table;
              columns = columns(table, expected);
              return record -> row(name, record);
            });
      } catch (ImportException e) {
        problems.addAll(e.problems());
      }
    }

    /** The index of each expected column in the table's header. */
    private static Map<String, Integer> columns(Table table, List<String> expected) {
      Map<String, Integer> columns = new LinkedHashMap<>();
      for (String column : expected) {
        int index = table.column(column);
        if (index < 0 && LATER_COLUMNS.contains(column)) {
          continue;
        }
        if (index < 0) {
          throw new ImportException(List.of(new ImportProblem(table.file, 1, 0, "expected a column '" + column
              + "' in the header: " + String.join(",", expected))));
        }
        columns.put(column, index);
      }
      return columns;
    }

    private void row(String name, CsvRecord record) {
      row = record;
      if (row.getFieldCount() != table.header.size()) {
        problems.add(new ImportProblem(table.file, row.getStartingLineNumber(), Math.min(row.getFieldCount(),
            table.header.size()) + 1, "expected " + table.header.size() + " fields as in the header, found "
            + row.getFieldCount()));
        return;
      }
      try {
        switch (name) {
          case CONTACTS -> contact();
          case NOTES -> note();
          case TOUCHES -> touch();
          case DAYS -> day();
          case CHANNELS -> channel();
          case RESOURCES -> resource();
          case COLLABORATIONS -> collaboration();
          case PROFILE -> profile.row(this);
          default -> profile.goal(this);
        }
      } catch (BadCell e) {
        // recorded; the row is left out
      } catch (IllegalArgumentException e) {
        problems.add(new ImportProblem(table.file, row.getStartingLineNumber(), 0, e.getMessage()));
      }
    }

    Origin origin() {
      return new Origin(table.file, row.getStartingLineNumber());
    }

    String text(String column) {
      Integer index = columns.get(column);
      return index == null ? "" : SafeCells.restore(row.getField(index));
    }

    Optional<String> optional(String column) {
      return Cells.optional(text(column));
    }

    String required(String column) {
      String text = text(column);
      if (text.isEmpty()) {
        throw bad(column, "expected a value, found an empty cell");
      }
      return text;
    }

    BadCell bad(String column, String message) {
      problems.add(table.problem(row, columns.get(column), message));
      return new BadCell();
    }

    <T> T parse(String column, Function<String, T> parser, String expected) {
      String text = text(column);
      try {
        return parser.apply(text);
      } catch (RuntimeException e) {
        throw bad(column, "expected " + expected + ", found '" + text + "'");
      }
    }

    <T> Optional<T> parseOptional(String column, Function<String, T> parser, String expected) {
      return text(column).isEmpty() ? Optional.empty() : Optional.of(parse(column, parser, expected));
    }

    <E extends Enum<E>> E enumOf(String column, Class<E> type) {
      String text = text(column);
      try {
        return Enum.valueOf(type, text);
      } catch (IllegalArgumentException e) { // the list of names is made only for the message
        throw bad(column, "expected one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
            .collect(Collectors.joining(", ")) + ", found '" + text + "'");
      }
    }

    List<String> list(String column) {
      return parse(column, SafeCells::parseList, "values separated by ';'");
    }

    int number(String column) {
      return parse(column, Integer::parseInt, "a whole number");
    }

    boolean bool(String column) {
      return parse(column, text -> {
        if (!text.equals("true") && !text.equals("false")) {
          throw new IllegalArgumentException(text);
        }
        return Boolean.parseBoolean(text);
      }, "true or false");
    }

    LocalDate date(String column) {
      return parse(column, LocalDate::parse, "a date like 2021-03-12");
    }

    Optional<LocalDate> optionalDate(String column) {
      return parseOptional(column, LocalDate::parse, "a date like 2021-03-12");
    }

    void contact() {
      String key = required("id");
      List<String> profileParts = list("profiles");
      if (profileParts.size() % 2 != 0) {
        throw bad("profiles", "expected pairs of channel and handle, found " + profileParts.size() + " values");
      }
      ImmutableContact.Builder details = ContactDraft.details(required("display_name"))
          .givenName(optional("given_name")).familyName(optional("family_name"))
          .emails(list("emails")).phones(list("phones"))
          .company(optional("company")).title(optional("title")).seniority(optional("seniority"))
          .industry(optional("industry"))
          .location(new Location(optional("city"), optional("region"), optional("country")))
          .tags(list("tags")).tier(enumOf("tier", Tier.class))
          .cadence(parseOptional("cadence", Cadence::parse, "a cadence such as 'monthly' or 'fridays'"))
          .interests(list("interests")).goals(list("goals")).offers(list("offers"))
          .sourceChannel(optional("source_channel")).connectedOn(optionalDate("connected_on"))
          .watchKeywords(list("watch_keywords")).snoozedUntil(optionalDate("snoozed_until"))
          .archived(bool("archived"))
          .untriaged(columns.containsKey(UNTRIAGED) && bool(UNTRIAGED));
      for (int i = 0; i < profileParts.size(); i += 2) {
        details.addChannelProfiles(new ChannelProfile(profileParts.get(i), profileParts.get(i + 1)));
      }
      contacts.add(new ContactDraft(key, origin(), details.build()));
    }

    void note() {
      batch.addNotes(new NoteDraft(ContactRef.key(required("contact")), Optional.of(date("on")), required("text"),
          origin()));
    }

    void touch() {
      OptionalInt minutes = text("minutes").isEmpty() ? OptionalInt.empty() : OptionalInt.of(number("minutes"));
      contacts.addTouch(new TouchDraft(ContactRef.key(required("contact")),
          parse("at", InstantText::parseIso, "an instant like 2023-06-01T14:03:22Z"),
          enumOf("direction", Direction.class), enumOf("kind", InteractionKind.class), optional("channel"),
          text("summary"), minutes, optional("resource"), optional("introduced_to").map(ContactRef::key), origin(),
          optional("external_key")));
    }

    void day() {
      batch.addSpecialDays(new SpecialDayDraft(optional("contact").map(ContactRef::key), enumOf("kind", SpecialDayKind.class),
          parse("date", PartialDate::parse, "a date like 1985-04-12 or --04-12"), bool("recurring"), optional("title"),
          origin()));
    }

    void channel() {
      batch.addChannels(Channel.builder().name(required("name")).kind(enumOf("kind", ChannelKind.class))
          .joinedOn(date("joined_on")).status(enumOf("status", ChannelStatus.class))
          .trialEnds(optionalDate("trial_ends")).minutesPerWeek(number("minutes_per_week")).build());
    }

    void resource() {
      contacts.addResource(new ResourceDraft(required("id"), required("title"), optional("link"),
          new java.util.LinkedHashSet<>(list("topics")), date("found_on"), origin()));
    }

    void collaboration() {
      List<ContactRef> with = list("contacts").stream().map(ContactRef::key).toList();
      batch.addCollaborations(new CollaborationDraft(required("title"), date("on"), with, optional("channel"), origin()));
    }
  }

  /** The owner's profile, from profile.csv and goals.csv, which the import takes together. */
  private static final class ImmutableProfileParts {
    private ImmutableOwnerProfile.Builder profile;
    private final List<Goal> goals = new ArrayList<>();
    private boolean seen;

    void row(Reader reader) {
      if (seen) {
        throw new IllegalArgumentException("expected one row in " + PROFILE + ", found another");
      }
      seen = true;
      profile = OwnerProfile.builder()
          .zone(reader.parse("zone", ZoneId::of, "a time zone such as Europe/Paris"))
          .weeklyBudgetMinutes(reader.number("weekly_budget_minutes"))
          .style(reader.enumOf("style", NetworkingStyle.class))
          .maxSites(reader.number("max_sites"))
          .maxGroups(reader.number("max_groups"))
          .minOutreachPerMonth(reader.number("min_outreach_per_month"))
          .emails(reader.list("emails"));
    }

    void goal(Reader reader) {
      goals.add(new Goal(reader.enumOf("kind", GoalKind.class), reader.required("value"),
          new java.util.LinkedHashSet<>(reader.list("aliases")), reader.number("wanted")));
    }

    Optional<OwnerProfile> build(List<ImportProblem> problems) {
      if (!seen && goals.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of((profile == null ? OwnerProfile.builder() : profile).goals(goals).build());
      } catch (IllegalArgumentException e) {
        problems.add(new ImportProblem(PROFILE, 0, 0, e.getMessage()));
        return Optional.empty();
      }
    }
  }
}
