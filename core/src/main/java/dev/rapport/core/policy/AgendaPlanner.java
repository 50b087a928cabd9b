package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Comparator.comparing;

import com.google.common.base.Throwables;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.TouchSummary;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Plans the outreach agenda of SPEC §4 ("who to contact, and how"): replies first, then special
 * days, then welcomes for new connections, then due and overdue touches ranked by tier, overdue
 * ratio and responsiveness, with the action chosen by the meet, share and variety rules, and among
 * them a few reconnections with lapsed ties; each contact once; the budget filled in rank order,
 * the rest deferred, and the start-small minimum kept.
 */
public final class AgendaPlanner {

  /**
   * By rule's place; due touches and reconnections by rank, highest first (a reconnection
   * before a due touch of the same rank), the others by day; then by name and id. One method: it
   * sorts a network.
   */
  private static final Comparator<Suggestion> ORDER = (a, b) -> {
    int byRule = Integer.compare(a.rule().place(), b.rule().place());
    if (byRule != 0) {
      return byRule;
    }
    int byUrgency = a.rule().ranked() ? Double.compare(b.rank(), a.rank()) : a.due().compareTo(b.due());
    if (byUrgency != 0) {
      return byUrgency;
    }
    // At one rank (a due touch exactly two intervals late), the reconnection first: it holds one of few places.
    int reconnectionFirst = Integer.compare(b.rule().ordinal(), a.rule().ordinal());
    if (reconnectionFirst != 0) {
      return reconnectionFirst;
    }
    int byName = a.contactName().compareTo(b.contactName());
    return byName != 0 ? byName : a.contact().compareTo(b.contact());
  };

  /**
   * Reconnections in the order lapsed ties get their places (SPEC §4 rule 8): by tier weight,
   * then the latest of connecting and the last touch (people who still remember you), then
   * responsiveness; then by name and id.
   */
  private static final Comparator<Reconnection> RECONNECT_ORDER = (a, b) -> {
    int byTier = Double.compare(b.tierWeight(), a.tierWeight());
    if (byTier != 0) {
      return byTier;
    }
    int byLastDay = Long.compare(b.lastDay(), a.lastDay());
    if (byLastDay != 0) {
      return byLastDay;
    }
    int byResponsiveness = Double.compare(b.responsiveness(), a.responsiveness());
    if (byResponsiveness != 0) {
      return byResponsiveness;
    }
    int byName = a.suggestion().contactName().compareTo(b.suggestion().contactName());
    return byName != 0 ? byName : a.suggestion().contact().compareTo(b.suggestion().contact());
  };

  /** A contact's first special day; on one date, the kinds in their order (a birthday before an anniversary). */
  private static final Comparator<UpcomingDay> FIRST_DAY = comparing(UpcomingDay::date).thenComparing(UpcomingDay::kind);

  private final Rules rules;
  private final Executor helper;

  /** A planner applying {@code rules}, on the caller's thread. */
  public AgendaPlanner(Rules rules) {
    this(rules, Runnable::run);
  }

  /**
   * A planner applying {@code rules} that makes half of a network's suggestions on {@code helper}
   * while the caller makes the other half: each contact's suggestion depends on them alone.
   */
  public AgendaPlanner(Rules rules, Executor helper) {
    this.rules = checkNotNull(rules, "rules");
    this.helper = checkNotNull(helper, "helper");
  }

  /**
   * The agenda for {@code horizonDays} days from the network's as-of day.
   *
   * @param budgetMinutes the minutes available over the horizon
   * @param minOutreachPerMonth the start-small minimum of outbound touches a month
   * @throws IllegalArgumentException for a horizon below one day or a negative budget
   */
  public Agenda plan(Network network, int horizonDays, int budgetMinutes, int minOutreachPerMonth) {
    checkArgument(horizonDays >= 1, "horizonDays must be positive: %s", horizonDays);
    checkArgument(budgetMinutes >= 0, "budgetMinutes must not be negative: %s", budgetMinutes);
    Suggestions all = suggestAll(network, horizonDays);
    List<Suggestion> suggestions = all.suggestions();
    // Lapsed ties take a few places, chosen in their own order, then ranked with the due touches.
    int places = Math.min(rules.agenda().reconnectPlaces(horizonDays), all.reconnections().size());
    for (Reconnection chosen : all.reconnections().subList(0, places)) {
      suggestions.add(chosen.suggestion());
    }
    // A plain sort, unlike health's coarse-key one: run once in a fresh JVM, TimSort's small
    // methods are compiled early, a primitive sort's large one is not (2-3 % of a one-shot agenda).
    suggestions.sort(ORDER);
    int outreach = network.outreachThisMonth();
    return new Agenda(network.query().asOf(), horizonDays, budgetMinutes, outreach, minOutreachPerMonth,
        fitBudget(suggestions, budgetMinutes, Math.max(0, minOutreachPerMonth - outreach), horizonDays),
        all.reconnections().size() - places);
  }

  /**
   * Every lapsed tie the agenda for {@code horizonDays} days would offer as a reconnection (not
   * those with a reply, special day or welcome first), in the order they get their places:
   * tier, then the latest of connecting and the last touch, then responsiveness.
   *
   * @throws IllegalArgumentException for a horizon below one day
   */
  public List<Suggestion> reconnections(Network network, int horizonDays) {
    checkArgument(horizonDays >= 1, "horizonDays must be positive: %s", horizonDays);
    return suggestAll(network, horizonDays).reconnections().stream().map(Reconnection::suggestion).toList();
  }

  /** Each contact's suggestion, reconnections apart and in their order. */
  private Suggestions suggestAll(Network network, int horizonDays) {
    LocalDate asOf = network.query().asOf();
    LocalDate end = asOf.plusDays(horizonDays - 1L);
    Map<ContactId, List<UpcomingDay>> days = specialDaysByContact(network, asOf, horizonDays);
    List<SharedCandidate> shareable = network.resources().stream()
        .sorted(comparing(Resource::foundOn).reversed().thenComparing(Resource::id))
        .map(SharedCandidate::of).toList();

    List<? extends Relationship> contacts = network.contacts();
    int half = contacts.size() / 2;
    CompletableFuture<Suggestions> first = CompletableFuture.supplyAsync(
        () -> suggestFor(contacts.subList(0, half), network, days, shareable, end), helper);
    Suggestions second = suggestFor(contacts.subList(half, contacts.size()), network, days, shareable, end);
    Suggestions all = join(first);
    all.suggestions().addAll(second.suggestions());
    all.reconnections().addAll(second.reconnections());
    all.reconnections().sort(RECONNECT_ORDER);
    return all;
  }

  /** Suggestions, and apart from them the reconnections, which compete for their few places. */
  private record Suggestions(List<Suggestion> suggestions, List<Reconnection> reconnections) {}

  /** A lapsed tie's suggestion with what orders it among the others. */
  private record Reconnection(Suggestion suggestion, double tierWeight, long lastDay, double responsiveness) {}

  private Map<ContactId, List<UpcomingDay>> specialDaysByContact(
      Network network, LocalDate asOf, int horizonDays) {
    Map<ContactId, List<UpcomingDay>> byContact = new HashMap<>();
    for (UpcomingDay day : rules.specialDays().upcomingInAnyOrder(asOf, horizonDays, network.specialDays(), network.contacts())) {
      if (day.contact().isPresent()) {
        byContact.computeIfAbsent(day.contact().get(), id -> new ArrayList<>()).add(day);
        continue;
      }
      // A global holiday: a card to each contact of the card tiers.
      String text = "send a card for " + day.title().orElse("a holiday");
      Set<Tier> cardTiers = rules.specialDays().cardTiers();
      for (Relationship contact : network.contacts()) {
        if (!contact.archived() && cardTiers.contains(contact.tier())) {
          byContact.computeIfAbsent(contact.id(), id -> new ArrayList<>()).add(new UpcomingDay(day.date(),
              Optional.of(contact.id()), Optional.of(contact.displayName()), day.kind(), day.title(), day.years(),
              OutreachAction.CARD, text));
        }
      }
    }
    return byContact;
  }

  private Suggestions suggestFor(List<? extends Relationship> contacts, Network network,
      Map<ContactId, List<UpcomingDay>> days, List<SharedCandidate> shareable, LocalDate end) {
    Suggestions made = new Suggestions(new ArrayList<>(), new ArrayList<>());
    for (Relationship contact : contacts) { // in storage order, which its summaries were built in
      if (contact.archived()) {
        continue;
      }
      TouchSummary summary = network.summaryOf(contact.id());
      Optional<Suggestion> suggestion = suggestFor(contact, summary, days.getOrDefault(contact.id(), List.of()), shareable, end);
      if (suggestion.isEmpty()) {
        continue;
      }
      if (suggestion.get().rule() == Suggestion.Rule.RECONNECT) {
        made.reconnections().add(new Reconnection(suggestion.get(), rules.agenda().tierWeights().get(contact.tier()),
            lastDay(contact, summary), rules.health().responsiveness(summary)));
      } else {
        made.suggestions().add(suggestion.get());
      }
    }
    return made;
  }

  /** The latest of the day connected and the day of the last touch either way, as an epoch day; the minimum for neither. */
  private static long lastDay(Relationship contact, TouchSummary summary) {
    long connected = contact.connectedOn().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    long touched = summary.lastTouch().map(at -> summary.query().dayOf(at).toEpochDay()).orElse(Long.MIN_VALUE);
    return Math.max(connected, touched);
  }

  /** The helper's result, or what it threw. */
  private static <T> T join(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw e;
    }
  }

  private Optional<Suggestion> suggestFor(
      Relationship contact, TouchSummary summary, List<UpcomingDay> days, List<SharedCandidate> shareable, LocalDate end) {
    CadenceStatus status = rules.cadence().status(contact, summary);
    LocalDate asOf = summary.query().asOf();
    Optional<LocalDate> snoozedUntil = status.snoozedUntil();
    List<Candidate> candidates = new ArrayList<>(3);

    status.replyDue().filter(d -> !d.isAfter(end)).ifPresent(d -> candidates.add(new Candidate(
        Suggestion.Rule.REPLY, OutreachAction.REPLY, replyText(summary), d, Optional.empty(), 0)));
    if (!days.isEmpty()) {
      days.stream()
          .filter(d -> snoozedUntil.isEmpty() || !d.date().isBefore(snoozedUntil.get()))
          .min(FIRST_DAY)
          .ifPresent(d -> candidates.add(new Candidate(Suggestion.Rule.SPECIAL_DAY, d.action(),
              d.suggestion() + " on " + d.date(), d.date(), Optional.empty(), 0)));
    }
    welcome(contact, summary, asOf, snoozedUntil).ifPresent(candidates::add);
    // A reply to someone long silent is the reconnection: years overdue beside it help nobody.
    boolean longSilent = status.overdueRatio() > rules.cadence().lapsedAfterIntervals();
    if (status.dueBy(end) && !(status.replyDue().isPresent() && longSilent)) {
      candidates.add(dueCandidate(contact, summary, status, shareable, asOf));
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Candidate first = candidates.get(0);
    List<String> others = new ArrayList<>();
    for (Candidate other : candidates.subList(1, candidates.size())) {
      others.add(other.reason());
    }
    others.addAll(first.alsoApplies());
    return Optional.of(new Suggestion(contact.id(), contact.displayName(), contact.tier(), first.rule(), first.action(),
        first.reason(), others, first.due(), rules.agenda().minutes(first.action()), first.resource(),
        first.rank(), false, Optional.empty()));
  }

  /** "Follow up on your new connection": connected within the welcome window, no touch yet, not snoozed. */
  private Optional<Candidate> welcome(Relationship contact, TouchSummary summary, LocalDate asOf, Optional<LocalDate> snoozedUntil) {
    if (contact.connectedOn().isEmpty() || summary.touchCount() > 0 || snoozedUntil.isPresent()) {
      return Optional.empty();
    }
    LocalDate connected = contact.connectedOn().get();
    long daysAgo = ChronoUnit.DAYS.between(connected, asOf);
    if (daysAgo < 0 || daysAgo >= rules.agenda().welcomeWithinDays()) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(Suggestion.Rule.WELCOME, rules.agenda().welcomeAction(),
        "follow up on your new connection (connected " + connected + ")", asOf, Optional.empty(), 0));
  }

  /** What a lapsed tie is offered as: "reconnect: last touch 2019-03-02", or the day connected. */
  private static String reconnectText(Relationship contact, TouchSummary summary) {
    Optional<LocalDate> lastTouch = summary.lastTouch().map(summary.query()::dayOf);
    Optional<LocalDate> connected = contact.connectedOn();
    if (lastTouch.isPresent() && (connected.isEmpty() || !connected.get().isAfter(lastTouch.get()))) {
      return "reconnect: last touch " + lastTouch.get();
    }
    if (connected.isPresent()) {
      return "reconnect: connected " + connected.get() + (lastTouch.isEmpty() ? ", never in touch" : "");
    }
    return "reconnect";
  }

  private Candidate dueCandidate(
      Relationship contact, TouchSummary summary, CadenceStatus status, List<SharedCandidate> shareable, LocalDate asOf) {
    AgendaPolicy policy = rules.agenda();
    // A lapsed tie is a reconnection for this week, not a touch missed years ago.
    Suggestion.Rule rule = status.lapsed() ? Suggestion.Rule.RECONNECT : Suggestion.Rule.DUE;
    LocalDate due = status.lapsed() ? asOf : status.nextDue().orElseThrow();
    double responsiveness = rules.health().responsiveness(summary);
    double rank = policy.dueRank(contact.tier(), status.overdueRatio(), responsiveness);
    String dueText;
    if (status.lapsed()) {
      dueText = reconnectText(contact, summary);
    } else if (status.overdueDays() > 0) {
      dueText = "overdue by " + days(status.overdueDays()) + " (due " + due + "); cadence " + status.cadence().phrase();
    } else {
      dueText = (due.equals(asOf) || due.isBefore(asOf) ? "due today" : "due " + due) + "; cadence " + status.cadence().phrase();
    }

    List<Candidate> actions = new ArrayList<>(3);
    if (policy.meetTiers().contains(contact.tier())) {
      Optional<LocalDate> lastTalk = summary.lastMeetingOrCall().map(summary.query()::dayOf);
      if (lastTalk.isEmpty() || ChronoUnit.DAYS.between(lastTalk.get(), asOf) >= policy.meetAfterDays()) {
        actions.add(new Candidate(rule, OutreachAction.MEET,
            (lastTalk.isEmpty() ? "no meeting or call yet" : "no meeting or call in " + policy.meetAfterDays() + " days")
                + ": set up a time to talk individually", due, Optional.empty(), rank));
      }
    }
    shareFor(contact, summary, shareable).ifPresent(r -> actions.add(new Candidate(rule,
        OutreachAction.RESOURCE_SHARED, "share \"" + r.resource().title() + "\": it suits their " + r.matched(contact),
        due, Optional.of(r.resource().id()), rank)));
    List<InteractionKind> last = summary.lastOutboundKinds();
    if (last.size() >= policy.varietyAfter()
        && last.subList(0, policy.varietyAfter()).stream().allMatch(policy.businessKinds()::contains)) {
      boolean ask = policy.questionTiers().contains(contact.tier());
      actions.add(new Candidate(rule, ask ? OutreachAction.QUESTION : OutreachAction.GREETING,
          "the last " + policy.varietyAfter() + " outbound touches were business: "
              + (ask ? "ask them about themselves" : "just say hi"), due, Optional.empty(), rank));
    }
    if (actions.isEmpty()) {
      return new Candidate(rule, policy.dueAction(), dueText, due, Optional.empty(), rank);
    }
    Candidate chosen = actions.get(0);
    List<String> also = actions.subList(1, actions.size()).stream().map(Candidate::reason).toList();
    return new Candidate(rule, chosen.action(), dueText + "; " + chosen.reason(), due,
        chosen.resource(), rank, also);
  }

  private static Optional<SharedCandidate> shareFor(Relationship contact, TouchSummary summary, List<SharedCandidate> shareable) {
    if (shareable.isEmpty() || (contact.interests().isEmpty() && contact.goals().isEmpty())) {
      return Optional.empty();
    }
    Set<ResourceId> sent = summary.resourcesSent();
    List<String> topics = new ArrayList<>(contact.interests().size() + contact.goals().size());
    for (String topic : contact.interests()) {
      topics.add(norm(topic));
    }
    for (String topic : contact.goals()) {
      topics.add(norm(topic));
    }
    for (SharedCandidate candidate : shareable) {
      if (!sent.contains(candidate.resource().id()) && candidate.sharesAny(topics)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private List<Suggestion> fitBudget(List<Suggestion> ranked, int budget, int stillNeeded, int horizonDays) {
    List<Suggestion> result = new ArrayList<>(ranked.size());
    int used = 0;
    int planned = 0;
    String why = "over the budget of " + budget + " minutes for " + days(horizonDays);
    for (Suggestion s : ranked) {
      if (used + s.minutes() <= budget) {
        used += s.minutes();
        planned++;
        result.add(s);
      } else {
        result.add(s.deferredFor(why));
      }
    }
    // Start small, but start: keep the best-ranked deferred ones until the month's minimum is met.
    for (int i = 0; i < result.size() && planned < stillNeeded; i++) {
      Suggestion s = result.get(i);
      if (s.deferred()) {
        result.set(i, new Suggestion(s.contact(), s.contactName(), s.tier(), s.rule(), s.action(), s.reason(),
            append(s.otherReasons(), "kept over budget: at least " + stillNeeded + " more outreach touches this month"),
            s.due(), s.minutes(), s.resource(), s.rank(), false, Optional.empty()));
        planned++;
      }
    }
    return result;
  }

  private static List<String> append(List<String> list, String item) {
    List<String> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }

  private static String replyText(TouchSummary summary) {
    LocalDate inbound = summary.query().dayOf(summary.lastInbound().orElseThrow());
    return "they reached out on " + inbound + " and have no reply yet";
  }

  private static String days(long n) {
    return n + (n == 1 ? " day" : " days");
  }

  /** One rule's proposal for a contact. */
  private record Candidate(
      Suggestion.Rule rule, OutreachAction action, String reason, LocalDate due, Optional<ResourceId> resource,
      double rank, List<String> alsoApplies) {
    Candidate(Suggestion.Rule rule, OutreachAction action, String reason, LocalDate due, Optional<ResourceId> resource, double rank) {
      this(rule, action, reason, due, resource, rank, List.of());
    }
  }

  /** A resource with its topics normalized once. */
  private record SharedCandidate(Resource resource, Set<String> topics) {
    static SharedCandidate of(Resource resource) {
      return new SharedCandidate(resource, resource.topics().stream().map(AgendaPlanner::norm).collect(Collectors.toSet()));
    }

    boolean sharesAny(List<String> normalized) {
      for (String topic : normalized) {
        if (topics.contains(topic)) {
          return true;
        }
      }
      return false;
    }

    String matched(Relationship contact) {
      String interest = firstMatching(contact.interests());
      return interest != null ? "interest in " + interest : "goal " + Objects.requireNonNullElse(firstMatching(contact.goals()), "");
    }

    /** The alphabetically first of {@code candidates} that is one of the topics, or null. */
    private String firstMatching(Set<String> candidates) {
      String first = null;
      for (String candidate : candidates) {
        if (topics.contains(norm(candidate)) && (first == null || candidate.compareTo(first) < 0)) {
          first = candidate;
        }
      }
      return first;
    }
  }

  private static String norm(String topic) {
    return topic.strip().toLowerCase(Locale.ROOT);
  }
}
