package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.policy.HealthBand;
import dev.rapport.core.policy.ReportPolicy;
import dev.rapport.core.policy.Suggestion;
import dev.rapport.core.policy.analysis.ChannelResult;
import dev.rapport.core.policy.analysis.GapKind;
import dev.rapport.core.port.in.AgendaRequest;
import dev.rapport.core.port.in.ContactHealth;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NetworkAnalysis;
import dev.rapport.core.port.in.NetworkReport;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.ProfileChanges;
import dev.rapport.core.port.in.ReportRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkReportServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private final InMemoryStorage storage = new InMemoryStorage();
  private final Rapport rapport = Rapport.over(storage, Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));

  private Contact add(NewContact contact) {
    return rapport.contacts().add(contact);
  }

  private void log(Contact contact, String day, Direction direction, InteractionKind kind, String channel) {
    LogTouch touch = LogTouch.of(contact.id(), direction, kind).at(Instant.parse(day + "T12:00:00Z"));
    rapport.activity().log(channel == null ? touch : touch.channel(channel));
  }

  @BeforeEach
  void network() {
    rapport.profile().update(ProfileChanges.none()
        .addGoals(Goal.of(GoalKind.INDUSTRY, "fintech", 2), Goal.of(GoalKind.LOCATION, "Lisbon", 1)));
    rapport.activity().saveChannel(Channel.builder().name("LinkedIn").kind(ChannelKind.SITE)
        .joinedOn(LocalDate.of(2020, 1, 1)).build());
    Contact ann = add(NewContact.named("Ann").tier(Tier.INNER).industry("fintech").company("Acme"));
    Contact bob = add(NewContact.named("Bob").tier(Tier.CLOSE).industry("fintech").company("Acme"));
    Contact cy = add(NewContact.named("Cy").tier(Tier.CLOSE).company("Acme"));
    for (int i = 1; i <= 14; i++) {
      add(NewContact.named("Wider " + i).tier(Tier.WIDER).company("Acme")
          .connectedOn(LocalDate.of(2024, 1, 1)));
    }
    log(ann, "2026-11-10", Direction.MUTUAL, InteractionKind.MEETING, "LinkedIn");
    log(ann, "2026-11-24", Direction.INBOUND, InteractionKind.INTRODUCTION, "LinkedIn");
    log(bob, "2026-08-01", Direction.OUTBOUND, InteractionKind.MEETING, null);
    log(cy, "2026-10-20", Direction.OUTBOUND, InteractionKind.MESSAGE, "LinkedIn");
    rapport.activity().addSpecialDay(SpecialDay.builder().contact(bob.id()).kind(SpecialDayKind.BIRTHDAY)
        .date(PartialDate.parse("--12-10")).build());
  }

  @Test
  void givenANetwork_report_statesWhatEachUseCaseAnswersForTheSameDay() {
    NetworkReport report = rapport.report().report(ReportRequest.asOf(TODAY));

    List<Suggestion> agenda = rapport.outreach().agenda(AgendaRequest.asOf(TODAY)).planned();
    assertThat(report.agenda().planned().shown()).isEqualTo(agenda.subList(0, Math.min(10, agenda.size())));
    assertThat(report.agenda().planned().total()).isEqualTo(agenda.size());

    List<ContactHealth> health = rapport.health().all(TODAY, Optional.empty());
    Map<HealthBand, Integer> bands = new EnumMap<>(HealthBand.class);
    health.forEach(h -> bands.merge(h.band(), 1, Integer::sum));
    bands.forEach((band, n) -> assertThat(report.health().bands()).containsEntry(band, n));
    assertThat(report.health().contacts()).isEqualTo(17);

    NetworkAnalysis analysis = rapport.analysis().analyse(TODAY);
    assertThat(report.goals().goals()).containsExactlyElementsOf(
        analysis.gaps(GapKind.GOAL).stream().map(g -> (dev.rapport.core.policy.analysis.Gap.GoalGap) g).toList());
    assertThat(report.composition().concentrations()).hasSameSizeAs(analysis.gaps(GapKind.CONCENTRATION));
    assertThat(report.patterns().quarters()).isEqualTo(analysis.patterns());

    assertThat(report.channels().channels().shown()).extracting(ChannelResult::channel)
        .isEqualTo(rapport.channels().channels(TODAY).channels().stream().map(ChannelResult::channel).toList());
    assertThat(report.startSmall().check()).isEqualTo(rapport.channels().channels(TODAY).startSmall());
    assertThat(report.specialDays().upcoming().shown()).isEqualTo(rapport.specialDays().upcoming(TODAY, 30));
  }

  @Test
  void givenCoolingCloseTies_healthSection_namesOnlyInnerAndCloseOnes_worstFirst_andAdviceNamesTheWorst() {
    NetworkReport report = rapport.report().report(ReportRequest.asOf(TODAY));

    List<ContactHealth> ties = report.health().closeTiesCooling().shown();
    assertThat(ties).isNotEmpty().allSatisfy(h -> {
      assertThat(h.tier()).isIn(Tier.INNER, Tier.CLOSE);
      assertThat(h.band()).isIn(HealthBand.COOLING, HealthBand.AT_RISK, HealthBand.DORMANT);
    });
    assertThat(ties).extracting(ContactHealth::contact).doesNotContain("Ann");
    assertThat(ties).isSortedAccordingTo((a, b) -> Double.compare(a.score(), b.score()));
    assertThat(report.health().advice()).startsWith("Reach out to " + ties.get(0).contact() + " first");
  }

  @Test
  void givenLongLists_report_keepsTheFirstEntries_andCountsTheRest() {
    NetworkReport report = rapport.withReportPolicy(new ReportPolicy(3, 2, 30)).report()
        .report(ReportRequest.asOf(TODAY).withAgendaDays(14));

    List<Suggestion> agenda = rapport.outreach().agenda(AgendaRequest.asOf(TODAY).withHorizonDays(14)).planned();
    assertThat(agenda).hasSizeGreaterThan(3);
    assertThat(report.agenda().horizonDays()).isEqualTo(14);
    assertThat(report.agenda().planned().shown()).isEqualTo(agenda.subList(0, 3));
    assertThat(report.agenda().planned().more()).isEqualTo(agenda.size() - 3);
    NetworkReport.DimensionShares company = report.composition().dimensions().stream()
        .filter(d -> d.dimension().label().equals("company")).findFirst().orElseThrow();
    assertThat(company.shares().shown()).hasSize(1); // only Acme is known; every contact works there
    NetworkReport.DimensionShares industry = report.composition().dimensions().get(0);
    assertThat(industry.shares().shown()).hasSize(2);
    assertThat(industry.shares().shown().get(0).label()).isEqualTo("(unknown)");
    assertThat(industry.shares().total()).isEqualTo(2);
  }

  @Test
  void givenAConcentratedNetwork_compositionAdvice_saysToBroaden() {
    NetworkReport report = rapport.report().report(ReportRequest.asOf(TODAY));

    assertThat(report.composition().concentrations()).isNotEmpty();
    assertThat(report.composition().advice()).startsWith("Broaden beyond Acme");
    assertThat(report.goals().advice()).contains("Lisbon");
  }

  @Test
  void givenAnEmptyNetwork_everySectionSaysHowToStart() {
    Rapport empty = Rapport.over(new InMemoryStorage(), Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));

    NetworkReport report = empty.report().report(ReportRequest.today());

    assertThat(report.asOf()).isEqualTo(TODAY);
    assertThat(report.agenda().planned().isEmpty()).isTrue();
    assertThat(report.health().advice()).startsWith("No contacts yet");
    assertThat(report.goals().advice()).contains("profile --goal");
    assertThat(report.channels().advice()).contains("channel add");
    assertThat(report.specialDays().advice()).contains("day add");
  }

  @Test
  void givenAHelper_report_isTheSameAsOnTheCallersThread() {
    ExecutorService helper = Executors.newFixedThreadPool(2);
    try {
      NetworkReport alone = rapport.report().report(ReportRequest.asOf(TODAY));
      NetworkReport helped = rapport.withHelper(helper).report().report(ReportRequest.asOf(TODAY));
      assertThat(helped).isEqualTo(alone);
    } finally {
      helper.shutdownNow();
    }
  }

  @Test
  void aReport_readsEachWholeNetworkOnce_forAllItsSections() {
    Map<String, Integer> calls = new java.util.concurrent.ConcurrentHashMap<>();
    dev.rapport.core.port.out.Storage counted = new dev.rapport.core.port.out.Storage() {
      @Override
      public dev.rapport.core.port.out.ContactRepository contacts() {
        return counting(dev.rapport.core.port.out.ContactRepository.class, storage.contacts(), "contacts.", calls);
      }

      @Override
      public dev.rapport.core.port.out.TouchRepository touches() {
        return counting(dev.rapport.core.port.out.TouchRepository.class, storage.touches(), "touches.", calls);
      }

      @Override
      public dev.rapport.core.port.out.SpecialDayRepository specialDays() {
        return storage.specialDays();
      }

      @Override
      public dev.rapport.core.port.out.ChannelRepository channels() {
        return storage.channels();
      }

      @Override
      public dev.rapport.core.port.out.ResourceRepository resources() {
        return storage.resources();
      }

      @Override
      public dev.rapport.core.port.out.CollaborationRepository collaborations() {
        return storage.collaborations();
      }

      @Override
      public dev.rapport.core.port.out.OwnerProfileRepository profile() {
        return storage.profile();
      }

      @Override
      public dev.rapport.core.port.out.Transactions transactions() {
        return storage.transactions();
      }
    };
    ExecutorService helper = Executors.newCachedThreadPool();
    try {
      Rapport.over(counted, Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC)).withHelper(helper)
          .report().report(ReportRequest.asOf(TODAY));
    } finally {
      helper.shutdownNow();
    }

    // The agenda, health and analysis each ask for the summaries; the analysis and channels for the
    // activity and every contact; the agenda, health and special days for the relationships.
    assertThat(calls).containsEntry("touches.summaries", 1).containsEntry("touches.activity", 1)
        .containsEntry("contacts.findAll", 1).containsEntry("contacts.relationships", 1);
  }

  @SuppressWarnings("unchecked")
  private static <T> T counting(Class<T> type, T target, String prefix, Map<String, Integer> calls) {
    return (T) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      calls.merge(prefix + method.getName(), 1, Integer::sum);
      try {
        return method.invoke(target, args);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }

  @Test
  void aHorizonBelowOneDay_isRefused() {
    assertThatThrownBy(() -> ReportRequest.today().withAgendaDays(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agendaDays must be positive: 0");
  }
}
