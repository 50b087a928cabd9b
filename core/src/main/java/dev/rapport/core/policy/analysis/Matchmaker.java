package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.NetworkActivity;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * Brings things and people together: who should get a resource ("share information or resources
 * that suit their goals") and whom to introduce to whom ("share their knowledge with others").
 */
public final class Matchmaker {

  private final AnalysisPolicy policy;

  /** The matchmaker under {@code policy}. */
  public Matchmaker(AnalysisPolicy policy) {
    this.policy = checkNotNull(policy, "policy");
  }

  /**
   * The contacts whose interests or goals the resource's topics meet and who have not been sent
   * it yet, most relevant first (the most matched interests and goals), then closer tiers, then
   * by name. A topic meets an interest when one names the other as whole words, in any case.
   *
   * @param alreadySent the contacts the resource was shared with
   */
  public List<Recipient> recipients(Resource resource, Collection<Contact> contacts, Set<ContactId> alreadySent) {
    List<String> topics = resource.topics().stream().map(Terms::normalize).filter(t -> !t.isEmpty()).distinct().toList();
    List<Recipient> found = new ArrayList<>();
    for (Contact contact : contacts) {
      if (contact.archived() || alreadySent.contains(contact.id())) {
        continue;
      }
      List<String> interests = meeting(contact.interests(), topics);
      List<String> goals = meeting(contact.goals(), topics);
      int relevance = interests.size() + goals.size();
      if (relevance > 0) {
        found.add(new Recipient(contact.id(), contact.displayName(), contact.tier(), interests, goals, relevance,
            reason(interests, goals)));
      }
    }
    found.sort(Comparator.comparingInt(Recipient::relevance).reversed().thenComparing(Recipient::tier)
        .thenComparing(Recipient::name).thenComparing(Recipient::contact));
    return ImmutableList.copyOf(found);
  }

  private static List<String> meeting(Set<String> terms, List<String> topics) {
    List<String> met = new ArrayList<>();
    for (String term : terms) {
      String key = Terms.normalize(term);
      if (topics.stream().anyMatch(topic -> Terms.holds(key, topic) || Terms.holds(topic, key))) {
        met.add(term);
      }
    }
    met.sort(Comparator.naturalOrder());
    return met;
  }

  private static String reason(List<String> interests, List<String> goals) {
    StringBuilder why = new StringBuilder();
    if (!interests.isEmpty()) {
      why.append("interested in ").append(String.join(", ", interests));
    }
    if (!goals.isEmpty()) {
      why.append(why.length() > 0 ? "; " : "").append("working towards ").append(String.join(", ", goals));
    }
    return why.toString();
  }

  /**
   * Pairs where one contact's goals are what another offers, the two not yet introduced either
   * way: the most shared topics first, then the closest tiers, then by names; at most the
   * policy's {@code maxIntroductions}. Goals and offers are compared as {@link Terms} do.
   */
  public List<Introduction> introductions(Collection<Contact> contacts, NetworkActivity activity) {
    int max = policy.maxIntroductions();
    List<Contact> people = contacts.stream().filter(c -> !c.archived()).toList();
    if (max == 0 || people.isEmpty()) {
      return List.of();
    }
    Function<String, String> normalize = Terms.memo();
    Map<String, List<Integer>> offering = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      for (String key : keys(people.get(i).offers(), normalize)) {
        offering.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    PriorityQueue<Candidate> best = new PriorityQueue<>(Candidate.RANK.reversed());
    int[] tier = people.stream().mapToInt(c -> c.tier().ordinal()).toArray();
    int[] hits = new int[people.size()];
    int[] touched = new int[people.size()];
    for (int s = 0; s < people.size(); s++) {
      Contact seeker = people.get(s);
      int count = 0;
      for (String key : keys(seeker.goals(), normalize)) {
        for (int h : offering.getOrDefault(key, List.of())) {
          if (h != s && hits[h]++ == 0) {
            touched[count++] = h;
          }
        }
      }
      for (int i = 0; i < count; i++) {
        int h = touched[i];
        int shared = hits[h];
        hits[h] = 0;
        int tiers = tier[s] + tier[h];
        // Most pairs cannot beat the worst of a full list: skip them on the numbers alone, and
        // compare names only on a tie.
        Candidate worst = best.size() == max ? best.peek() : null;
        if (worst != null && (shared < worst.shared || (shared == worst.shared && tiers > worst.tiers))) {
          continue;
        }
        Candidate candidate = new Candidate(seeker, people.get(h), shared, tiers);
        if (worst != null && Candidate.RANK.compare(candidate, worst) >= 0) {
          continue;
        }
        if (activity.wereIntroduced(seeker.id(), candidate.helper.id())) {
          continue;
        }
        best.add(candidate);
        if (best.size() > max) {
          best.poll();
        }
      }
    }
    List<Candidate> ranked = new ArrayList<>(best);
    ranked.sort(Candidate.RANK);
    return ranked.stream().map(c -> c.introduction(normalize)).collect(ImmutableList.toImmutableList());
  }

  private static Set<String> keys(Set<String> terms, Function<String, String> normalize) {
    Set<String> keys = new LinkedHashSet<>();
    for (String term : terms) {
      String key = normalize.apply(term);
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return keys;
  }

  private record Candidate(Contact seeker, Contact helper, int shared, int tiers) {
    static final Comparator<Candidate> RANK = Comparator.comparingInt(Candidate::shared).reversed()
        .thenComparingInt(Candidate::tiers)
        .thenComparing(c -> c.seeker.displayName()).thenComparing(c -> c.helper.displayName())
        .thenComparing(c -> c.seeker.id()).thenComparing(c -> c.helper.id());

    Introduction introduction(Function<String, String> normalize) {
      Set<String> offers = keys(helper.offers(), normalize);
      Set<String> seen = new HashSet<>();
      List<String> topics = seeker.goals().stream().sorted()
          .filter(g -> offers.contains(normalize.apply(g)) && seen.add(normalize.apply(g))).toList();
      return new Introduction(seeker.id(), seeker.displayName(), helper.id(), helper.displayName(), topics,
          seeker.displayName() + " is after " + String.join(", ", topics) + "; " + helper.displayName()
              + " offers it; not introduced yet");
    }
  }
}
