package dev.rapport.core.contract;

import com.google.common.base.Strings;
import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.port.out.Storage;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Values for the contract suite, including text that breaks careless storage. */
public final class Samples {

  /** Text that must come back untouched: quotes, SQL, emoji, right-to-left, control characters. */
  public static final List<String> HOSTILE_TEXT = List.of(
      "O'Brien \"the quoted\" `back`",
      "'); DROP TABLE contacts;--",
      "Zoë 👩🏽‍💻 🚀 naïve café",
      "שלום עולם مرحبا بالعالم",
      "tab\there, newline\nthere, CR\rtoo, backslash \\ percent % underscore _",
      "=SUM(A1:A9) +1 -2 @cmd",
      Strings.repeat("long note ", 10_000));

  private Samples() {}

  /** A contact with only the required fields. */
  public static Contact minimal(ContactId id, String name) {
    return Contact.builder().id(id).displayName(name).build();
  }

  /** A contact with every field filled in. */
  public static Contact full(ContactId id) {
    return Contact.builder()
        .id(id)
        .displayName("Ada Lovelace")
        .givenName("Ada")
        .familyName("Lovelace")
        .addEmails("ada@example.org", "countess@example.com")
        .addPhones("+44 20 7946 0000")
        .company("Analytical Engines Ltd")
        .title("Head of Computation")
        .seniority("executive")
        .industry("fintech")
        .location(Location.of("London", "England", "United Kingdom"))
        .addTags("mentor", "vip")
        .tier(Tier.CLOSE)
        .cadence(Cadence.monthlyOnThe(3, DayOfWeek.MONDAY).fixed())
        .addInterests("mathematics", "poetry")
        .addGoals("raise a seed round")
        .addOffers("engine design")
        .sourceChannel("LinkedIn")
        .connectedOn(LocalDate.of(2021, 3, 12))
        .addChannelProfiles(new ChannelProfile("LinkedIn", "https://www.linkedin.com/in/ada"))
        .addWatchKeywords("Ada Lovelace", "Analytical Engines")
        .snoozedUntil(LocalDate.of(2026, 12, 1))
        .archived(true)
        .build();
  }

  /** Saves a minimal contact under a new id and returns its id. */
  public static ContactId newContact(Storage storage, String name) {
    ContactId id = storage.contacts().nextId();
    storage.contacts().save(minimal(id, name));
    return id;
  }

  /** An outbound message to the contact at the instant. */
  public static Touch message(ContactId contact, String instant) {
    return Touch.builder().contact(contact).at(Instant.parse(instant))
        .direction(Direction.OUTBOUND).kind(InteractionKind.MESSAGE).build();
  }
}
