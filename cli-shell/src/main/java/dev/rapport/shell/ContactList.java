package dev.rapport.shell;

import dev.rapport.core.domain.Tier;
import dev.rapport.core.policy.HealthBand;
import dev.rapport.core.port.in.ContactHealth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code contact list [--tier T] [--band B]}: every contact with their health, by name. */
@Command(name = "list", aliases = "ls", description = "List contacts with their health, by name.")
final class ContactList extends ShellCommand {

  @Option(names = "--tier", paramLabel = "T", completionCandidates = Candidates.Tiers.class,
      description = "Only this tier: ${COMPLETION-CANDIDATES}.")
  String tier;

  @Option(names = "--band", paramLabel = "B", completionCandidates = HealthCommand.Bands.class,
      description = "Only this band: ${COMPLETION-CANDIDATES}.")
  String band;

  ContactList(Session session) {
    super(session);
  }

  @Override
  void run() {
    Optional<Tier> wantedTier = Optional.ofNullable(tier).map(t -> Names.parse(Tier.class, t, "--tier"));
    Optional<HealthBand> wantedBand = Optional.ofNullable(band).map(b -> Names.parse(HealthBand.class, b, "--band"));
    List<ContactHealth> contacts = rapport().health().all(session.today(), wantedBand).stream()
        .filter(h -> wantedTier.isEmpty() || h.tier() == wantedTier.get())
        .map(ByName::new).sorted().map(ByName::health)
        .toList();
    String empty = wantedTier.isPresent() || wantedBand.isPresent() ? "No contacts match."
        : "No contacts yet. Add one with: contact add NAME, or import a file.";
    printer().print(HealthCommand.records(contacts, session.options().format(), session.today(), empty));
    int archived = rapport().contacts().archivedCount();
    if (archived > 0) {
      say(style().dim(archived + " archived contacts not shown"));
    }
  }

  /** A contact's health with its name folded to lower case once, not in every comparison of the sort. */
  private record ByName(String key, ContactHealth health) implements Comparable<ByName> {
    ByName(ContactHealth health) {
      this(health.contact().toLowerCase(Locale.ROOT), health);
    }

    @Override
    public int compareTo(ByName other) {
      int byName = key.compareTo(other.key);
      return byName != 0 ? byName : health.contactId().compareTo(other.health.contactId());
    }
  }
}
