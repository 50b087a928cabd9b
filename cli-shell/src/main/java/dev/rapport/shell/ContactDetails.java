package dev.rapport.shell;

import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of {@code contact add} and {@code contact edit}: each one given changes that detail. */
final class ContactDetails {

  @Option(names = "--email", paramLabel = "E", description = "E-mail address (becomes the primary one).")
  String email;

  @Option(names = "--company", paramLabel = "C", description = "Current employer.")
  String company;

  @Option(names = "--title", paramLabel = "T", description = "Title or role.")
  String title;

  @Option(names = "--industry", paramLabel = "I", description = "Industry, such as fintech.")
  String industry;

  @Option(names = "--location", paramLabel = "L", description = "City[, Region], Country.")
  String location;

  @Option(names = "--tier", paramLabel = "T", completionCandidates = Candidates.Tiers.class,
      description = "inner, close, active, wider or acquaintance.")
  String tier;

  @Option(names = "--cadence", paramLabel = "SPEC",
      description = "weekly, fridays, every 2 weeks, first of the month, third monday, quarterly, none… ('fixed:' first for a fixed schedule).")
  String cadence;

  @Option(names = "--interests", paramLabel = "a,b", split = ",", description = "Topics they care about.")
  List<String> interests;

  @Option(names = "--goals", paramLabel = "a,b", split = ",", description = "What they are trying to achieve.")
  List<String> goals;

  @Option(names = "--offers", paramLabel = "a,b", split = ",", description = "What they can help others with.")
  List<String> offers;

  @Option(names = "--tags", paramLabel = "a,b", split = ",", description = "Free labels.")
  List<String> tags;

  @Option(names = "--birthday", paramLabel = "[YYYY-]MM-DD", description = "Their birthday.")
  String birthday;

  @Option(names = "--connected-on", paramLabel = "DATE", converter = Converters.Day.class,
      description = "The day you connected (YYYY-MM-DD).")
  LocalDate connectedOn;

  @Option(names = "--channel", paramLabel = "NAME", description = "The channel through which you met.")
  String channel;

  /** The birthday given, checked. */
  Optional<PartialDate> birthday() {
    return Optional.ofNullable(birthday).map(text -> Converters.named("--birthday", () -> PartialDate.parse(text)));
  }

  /** The contact with every given detail changed. */
  Contact applyTo(Contact contact) {
    ImmutableContact.Builder b = Contact.builder().from(contact);
    if (email != null) {
      List<String> emails = new ArrayList<>();
      emails.add(email.strip());
      contact.emails().stream().filter(e -> !e.equalsIgnoreCase(email.strip())).forEach(emails::add);
      b.emails(emails);
    }
    text(company).ifPresent(b::company);
    text(title).ifPresent(b::title);
    text(industry).ifPresent(b::industry);
    text(location).ifPresent(l -> b.location(Converters.named("--location", () -> Location.parse(l))));
    if (tier != null) {
      b.tier(Names.parse(Tier.class, tier, "--tier")).untriaged(false); // the owner chose it: triaged
    }
    if (cadence != null) {
      b.cadence(Converters.named("--cadence", () -> Cadence.parse(cadence)));
    }
    if (interests != null) {
      b.interests(clean(interests));
    }
    if (goals != null) {
      b.goals(clean(goals));
    }
    if (offers != null) {
      b.offers(clean(offers));
    }
    if (tags != null) {
      b.tags(clean(tags));
    }
    if (connectedOn != null) {
      b.connectedOn(connectedOn);
    }
    text(channel).ifPresent(b::sourceChannel);
    return b.build();
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static List<String> clean(List<String> values) {
    return values.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }
}
