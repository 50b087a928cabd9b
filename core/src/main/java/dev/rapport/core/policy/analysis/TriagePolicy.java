package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.TouchSummary;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Which untriaged contacts to sort first (SPEC §9's {@code triage}): those with the most promising
 * signals — recent touches either way, a recent connection, a company, industry or role that
 * meets one of the owner's goals, a birthday or notes on file — each signal named and weighted.
 */
@Value.Immutable
public abstract class TriagePolicy {

  /** Most promising first: by score, then the latest of the last touch and connecting, then name and id. */
  private static final Comparator<TriageCandidate> MOST_PROMISING_FIRST =
      Comparator.comparingDouble(TriageCandidate::score).reversed()
          .thenComparing(c -> c.lastDay().orElse(LocalDate.MIN), Comparator.reverseOrder())
          .thenComparing(c -> c.contact().displayName())
          .thenComparing(c -> c.contact().id());

  /** Starts a policy; every parameter has its default. */
  public static ImmutableTriagePolicy.Builder builder() {
    return ImmutableTriagePolicy.builder();
  }

  /** The defaults. */
  public static TriagePolicy defaults() {
    return builder().build();
  }

  /** A touch either way within this many days is a signal. */
  @Value.Default
  public int recentTouchDays() {
    return 90;
  }

  /** Connecting within this many days is a signal. */
  @Value.Default
  public int recentConnectionDays() {
    return 90;
  }

  /** What a recent touch adds: someone already talking to you is the most promising. */
  @Value.Default
  public double touchWeight() {
    return 3;
  }

  /** What a recent connection adds. */
  @Value.Default
  public double connectionWeight() {
    return 2;
  }

  /** What meeting one of the owner's goals adds. */
  @Value.Default
  public double goalWeight() {
    return 2;
  }

  /** What a birthday on file adds. */
  @Value.Default
  public double birthdayWeight() {
    return 1;
  }

  /** What notes on file add. */
  @Value.Default
  public double notesWeight() {
    return 1;
  }

  @Value.Check
  protected void check() {
    checkArgument(recentTouchDays() >= 0, "recentTouchDays must not be negative: %s", recentTouchDays());
    checkArgument(recentConnectionDays() >= 0, "recentConnectionDays must not be negative: %s", recentConnectionDays());
    checkArgument(touchWeight() >= 0 && connectionWeight() >= 0 && goalWeight() >= 0 && birthdayWeight() >= 0
        && notesWeight() >= 0, "signal weights must not be negative");
  }

  /**
   * The untriaged contacts, most promising first, each with its signals named.
   *
   * @param untriaged the contacts to rank
   * @param summaries each contact's touches as of {@code asOf}
   * @param withBirthday the contacts with a birthday on file
   * @param notes how many notes each contact's file holds (missing: none)
   * @param goals the owner's goals
   * @param asOf the day treated as today
   */
  public List<TriageCandidate> rank(List<Contact> untriaged, Function<ContactId, TouchSummary> summaries,
      Set<ContactId> withBirthday, Map<ContactId, Integer> notes, List<Goal> goals, LocalDate asOf) {
    List<GoalMatcher> matchers = goals.stream().map(GoalMatcher::new).toList();
    List<TriageCandidate> ranked = new ArrayList<>(untriaged.size());
    for (Contact contact : untriaged) {
      ranked.add(assess(contact, summaries.apply(contact.id()), withBirthday.contains(contact.id()),
          notes.getOrDefault(contact.id(), 0), matchers, asOf));
    }
    ranked.sort(MOST_PROMISING_FIRST);
    return ranked;
  }

  private TriageCandidate assess(Contact contact, TouchSummary summary, boolean birthday, int notes,
      List<GoalMatcher> goals, LocalDate asOf) {
    double score = 0;
    List<String> signals = new ArrayList<>(2);
    Optional<LocalDate> lastTouch = summary.lastTouch().map(summary.query()::dayOf);
    if (lastTouch.isPresent() && within(lastTouch.get(), asOf, recentTouchDays())) {
      boolean theyWrote = summary.lastInbound().map(summary.query()::dayOf).equals(lastTouch);
      signals.add((theyWrote ? "wrote to you on " : "in touch on ") + lastTouch.get());
      score += touchWeight();
    }
    Optional<LocalDate> connected = contact.connectedOn();
    if (connected.isPresent() && within(connected.get(), asOf, recentConnectionDays())) {
      signals.add("connected " + connected.get());
      score += connectionWeight();
    }
    for (GoalMatcher goal : goals) {
      if (goal.matches(contact)) {
        signals.add("meets your goal: " + goal.goal().kind().name().toLowerCase(Locale.ROOT) + " " + goal.goal().value());
        score += goalWeight();
        break;
      }
    }
    if (birthday) {
      signals.add("birthday on file");
      score += birthdayWeight();
    }
    if (notes > 0) {
      signals.add(notes + (notes == 1 ? " note" : " notes") + " on file");
      score += notesWeight();
    }
    Optional<LocalDate> lastDay = later(lastTouch, connected);
    return new TriageCandidate(contact, score, signals, lastDay);
  }

  private static boolean within(LocalDate day, LocalDate asOf, int days) {
    long ago = ChronoUnit.DAYS.between(day, asOf);
    return ago >= 0 && ago < days;
  }

  private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.or(() -> b);
    }
    return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
  }
}
