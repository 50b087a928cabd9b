package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.domain.Quarter;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * Findings about single relationships: close ties cooling off, ties that run one way, files too
 * thin to help, and the quarter-by-quarter patterns of who you speak with and who helps you.
 */
public final class TieFindings {

  private static final Set<Tier> STRONG = EnumSet.of(Tier.INNER, Tier.CLOSE);
  private static final Comparator<Contact> BY_TIER_AND_NAME =
      Comparator.comparing(Contact::tier).thenComparing(Contact::displayName).thenComparing(Contact::id);

  private final AnalysisPolicy policy;

  /** The findings under {@code policy}. */
  public TieFindings(AnalysisPolicy policy) {
    this.policy = checkNotNull(policy, "policy");
  }

  /** INNER and CLOSE contacts whose standing is AT_RISK or DORMANT, INNER first, then by score. */
  public List<Gap.CoolingTie> coolingTies(List<Contact> contacts, Function<Contact, Standing> standing) {
    List<Gap.CoolingTie> ties = new ArrayList<>();
    for (Contact contact : contacts) {
      if (contact.archived() || !STRONG.contains(contact.tier())) {
        continue;
      }
      Standing s = standing.apply(contact);
      if (s.atRiskOrWorse()) {
        ties.add(new Gap.CoolingTie(contact.id(), contact.displayName(), contact.tier(), s.band(), s.score(), s.reasons()));
      }
    }
    ties.sort(Comparator.comparing(Gap.CoolingTie::tier).thenComparingInt(Gap.CoolingTie::score)
        .thenComparing(Gap.CoolingTie::name).thenComparing(Gap.CoolingTie::contact));
    return ImmutableList.copyOf(ties);
  }

  /**
   * Relationships that run one way over the window: those you keep reaching who never answer
   * (most outbound first), then those who helped you whom you have not helped back (most help first).
   */
  public List<Gap.Imbalance> imbalances(List<Contact> contacts, NetworkActivity activity) {
    int months = activity.window().months();
    List<Gap.Imbalance> unanswered = new ArrayList<>();
    List<Gap.Imbalance> unreciprocated = new ArrayList<>();
    for (Contact contact : contacts) {
      if (contact.archived()) {
        continue;
      }
      NetworkActivity.ContactActivity a = activity.contact(contact.id());
      if (a.outbound() >= policy.unansweredMinOutbound() && a.inbound() == 0) {
        unanswered.add(imbalance(contact, Gap.Imbalance.Side.UNANSWERED, a, months));
      }
      if (a.helpReceived() >= policy.unreciprocatedMinHelp() && a.helpGiven() == 0) {
        unreciprocated.add(imbalance(contact, Gap.Imbalance.Side.UNRECIPROCATED, a, months));
      }
    }
    unanswered.sort(Comparator.comparingInt(Gap.Imbalance::outbound).reversed()
        .thenComparing(Gap.Imbalance::name).thenComparing(Gap.Imbalance::contact));
    unreciprocated.sort(Comparator.comparingInt(Gap.Imbalance::helpReceived).reversed()
        .thenComparing(Gap.Imbalance::name).thenComparing(Gap.Imbalance::contact));
    return ImmutableList.<Gap.Imbalance>builder().addAll(unanswered).addAll(unreciprocated).build();
  }

  private static Gap.Imbalance imbalance(Contact c, Gap.Imbalance.Side side, NetworkActivity.ContactActivity a, int months) {
    return new Gap.Imbalance(c.id(), c.displayName(), side, a.outbound(), a.inbound(), a.helpGiven(), a.helpReceived(), months);
  }

  /**
   * Contacts whose file lacks a company, a role (title or seniority), interests or a birthday,
   * INNER first, then by name.
   *
   * @param withBirthday the contacts with a BIRTHDAY special day
   */
  public List<Gap.ThinFile> thinFiles(List<Contact> contacts, Set<ContactId> withBirthday) {
    List<Gap.ThinFile> thin = new ArrayList<>();
    contacts.stream().filter(c -> !c.archived()).sorted(BY_TIER_AND_NAME).forEach(contact -> {
      Set<Gap.ThinFile.Missing> missing = EnumSet.noneOf(Gap.ThinFile.Missing.class);
      if (blank(contact.company())) {
        missing.add(Gap.ThinFile.Missing.COMPANY);
      }
      if (blank(contact.title()) && blank(contact.seniority())) {
        missing.add(Gap.ThinFile.Missing.ROLE);
      }
      if (contact.interests().isEmpty()) {
        missing.add(Gap.ThinFile.Missing.INTERESTS);
      }
      if (!withBirthday.contains(contact.id())) {
        missing.add(Gap.ThinFile.Missing.BIRTHDAY);
      }
      if (!missing.isEmpty()) {
        thin.add(new Gap.ThinFile(contact.id(), contact.displayName(), contact.tier(), missing));
      }
    });
    return ImmutableList.copyOf(thin);
  }

  private static boolean blank(Optional<String> value) {
    return value.filter(v -> !v.isBlank()).isEmpty();
  }

  /**
   * For each quarter of the window's quarters, oldest first: the contacts spoken with most (touches
   * either way) and those who helped most, at most {@code topPerQuarter} of each, ties by name.
   */
  public List<QuarterPattern> patterns(Map<ContactId, Contact> contacts, NetworkActivity activity) {
    Quarter first = Quarter.of(activity.window().quartersFrom());
    Quarter last = Quarter.of(activity.window().to());
    List<QuarterPattern> patterns = new ArrayList<>();
    for (Quarter q = first; q.compareTo(last) <= 0; q = q.minus(-1)) {
      Map<ContactId, NetworkActivity.QuarterActivity> byContact = activity.quarters().getOrDefault(q, Map.of());
      int n = policy.topPerQuarter();
      int spokenFrom = threshold(byContact.values().stream().mapToInt(NetworkActivity.QuarterActivity::touches).toArray(), n);
      int helpedFrom = Math.max(1,
          threshold(byContact.values().stream().mapToInt(NetworkActivity.QuarterActivity::help).toArray(), n));
      List<ContactCount> spoken = new ArrayList<>();
      List<ContactCount> helpers = new ArrayList<>();
      byContact.forEach((id, a) -> {
        Contact contact = contacts.get(id);
        if (contact == null) {
          return;
        }
        if (a.touches() >= spokenFrom) {
          spoken.add(new ContactCount(id, contact.displayName(), a.touches()));
        }
        if (a.help() >= helpedFrom) {
          helpers.add(new ContactCount(id, contact.displayName(), a.help()));
        }
      });
      patterns.add(new QuarterPattern(q, top(spoken), top(helpers)));
    }
    return ImmutableList.copyOf(patterns);
  }

  private List<ContactCount> top(List<ContactCount> counts) {
    return counts.stream()
        .sorted(Comparator.comparingInt(ContactCount::count).reversed()
            .thenComparing(ContactCount::name).thenComparing(ContactCount::contact))
        .limit(policy.topPerQuarter())
        .collect(ImmutableList.toImmutableList());
  }

  /** The counts at or above the n-th largest, so that only they need a name and a sort. */
  private static int threshold(int[] counts, int n) {
    if (counts.length <= n) {
      return 0;
    }
    PriorityQueue<Integer> largest = new PriorityQueue<>(n + 1);
    for (int count : counts) {
      if (largest.size() < n) {
        largest.add(count);
      } else if (count > largest.peek()) {
        largest.poll();
        largest.add(count);
      }
    }
    return largest.peek();
  }
}
