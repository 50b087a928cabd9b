package dev.rapport.shell;

import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.port.in.ContactDetails;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The options of {@code contact add} and {@code contact edit}: each one given changes that detail. */
final class ContactOptions {

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

  /** {@code command} with every detail the options give but the address, each checked and named by its option. */
  <C extends ContactDetails<C>> C giveTo(C command) {
    C given = command;
    given = give(given, "--company", () -> text(company), C::company);
    given = give(given, "--title", () -> text(title), C::title);
    given = give(given, "--industry", () -> text(industry), C::industry);
    given = give(given, "--location", () -> text(location).map(Location::parse), C::location);
    Optional<Tier> chosen = Optional.ofNullable(tier).map(t -> Names.parse(Tier.class, t, "--tier"));
    given = chosen.map(given::tier).orElse(given);
    given = give(given, "--cadence", () -> Optional.ofNullable(cadence).map(Cadence::parse), C::cadence);
    given = give(given, "--interests", () -> Optional.ofNullable(interests).map(ContactOptions::clean), C::interests);
    given = give(given, "--goals", () -> Optional.ofNullable(goals).map(ContactOptions::clean), C::goals);
    given = give(given, "--offers", () -> Optional.ofNullable(offers).map(ContactOptions::clean), C::offers);
    given = give(given, "--tags", () -> Optional.ofNullable(tags).map(ContactOptions::clean), C::tags);
    given = give(given, "--birthday", () -> Optional.ofNullable(birthday).map(PartialDate::parse), C::birthday);
    given = give(given, "--connected-on", () -> Optional.ofNullable(connectedOn), C::connectedOn);
    return give(given, "--channel", () -> text(channel), C::sourceChannel);
  }

  /** {@code command} with the address given, by {@code detail}, named by its option when it is none. */
  <C> C giveEmail(C command, BiFunction<C, String, C> detail) {
    return give(command, "--email", () -> Optional.ofNullable(email).map(String::strip), detail);
  }

  /** Gives the value an option read, naming the option in the message of a bad one. */
  private static <C, T> C give(C command, String option, Supplier<Optional<T>> read, BiFunction<C, T, C> detail) {
    return Converters.named(option, () -> read.get().map(value -> detail.apply(command, value)).orElse(command));
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Set<String> clean(List<String> values) {
    return values.stream().map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
