package dev.rapport.core.service;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import dev.rapport.core.policy.analysis.TriageCandidate;
import dev.rapport.core.policy.analysis.TriagePolicy;
import dev.rapport.core.port.in.ContactNotFoundException;
import dev.rapport.core.port.in.SetTierCommand;
import dev.rapport.core.port.in.TriageQueueRequest;
import dev.rapport.core.port.in.TriageUseCase;
import dev.rapport.core.port.out.ContactRepository;
import dev.rapport.core.port.out.SpecialDayRepository;
import dev.rapport.core.port.out.TouchRepository;
import dev.rapport.core.port.out.Transactions;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

final class TriageService implements TriageUseCase {

  private final ContactRepository contacts;
  private final TouchRepository touches;
  private final SpecialDayRepository specialDays;
  private final Transactions transactions;
  private final NetworkReader reader;
  private final TriagePolicy policy;

  TriageService(ContactRepository contacts, TouchRepository touches, SpecialDayRepository specialDays,
      Transactions transactions, NetworkReader reader, TriagePolicy policy) {
    this.contacts = contacts;
    this.touches = touches;
    this.specialDays = specialDays;
    this.transactions = transactions;
    this.reader = reader;
    this.policy = policy;
  }

  @Override
  public List<TriageCandidate> queue(TriageQueueRequest request) {
    OwnerProfile profile = reader.profile();
    LocalDate asOf = request.asOf().orElseGet(() -> reader.today(profile));
    List<Contact> untriaged = contacts.findAll().stream().filter(c -> c.untriaged() && !c.archived()).toList();
    if (untriaged.isEmpty()) {
      return List.of();
    }
    TouchSummaryQuery query = reader.query(asOf, profile);
    Map<ContactId, TouchSummary> summaries = touches.summaries(query);
    Set<ContactId> withBirthday = specialDays.findAll().stream()
        .filter(d -> d.kind() == SpecialDayKind.BIRTHDAY && d.contact().isPresent())
        .map(d -> d.contact().get()).collect(Collectors.toSet());
    Map<ContactId, Integer> notes = new HashMap<>();
    for (Contact contact : untriaged) {
      int count = contacts.notes(contact.id()).size();
      if (count > 0) {
        notes.put(contact.id(), count);
      }
    }
    List<TriageCandidate> ranked = policy.rank(untriaged, id -> summaries.getOrDefault(id, TouchSummary.empty(id, query)),
        withBirthday, notes, profile.goals(), asOf);
    return request.limit().isPresent() ? ranked.subList(0, Math.min(request.limit().getAsInt(), ranked.size())) : ranked;
  }

  @Override
  public Contact setTier(SetTierCommand command) {
    return transactions.inTransaction(() -> {
      Contact contact = contacts.find(command.contact())
          .orElseThrow(() -> new ContactNotFoundException(command.contact().toString()));
      Contact sorted = Contact.builder().from(contact).tier(command.tier()).untriaged(false).build();
      contacts.save(sorted);
      return sorted;
    });
  }

  @Override
  public int untriagedCount() {
    return contacts.countUntriaged();
  }
}
