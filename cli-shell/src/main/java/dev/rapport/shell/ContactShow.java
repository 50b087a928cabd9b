package dev.rapport.shell;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.policy.HealthReason;
import dev.rapport.core.policy.Suggestion;
import dev.rapport.core.port.in.AgendaRequest;
import dev.rapport.core.port.in.ContactHealth;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code contact show REF}: the contact's file — details, notes, special days and touches. */
@Command(name = "show", description = "Show a contact's file.")
final class ContactShow extends ShellCommand {

  /** Months of touches the trend chart covers. */
  static final int TREND_MONTHS = 12;

  /** The timeline shows this many latest touches; JSON has them all. */
  static final int SHOWN_TOUCHES = 15;

  @Parameters(index = "0", paramLabel = "REF", description = "Id, e-mail or part of the name.")
  String ref;

  ContactShow(Session session) {
    super(session);
  }

  @Override
  void run() {
    Contact contact = contact(ref);
    List<Note> notes = rapport().contacts().notes(contact.id());
    List<Touch> touches = rapport().activity().touches(contact.id());
    List<SpecialDay> days = rapport().activity().specialDays(contact.id());
    ZoneId zone = rapport().profile().profile().zone();
    LocalDate today = session.today();
    ContactHealth health = rapport().health().health(contact.id(), today);
    Optional<Suggestion> next = rapport().outreach().suggestionFor(contact.id(), AgendaRequest.asOf(today));
    if (session.options().format() == OutputFormat.TABLE) {
      printFile(contact, notes, days, touches, zone);
      printHealth(health, next, today);
    } else {
      Records records = new Records("");
      Map<String, Object> file = fileOf(contact, notes, days, touches, zone);
      file.put("score", Math.round(health.score() * 10) / 10.0);
      file.put("band", health.band());
      file.put("reasons", health.reasons());
      file.put("nextDue", health.nextDue().map(Object::toString));
      file.put("nextAction", next.map(ContactShow::actionOf).orElse(null));
      records.add().putAll(file);
      printer().print(records);
    }
  }

  private static Map<String, Object> actionOf(Suggestion s) {
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("action", s.action().label());
    action.put("reason", s.reason());
    action.put("due", s.due().toString());
    action.put("minutes", s.minutes());
    return action;
  }

  private void printHealth(ContactHealth health, Optional<Suggestion> next, LocalDate today) {
    PrintWriter out = out();
    Style s = style();
    Map<String, Object> row = Map.of("band", health.band());
    out.println();
    out.println(s.bold("Health") + "  " + Math.round(health.score()) + " "
        + HealthCommand.paintBand(s, row, Charts.bar(health.score() / 100, 10)) + " "
        + HealthCommand.paintBand(s, row, Names.of(health.band()))
        + health.nextDue().map(d -> "   next due " + s.cyan(Dates.of(d, today))).orElse("   no reminders"));
    for (HealthReason reason : health.report().reasons()) {
      out.println("  " + reason.text() + s.dim(String.format(java.util.Locale.ROOT, "  (%.0f points)", reason.share())));
    }
    out.println();
    if (next.isPresent()) {
      Suggestion suggestion = next.get();
      out.println(s.bold("Next") + "    " + s.green(suggestion.action().label()) + " by " + s.cyan(Dates.of(suggestion.due(), today))
          + " (" + suggestion.minutes() + " min): " + suggestion.reason());
    } else {
      out.println(s.bold("Next") + "    nothing this week" + health.nextDue().map(d -> "; next due " + Dates.of(d, today)).orElse(""));
    }
    out.flush();
  }

  private Map<String, Object> fileOf(Contact c, List<Note> notes, List<SpecialDay> days, List<Touch> touches, ZoneId zone) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("contactId", c.id().value());
    file.put("contact", c.displayName());
    file.put("tier", c.tier());
    file.put("cadence", c.cadence().map(Object::toString));
    file.put("emails", c.emails());
    file.put("phones", c.phones());
    file.put("company", c.company());
    file.put("title", c.title());
    file.put("industry", c.industry());
    file.put("location", c.location().isUnknown() ? null : c.location().toString());
    file.put("interests", List.copyOf(c.interests()));
    file.put("goals", List.copyOf(c.goals()));
    file.put("offers", List.copyOf(c.offers()));
    file.put("tags", List.copyOf(c.tags()));
    file.put("sourceChannel", c.sourceChannel());
    file.put("connectedOn", c.connectedOn());
    file.put("snoozedUntil", c.snoozedUntil());
    file.put("archived", c.archived());
    List<Map<String, Object>> noteRows = new ArrayList<>();
    for (Note note : notes) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("date", note.on().toString());
      row.put("text", note.text());
      noteRows.add(row);
    }
    file.put("notes", noteRows);
    List<Map<String, Object>> dayRows = new ArrayList<>();
    for (SpecialDay day : days) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("date", day.date().toString());
      row.put("kind", Names.of(day.kind()));
      row.put("title", day.title().orElse(null));
      dayRows.add(row);
    }
    file.put("specialDays", dayRows);
    List<Map<String, Object>> touchRows = new ArrayList<>();
    for (Touch t : touches) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("date", t.at().atZone(zone).toLocalDate().toString());
      row.put("direction", Names.of(t.direction()));
      row.put("kind", Names.of(t.kind()));
      row.put("channel", t.channel().orElse(null));
      row.put("minutes", t.minutes().isPresent() ? t.minutes().getAsInt() : null);
      row.put("summary", t.summary());
      touchRows.add(row);
    }
    file.put("touches", touchRows);
    return file;
  }

  private void printFile(Contact c, List<Note> notes, List<SpecialDay> days, List<Touch> touches, ZoneId zone) {
    PrintWriter out = out();
    Style s = style();
    LocalDate today = session.today();
    out.println(s.bold(c.displayName()) + s.dim("  (id " + c.id() + ")") + "  " + Names.of(c.tier())
        + c.cadence().map(k -> " · cadence " + k).orElse("") + (c.archived() ? s.yellow("  archived") : ""));
    String work = String.join(" at ", presentOf(c.title(), c.company()));
    line(out, "works", work);
    line(out, "industry", c.industry().orElse(""));
    line(out, "location", c.location().toString());
    line(out, "email", String.join(", ", c.emails()));
    line(out, "phone", String.join(", ", c.phones()));
    line(out, "interests", String.join(", ", c.interests()));
    line(out, "goals", String.join(", ", c.goals()));
    line(out, "offers", String.join(", ", c.offers()));
    line(out, "tags", String.join(", ", c.tags()));
    String met = c.sourceChannel().map(ch -> "via " + ch).orElse("")
        + c.connectedOn().map(d -> " on " + Dates.withYear(d)).orElse("");
    line(out, "met", met.strip());
    c.snoozedUntil().ifPresent(d -> line(out, "snoozed", "until " + Dates.of(d, today)));

    if (!notes.isEmpty()) {
      out.println();
      out.println(s.bold("Notes"));
      notes.forEach(n -> out.println("  " + s.cyan(Dates.of(n.on(), today)) + "  " + n.text()));
    }
    if (!days.isEmpty()) {
      out.println();
      out.println(s.bold("Special days"));
      days.forEach(d -> out.println("  " + s.cyan(Dates.of(d.date())) + "  " + Names.of(d.kind())
          + d.title().map(t -> "  " + t).orElse("")));
    }
    out.println();
    int[] months = Charts.perMonth(touches.stream().map(Touch::at).toList(), YearMonth.from(today), TREND_MONTHS, zone);
    out.println(s.bold("Touches") + "  " + s.dim("last " + TREND_MONTHS + " months ") + "[" + Charts.sparkline(months) + "]");
    if (touches.isEmpty()) {
      out.println("  none yet: log one with: log " + c.id() + " --kind greeting");
    }
    if (touches.size() > SHOWN_TOUCHES) {
      out.println(s.dim("  … " + (touches.size() - SHOWN_TOUCHES) + " earlier touches (--format json lists them all)"));
    }
    for (Touch t : touches.subList(Math.max(0, touches.size() - SHOWN_TOUCHES), touches.size())) {
      String date = String.format("%-11s", Dates.of(t.at().atZone(zone).toLocalDate(), today));
      String arrow = switch (t.direction()) {
        case OUTBOUND -> "→";
        case INBOUND -> "←";
        case MUTUAL -> "↔";
      };
      out.println("  " + s.cyan(date) + "  " + arrow + " " + Names.of(t.kind())
          + t.channel().map(ch -> "  on " + ch).orElse("")
          + (t.minutes().isPresent() ? "  " + t.minutes().getAsInt() + " min" : "")
          + (t.summary().isBlank() ? "" : "  " + t.summary()));
    }
    out.flush();
  }

  private static List<String> presentOf(Optional<String> first, Optional<String> second) {
    List<String> parts = new ArrayList<>();
    first.ifPresent(parts::add);
    second.ifPresent(parts::add);
    return parts;
  }

  private void line(PrintWriter out, String label, String value) {
    if (!value.isBlank()) {
      out.println("  " + style().dim(String.format("%-10s", label)) + value);
    }
  }
}
