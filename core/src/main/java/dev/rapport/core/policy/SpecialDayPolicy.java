package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.MonthDaySpan;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which special days fall in a window and what to send for them ("remember special days"):
 * birthdays with or without a year (February 29 on the 28th in other years), work anniversaries
 * from a start date, the yearly anniversary of connecting for the closest tiers, global holidays
 * as cards to the closest tiers, one-off events and accomplishments.
 */
@Value.Immutable
public abstract class SpecialDayPolicy {

  /** Starts a policy with the defaults. */
  public static ImmutableSpecialDayPolicy.Builder builder() {
    return ImmutableSpecialDayPolicy.builder();
  }

  /** The defaults: cards to INNER and CLOSE (holidays too), connection anniversaries for INNER and CLOSE. */
  public static SpecialDayPolicy defaults() {
    return builder().build();
  }

  /** Tiers who get a card on their days and on global holidays; others get a greeting on their days. */
  @Value.Default
  public Set<Tier> cardTiers() {
    return ImmutableSet.of(Tier.INNER, Tier.CLOSE);
  }

  /** Tiers whose yearly anniversary of the day you connected counts as a work anniversary. */
  @Value.Default
  public Set<Tier> connectionAnniversaryTiers() {
    return ImmutableSet.of(Tier.INNER, Tier.CLOSE);
  }

  /**
   * The special days falling within {@code days} days from {@code from} (included), date first,
   * then name, then id. {@code contacts} are the relationships, archived ones included, of at
   * least the contacts {@code specialDays} name and those connected on a month and day of the
   * span: everyone's will do, and so will just those.
   */
  public List<UpcomingDay> upcoming(
      LocalDate from, int days, Collection<SpecialDay> specialDays, Collection<? extends Relationship> contacts) {
    List<UpcomingDay> result = upcomingInAnyOrder(from, days, specialDays, contacts);
    result.sort(ORDER);
    return result;
  }

  /** The days {@link #upcoming} gives, in no particular order: the agenda takes each contact's first and needs no more. */
  List<UpcomingDay> upcomingInAnyOrder(
      LocalDate from, int days, Collection<SpecialDay> specialDays, Collection<? extends Relationship> contacts) {
    checkArgument(days >= 0, "days must not be negative: %s", days);
    LocalDate to = from.plusDays(days - 1L);
    // One pass over the contacts, which a network has tens of thousands of: it finds the few a
    // day names (to look up by id) and the connection anniversaries in the span.
    Set<ContactId> named = new HashSet<>();
    for (SpecialDay day : specialDays) {
      day.contact().ifPresent(named::add);
    }
    Map<ContactId, Relationship> byId = new HashMap<>();
    List<UpcomingDay> result = new ArrayList<>();
    MonthDaySpan span = MonthDaySpan.of(from, days); // most contacts' anniversaries are elsewhere in the year
    for (Relationship contact : contacts) {
      if (named.contains(contact.id())) {
        byId.put(contact.id(), contact);
      }
      if (contact.archived() || !connectionAnniversaryTiers().contains(contact.tier()) || contact.connectedOn().isEmpty()
          || !span.holds(monthDay(contact.connectedOn().get()))) {
        continue;
      }
      PartialDate connected = PartialDate.of(contact.connectedOn().get());
      for (LocalDate date : occurrences(connected, true, from, to)) {
        if (date.getYear() > contact.connectedOn().get().getYear()) {
          int years = date.getYear() - contact.connectedOn().get().getYear();
          result.add(describe(SpecialDayKind.WORK_ANNIVERSARY,
              Optional.of(years + (years == 1 ? " year" : " years") + " since you connected"), connected, date, Optional.of(contact)));
        }
      }
    }
    for (SpecialDay day : specialDays) {
      Optional<Relationship> contact = day.contact().map(byId::get);
      if (day.contact().isPresent() && (contact.isEmpty() || contact.get().archived())) {
        continue;
      }
      for (LocalDate date : occurrences(day.date(), day.recurring(), from, to)) {
        result.add(describe(day.kind(), day.title(), day.date(), date, contact));
      }
    }
    return result;
  }

  /** By day, then name (global days first), contact id and kind. One method, no boxing: it sorts thousands of days. */
  private static final Comparator<UpcomingDay> ORDER = (a, b) -> {
    int byDate = a.date().compareTo(b.date());
    if (byDate != 0) {
      return byDate;
    }
    int byName = a.contactName().orElse("").compareTo(b.contactName().orElse(""));
    if (byName != 0) {
      return byName;
    }
    int byId = Long.compare(a.contact().isPresent() ? a.contact().get().value() : 0, b.contact().isPresent() ? b.contact().get().value() : 0);
    return byId != 0 ? byId : a.kind().compareTo(b.kind());
  };

  /** The month-day of a date: {@code MonthDay.from} checks the chronology, a cost over a whole network. */
  private static MonthDay monthDay(LocalDate date) {
    return MonthDay.of(date.getMonthValue(), date.getDayOfMonth());
  }

  /** The days in [from, to] a date falls on; a one-off date only in its own year. */
  static List<LocalDate> occurrences(PartialDate date, boolean recurring, LocalDate from, LocalDate to) {
    List<LocalDate> dates = new ArrayList<>(2);
    if (!recurring) {
      LocalDate once = date.in(date.year().orElseThrow().getValue());
      if (!once.isBefore(from) && !once.isAfter(to)) {
        dates.add(once);
      }
      return dates;
    }
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      LocalDate day = date.in(year);
      boolean beforeItExisted = date.year().isPresent() && year < date.year().get().getValue();
      if (!beforeItExisted && !day.isBefore(from) && !day.isAfter(to)) {
        dates.add(day);
      }
    }
    return dates;
  }

  private UpcomingDay describe(SpecialDayKind kind, Optional<String> title, PartialDate date, LocalDate on, Optional<Relationship> contact) {
    OptionalInt years = date.year().map(y -> on.getYear() - y.getValue()).filter(n -> n > 0)
        .map(OptionalInt::of).orElse(OptionalInt.empty());
    if (contact.isEmpty()) {
      String what = title.orElse("a holiday");
      return new UpcomingDay(on, Optional.empty(), Optional.empty(), kind, title, years, OutreachAction.CARD,
          "send cards to " + tierList(cardTiers()) + " contacts for " + what);
    }
    Relationship who = contact.get();
    boolean card = cardTiers().contains(who.tier());
    OutreachAction action;
    String text;
    switch (kind) {
      case BIRTHDAY -> {
        action = card ? OutreachAction.CARD : OutreachAction.GREETING;
        text = (card ? "send a card" : "say happy birthday") + " for their birthday"
            + (years.isPresent() ? " (turns " + years.getAsInt() + ")" : "");
      }
      case WORK_ANNIVERSARY -> {
        action = card ? OutreachAction.CARD : OutreachAction.GREETING;
        String what = title.orElse(years.isPresent() ? years.getAsInt() + (years.getAsInt() == 1 ? " year" : " years") + " at work" : "work anniversary");
        text = (card ? "send a card" : "say congratulations") + ": " + what;
      }
      case ACCOMPLISHMENT -> {
        action = OutreachAction.MESSAGE;
        text = "congratulate them: " + title.orElse("an accomplishment");
      }
      case HOLIDAY -> {
        action = card ? OutreachAction.CARD : OutreachAction.GREETING;
        text = (card ? "send a card" : "send greetings") + " for " + title.orElse("a holiday");
      }
      default -> {
        action = card ? OutreachAction.CARD : OutreachAction.GREETING;
        text = (card ? "send a card" : "send a note") + ": " + title.orElse("a personal event");
      }
    }
    return new UpcomingDay(on, Optional.of(who.id()), Optional.of(who.displayName()), kind, title, years, action, text);
  }

  private static String tierList(Set<Tier> tiers) {
    return String.join(" and ", tiers.stream().sorted().map(Tier::name).toList());
  }
}
