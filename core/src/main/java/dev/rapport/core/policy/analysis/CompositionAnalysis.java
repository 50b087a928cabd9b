package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.domain.Contact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the network is made of, dimension by dimension, and where one company or industry
 * dominates it (a Herfindahl index at or above the policy's threshold).
 */
public final class CompositionAnalysis {

  private final AnalysisPolicy policy;

  /** The analysis under {@code policy}. */
  public CompositionAnalysis(AnalysisPolicy policy) {
    this.policy = checkNotNull(policy, "policy");
  }

  /** The composition of the contacts in every dimension, in the order of {@link Dimension}. */
  public List<Composition> compose(List<Contact> contacts) {
    ImmutableList.Builder<Composition> all = ImmutableList.builder();
    for (Dimension dimension : Dimension.values()) {
      all.add(compose(dimension, contacts));
    }
    return all.build();
  }

  /**
   * The composition of the contacts in one dimension: values compared as {@link Terms} do, shown
   * as first spelled, largest first; the contacts whose file does not say count as unknown.
   */
  public Composition compose(Dimension dimension, List<Contact> contacts) {
    // Count raw values first: a network repeats the same few thousand spellings, so each is
    // normalized once rather than once per contact.
    Map<String, int[]> raw = new LinkedHashMap<>();
    int unknown = 0;
    for (Contact contact : contacts) {
      Optional<String> value = dimension.of(contact);
      if (value.isEmpty()) {
        unknown++;
      } else {
        raw.computeIfAbsent(value.get(), v -> new int[1])[0]++;
      }
    }
    Map<String, String> spelling = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : raw.entrySet()) {
      String key = Terms.normalize(e.getKey());
      if (key.isEmpty()) {
        unknown += e.getValue()[0];
        continue;
      }
      spelling.putIfAbsent(key, e.getKey().strip());
      counts.merge(key, e.getValue()[0], Integer::sum);
    }
    int total = contacts.size();
    int known = total - unknown;
    List<Share> shares = new ArrayList<>();
    double herfindahl = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      shares.add(new Share(Optional.of(spelling.get(e.getKey())), e.getValue(), (double) e.getValue() / total));
      double knownShare = (double) e.getValue() / known;
      herfindahl += knownShare * knownShare;
    }
    shares.sort(Comparator.comparingInt(Share::count).reversed().thenComparing(Share::label));
    if (unknown > 0) {
      shares.add(new Share(Optional.empty(), unknown, (double) unknown / total));
    }
    return new Composition(dimension, total, shares, Math.min(1.0, herfindahl));
  }

  /** The compositions of the policy's dimensions whose Herfindahl index reaches the threshold. */
  public List<Gap.Concentration> concentrations(List<Composition> compositions) {
    ImmutableList.Builder<Gap.Concentration> found = ImmutableList.builder();
    for (Composition composition : compositions) {
      if (!policy.concentrationDimensions().contains(composition.dimension())
          || composition.known() < policy.concentrationMinContacts()
          || composition.herfindahl() < policy.concentrationThreshold()) {
        continue;
      }
      Share top = composition.shares().get(0);
      found.add(new Gap.Concentration(composition.dimension(), top.label(), top.count(), composition.known(),
          composition.herfindahl(), policy.concentrationThreshold()));
    }
    return found.build();
  }
}
