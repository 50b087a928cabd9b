package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.policy.analysis.TriageCandidate;
import dev.rapport.core.port.in.ContactChanges;
import dev.rapport.core.port.in.ContactNotFoundException;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.ProfileChanges;
import dev.rapport.core.port.in.SetTierCommand;
import dev.rapport.core.port.in.TriageQueueRequest;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportCommand;
import dev.rapport.core.port.in.imports.Origin;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriageUseCaseTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Rapport rapport =
      Rapport.over(storage, Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

  private static ContactDraft connection(int line, String name, LocalDate connected, String company) {
    String url = "https://www.linkedin.com/in/" + name.toLowerCase().replace(' ', '-');
    return new ContactDraft(url, new Origin("Connections.csv", line), ContactDraft.details(name).company(company)
        .sourceChannel("LinkedIn").connectedOn(connected).addChannelProfiles(new ChannelProfile("LinkedIn", url)).build());
  }

  private Contact named(String name) {
    return rapport.contacts().list().stream().filter(c -> c.displayName().equals(name)).findFirst().orElseThrow();
  }

  private List<String> queueNames() {
    return rapport.triage().queue(TriageQueueRequest.all()).stream().map(c -> c.contact().displayName()).toList();
  }

  @Test
  void anImport_bringsNewContactsInUntriaged_butNotThoseAddedByHand() {
    rapport.contacts().add(NewContact.named("Hand Made"));

    rapport.imports().importNetwork(ImportCommand.of(ImportBatch.builder().source("LinkedIn")
        .addContacts(connection(5, "Ada Lovelace", LocalDate.of(2016, 7, 11), "Analytical Engines")).build()));

    assertThat(named("Ada Lovelace").untriaged()).isTrue();
    assertThat(named("Hand Made").untriaged()).isFalse();
    assertThat(rapport.triage().untriagedCount()).isEqualTo(1);
    assertThat(queueNames()).containsExactly("Ada Lovelace");
  }

  @Test
  void theQueue_ranksMostPromisingFirst_withTheSignalsNamed() {
    rapport.profile().update(ProfileChanges.none().addGoals(new Goal(GoalKind.INDUSTRY, "fintech", Set.of(), 3)));
    rapport.imports().importNetwork(ImportCommand.of(ImportBatch.builder().source("LinkedIn")
        .addContacts(connection(2, "Old Silent", LocalDate.of(2016, 3, 1), "Nowhere"))
        .addContacts(connection(3, "Old Writer", LocalDate.of(2016, 3, 1), "Nowhere"))
        .addContacts(connection(4, "New Connection", TODAY.minusDays(5), "Somewhere"))
        .addContacts(connection(5, "Old Fintech", LocalDate.of(2017, 3, 1), "Bank"))
        .addContacts(connection(6, "Old Birthday", LocalDate.of(2016, 4, 1), "Nowhere"))
        .addContacts(connection(7, "Old Noted", LocalDate.of(2016, 5, 1), "Nowhere"))
        .build()));
    rapport.contacts().edit(ContactChanges.to(named("Old Fintech").id()).industry("Fintech"));
    rapport.activity().log(LogTouch.inbound(named("Old Writer").id(), InteractionKind.MESSAGE)
        .at(TODAY.minusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC)));
    rapport.activity().addSpecialDay(SpecialDay.builder().contact(named("Old Birthday").id())
        .kind(SpecialDayKind.BIRTHDAY).date(PartialDate.parse("--04-12")).build());
    rapport.contacts().addNote(named("Old Noted").id(), new Note(TODAY.minusDays(400), "met at a meetup"));

    List<TriageCandidate> queue = rapport.triage().queue(TriageQueueRequest.asOf(TODAY));

    assertThat(queue).extracting(c -> c.contact().displayName(), TriageCandidate::signals).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Old Writer", List.of("wrote to you on 2026-11-23")),
        org.assertj.core.groups.Tuple.tuple("New Connection", List.of("connected 2026-11-21")),
        org.assertj.core.groups.Tuple.tuple("Old Fintech", List.of("meets your goal: industry fintech")),
        org.assertj.core.groups.Tuple.tuple("Old Noted", List.of("1 note on file")),
        org.assertj.core.groups.Tuple.tuple("Old Birthday", List.of("birthday on file")),
        org.assertj.core.groups.Tuple.tuple("Old Silent", List.of()));
    assertThat(rapport.triage().queue(TriageQueueRequest.asOf(TODAY).withLimit(2))).hasSize(2);
  }

  @Test
  void settingATier_takesTheContactOutOfTheQueue_andChangesItsCadence() {
    rapport.imports().importNetwork(ImportCommand.of(ImportBatch.builder().source("LinkedIn")
        .addContacts(connection(2, "Ada Lovelace", LocalDate.of(2016, 7, 11), "Analytical Engines"))
        .addContacts(connection(3, "Grace Hopper", LocalDate.of(2016, 7, 12), "Navy")).build()));

    Contact ada = rapport.triage().setTier(new SetTierCommand(named("Ada Lovelace").id(), Tier.CLOSE));
    rapport.contacts().edit(ContactChanges.to(named("Grace Hopper").id()).tier(Tier.WIDER));

    assertThat(ada.tier()).isEqualTo(Tier.CLOSE);
    assertThat(named("Ada Lovelace").untriaged()).isFalse();
    assertThat(named("Grace Hopper").untriaged()).isFalse();
    assertThat(rapport.triage().untriagedCount()).isZero();
    assertThat(queueNames()).isEmpty();
    assertThatThrownBy(() -> rapport.triage().setTier(new SetTierCommand(new ContactId(404), Tier.CLOSE)))
        .isInstanceOf(ContactNotFoundException.class);
  }

  @Test
  void theCommands_checkThemselves() {
    assertThatThrownBy(() -> new SetTierCommand(new ContactId(1), null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tier");
    assertThatThrownBy(() -> TriageQueueRequest.all().withLimit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be positive: 0");
  }
}
