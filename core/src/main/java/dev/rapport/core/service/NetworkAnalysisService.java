package dev.rapport.core.service;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;

import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import dev.rapport.core.policy.Rules;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.policy.analysis.AnalysisPolicy;
import dev.rapport.core.policy.analysis.Composition;
import dev.rapport.core.policy.analysis.CompositionAnalysis;
import dev.rapport.core.policy.analysis.Gap;
import dev.rapport.core.policy.analysis.GoalGapAnalysis;
import dev.rapport.core.policy.analysis.Introduction;
import dev.rapport.core.policy.analysis.Matchmaker;
import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.policy.analysis.Recipient;
import dev.rapport.core.policy.analysis.Standing;
import dev.rapport.core.policy.analysis.TieFindings;
import dev.rapport.core.port.in.AnalyseNetworkUseCase;
import dev.rapport.core.port.in.NetworkAnalysis;
import dev.rapport.core.port.in.ResourceNotFoundException;
import dev.rapport.core.port.out.Storage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

final class NetworkAnalysisService implements AnalyseNetworkUseCase {

  private final Storage storage;
  private final Clock clock;
  private final AnalysisPolicy policy;
  private final Rules rules;
  private final Executor helper;

  NetworkAnalysisService(Storage storage, Clock clock, AnalysisPolicy policy, Rules rules, Executor helper) {
    this.storage = storage;
    this.clock = clock;
    this.policy = policy;
    this.rules = rules;
    this.helper = helper;
  }

  /** The touches' tally over the window, read on the helper while the caller reads the rest. */
  private Aside<NetworkActivity> activity(OwnerProfile profile, LocalDate asOf) {
    return Aside.start(() -> storage.touches().activity(policy.activityWindow(profile.zone(), asOf)), helper);
  }

  @Override
  public NetworkAnalysis analyse() {
    return analyse(today());
  }

  @Override
  public NetworkAnalysis analyse(LocalDate asOf) {
    OwnerProfile profile = profile();
    Aside<NetworkActivity> tally = activity(profile, asOf);
    List<Contact> contacts = storage.contacts().findAll();
    List<Contact> current = contacts.stream().filter(c -> !c.archived()).toList();
    Function<Contact, Standing> standing = standings(asOf, profile);

    CompositionAnalysis compositions = new CompositionAnalysis(policy);
    List<Composition> composition = compositions.compose(current);
    TieFindings ties = new TieFindings(policy);
    Set<ContactId> withBirthday = storage.specialDays().findAll().stream()
        .filter(d -> d.kind() == SpecialDayKind.BIRTHDAY)
        .flatMap(d -> d.contact().stream())
        .collect(Collectors.toSet());
    List<? extends Gap> goalGaps = GoalGapAnalysis.gaps(profile.goals(), current, c -> standing.apply(c).healthyOrBetter());
    List<? extends Gap> cooling = ties.coolingTies(current, standing);
    NetworkActivity activity = tally.join();
    List<Gap> gaps = ImmutableList.<Gap>builder()
        .addAll(goalGaps)
        .addAll(cooling)
        .addAll(ties.imbalances(current, activity))
        .addAll(compositions.concentrations(composition))
        .addAll(ties.thinFiles(current, withBirthday))
        .build();
    Map<ContactId, Contact> byId = contacts.stream().collect(Collectors.toMap(Contact::id, c -> c));
    return new NetworkAnalysis(asOf, composition, gaps, ties.patterns(byId, activity));
  }

  /** Health is assessed only for the contacts a finding asks about, from the storage's per-contact summaries. */
  private Function<Contact, Standing> standings(LocalDate asOf, OwnerProfile profile) {
    TouchSummaryQuery query = rules.health().queryAsOf(asOf, profile.zone());
    Map<ContactId, TouchSummary> summaries = storage.touches().summaries(query);
    Map<ContactId, Standing> known = new HashMap<>();
    return contact -> known.computeIfAbsent(contact.id(), id -> Standing.of(rules.health().assess(contact,
        rules.cadence().cadenceFor(contact), summaries.getOrDefault(id, TouchSummary.empty(id, query)))));
  }

  @Override
  public List<Recipient> recipients(ResourceId id) {
    Resource resource = storage.resources().find(id).orElseThrow(() -> new ResourceNotFoundException(id.toString()));
    OwnerProfile profile = profile();
    Aside<NetworkActivity> activity = activity(profile, profile.today(clock));
    List<Contact> contacts = storage.contacts().findAll();
    return new Matchmaker(policy).recipients(resource, contacts, activity.join().shared().get(id));
  }

  @Override
  public List<Introduction> introductions() {
    OwnerProfile profile = profile();
    Aside<NetworkActivity> activity = activity(profile, profile.today(clock));
    List<Contact> contacts = storage.contacts().findAll();
    return new Matchmaker(policy).introductions(contacts, activity.join());
  }

  private LocalDate today() {
    return profile().today(clock);
  }

  private OwnerProfile profile() {
    return storage.profile().loadOrDefaults();
  }
}
