package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

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
    Map<String, List<Contact>> offering = new HashMap<>();
    for (Contact contact : contacts) {
      if (contact.archived()) {
        continue;
      }
      for (String offer : contact.offers()) {
        String key = Terms.normalize(offer);
        if (!key.isEmpty()) {
          List<Contact> list = offering.computeIfAbsent(key, k -> new ArrayList<>());
          if (list.isEmpty() || !list.get(list.size() - 1).id().equals(contact.id())) {
            list.add(contact);
          }
        }
      }
    }
    Comparator<Candidate> rank = Comparator.comparingInt((Candidate c) -> c.topics.size()).reversed()
        .thenComparingInt(c -> c.seeker.tier().ordinal() + c.helper.tier().ordinal())
        .thenComparing(c -> c.seeker.displayName()).thenComparing(c -> c.helper.displayName())
        .thenComparing(c -> c.seeker.id()).thenComparing(c -> c.helper.id());
    int max = policy.maxIntroductions();
    PriorityQueue<Candidate> best = new PriorityQueue<>(rank.reversed());
    for (Contact seeker : contacts) {
      if (seeker.archived() || seeker.goals().isEmpty()) {
        continue;
      }
      Map<ContactId, Candidate> candidates = new LinkedHashMap<>();
      for (String goal : seeker.goals()) {
        for (Contact helper : offering.getOrDefault(Terms.normalize(goal), List.of())) {
          if (!helper.id().equals(seeker.id())) {
            candidates.computeIfAbsent(helper.id(), id -> new Candidate(seeker, helper)).topics.add(goal);
          }
        }
      }
      for (Candidate candidate : candidates.values()) {
        if (max == 0 || activity.wereIntroduced(seeker.id(), candidate.helper.id())) {
          continue;
        }
        best.add(candidate);
        if (best.size() > max) {
          best.poll();
        }
      }
    }
    List<Candidate> ranked = new ArrayList<>(best);
    ranked.sort(rank);
    return ranked.stream().map(Candidate::introduction).collect(ImmutableList.toImmutableList());
  }

  private static final class Candidate {
    final Contact seeker;
    final Contact helper;
    final Set<String> topics = new LinkedHashSet<>();

    Candidate(Contact seeker, Contact helper) {
      this.seeker = seeker;
      this.helper = helper;
    }

    Introduction introduction() {
      List<String> sorted = topics.stream().sorted().toList();
      String what = String.join(", ", sorted);
      return new Introduction(seeker.id(), seeker.displayName(), helper.id(), helper.displayName(), sorted,
          seeker.displayName() + " is after " + what + "; " + helper.displayName() + " offers it; not introduced yet");
    }
  }
}
