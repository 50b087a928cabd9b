package dev.rapport.core.policy;

import static dev.rapport.core.policy.Fixtures.UTC;
import static dev.rapport.core.policy.Fixtures.contact;
import static dev.rapport.core.policy.Fixtures.in;
import static dev.rapport.core.policy.Fixtures.out;
import static dev.rapport.core.policy.Fixtures.touch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.rapport.core.aggregates.TouchSummarizer;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AgendaPlannerTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26); // a Thursday
  private final AgendaPlanner planner = new AgendaPlanner(Rules.defaults());

  private static Network network(List<Contact> contacts, List<Touch> touches, List<SpecialDay> days, List<Resource> resources) {
    TouchSummaryQuery query = HealthPolicy.defaults().queryAsOf(AS_OF, UTC);
    List<Touch> sorted = touches.stream().sorted(Comparator.comparing(Touch::at)).toList();
    return new Network(query, contacts, TouchSummarizer.summarize(sorted, query), days, resources);
  }

  private static Network network(List<Contact> contacts, List<Touch> touches) {
    return network(contacts, touches, List.of(), List.of());
  }

  private Agenda plan(Network network) {
    return planner.plan(network, 7, 120, 2);
  }

  private static List<String> names(List<Suggestion> suggestions) {
    return suggestions.stream().map(Suggestion::contactName).toList();
  }

  @Test
  void withAHelper_thePlannerMakesHalfTheSuggestionsThere_andPlansTheSameAgenda() {
    List<Contact> contacts = new ArrayList<>();
    List<Touch> touches = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      contacts.add(contact(i, "Contact " + (i % 7), Tier.values()[i % Tier.values().length]));
      touches.add(out(i, AS_OF.minusDays(3L * i)));
      if (i % 4 == 0) {
        touches.add(in(i, AS_OF.minusDays(i % 5)));
      }
    }
    Network network = network(contacts, touches);
    AtomicInteger helped = new AtomicInteger();
    ExecutorService helper = Executors.newSingleThreadExecutor();
    try {
      Agenda alone = planner.plan(network, 7, 30, 2);
      Agenda withHelper = new AgendaPlanner(Rules.defaults(), task -> {
        helped.incrementAndGet();
        helper.execute(task);
      }).plan(network, 7, 30, 2);

      assertThat(withHelper).isEqualTo(alone);
      // Each contact's suggestion is theirs alone: planned one by one, the same contacts come,
      // but for the lapsed ties beyond the week's two reconnections.
      List<ContactId> expected = new ArrayList<>(contacts.stream()
          .filter(c -> plan(network(List.of(c), touches.stream().filter(t -> t.contact().equals(c.id())).toList()))
              .suggestions().stream().anyMatch(s -> s.rule() != Suggestion.Rule.RECONNECT))
          .map(Contact::id).toList());
      planner.reconnections(network, 7).stream().limit(2).forEach(s -> expected.add(s.contact()));
      assertThat(alone.lapsedUnplanned()).isPositive();
      assertThat(alone.suggestions()).extracting(Suggestion::contact).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(alone.planned()).isNotEmpty();
      assertThat(alone.deferred()).isNotEmpty();
      assertThat(helped).hasValue(1);
    } finally {
      helper.shutdown();
    }
  }

  @Test
  void anInboundTouch_makesAReplyDue_firstOnTheAgenda() {
    Contact ada = contact(1, "Ada", Tier.ACQUAINTANCE);
    Contact bob = contact(2, "Bob", Tier.INNER);
    List<Touch> touches = List.of(out(1, AS_OF.minusDays(10)), in(1, AS_OF.minusDays(1)), out(2, AS_OF.minusDays(20)));

    Agenda agenda = plan(network(List.of(ada, bob), touches));

    Suggestion first = agenda.suggestions().get(0);
    assertThat(first.contactName()).isEqualTo("Ada");
    assertThat(first.action()).isEqualTo(OutreachAction.REPLY);
    assertThat(first.due()).isEqualTo(AS_OF.minusDays(1));
    assertThat(first.reason()).isEqualTo("they reached out on 2026-11-25 and have no reply yet");
    assertThat(agenda.suggestions().get(1).contactName()).isEqualTo("Bob");
  }

  @Test
  void aResponsiveContact_outranksAnEquallyOverdueSilentOne() {
    // Both ACTIVE (monthly), last reached 40 days ago; only Sam answered, the day after.
    Contact silent = contact(1, "Aaron Silent", Tier.ACTIVE);
    Contact responsive = contact(2, "Sam Responsive", Tier.ACTIVE);
    List<Touch> touches = List.of(out(1, AS_OF.minusDays(40)), out(2, AS_OF.minusDays(41)), in(2, AS_OF.minusDays(40)),
        out(2, AS_OF.minusDays(40)));

    Agenda agenda = plan(network(List.of(silent, responsive), touches));

    assertThat(names(agenda.suggestions())).containsExactly("Sam Responsive", "Aaron Silent");
    assertThat(agenda.suggestions().get(0).rank()).isGreaterThan(agenda.suggestions().get(1).rank());
  }

  @Test
  void dueTouches_rankByTierWeightTimesOneAndTheOverdueRatio() {
    Contact inner = contact(1, "Inner", Tier.INNER);     // weekly, 14 days since: 7 overdue, ratio 1 → 5·2·0.5 = 5
    Contact wider = contact(2, "Wider", Tier.WIDER);     // quarterly, 91 + 91 days: ratio 1 → 2·2·0.5 = 2
    Contact active = contact(3, "Active", Tier.ACTIVE);  // monthly, due today → 3·1·0.5 = 1.5
    List<Touch> touches = List.of(out(1, AS_OF.minusDays(14)), out(2, AS_OF.minusMonths(6)), out(3, AS_OF.minusMonths(1)));

    Agenda agenda = plan(network(List.of(wider, active, inner), touches));

    assertThat(names(agenda.suggestions())).containsExactly("Inner", "Wider", "Active");
    assertThat(agenda.suggestions().get(0).rank()).isEqualTo(5.0);
    assertThat(agenda.suggestions().get(2).rank()).isEqualTo(1.5);
    assertThat(agenda.suggestions().get(2).reason()).isEqualTo("due today; cadence monthly");
  }

  @Test
  void aLapsedTie_isOfferedAsAReconnection_withTheDayNamed_neverAsYearsOverdue() {
    Contact never = Contact.builder().from(contact(1, "Never Touched", Tier.ACQUAINTANCE))
        .connectedOn(LocalDate.of(2016, 7, 11)).build();
    Contact once = Contact.builder().from(contact(2, "Once Touched", Tier.ACQUAINTANCE))
        .connectedOn(LocalDate.of(2015, 1, 5)).build();
    List<Touch> touches = List.of(out(2, LocalDate.of(2019, 3, 2)));

    Agenda agenda = plan(network(List.of(never, once), touches));

    assertThat(agenda.suggestions()).extracting(Suggestion::contactName, Suggestion::rule, Suggestion::reason, Suggestion::due)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Never Touched", Suggestion.Rule.RECONNECT,
                "reconnect: connected 2016-07-11, never in touch", AS_OF),
            org.assertj.core.groups.Tuple.tuple("Once Touched", Suggestion.Rule.RECONNECT,
                "reconnect: last touch 2019-03-02", AS_OF));
    // A lapsed tie counts an overdue ratio of 2: 1 · (1 + 2) · 0.5.
    assertThat(agenda.suggestions()).allSatisfy(s -> assertThat(s.rank()).isEqualTo(1.5));
  }

  @Test
  void aTieJustTwoIntervalsOverdue_isStillADueTouch() {
    // Every 30 days, touched 90 days ago: due 30 days after, overdue by 60 = exactly 2 intervals.
    Contact ada = Contact.builder().from(contact(1, "Ada", Tier.ACTIVE)).cadence(dev.rapport.core.domain.Cadence.everyDays(30)).build();

    Agenda agenda = plan(network(List.of(ada), List.of(out(1, AS_OF.minusDays(90)))));

    assertThat(agenda.suggestions()).singleElement().satisfies(s -> {
      assertThat(s.rule()).isEqualTo(Suggestion.Rule.DUE);
      assertThat(s.reason()).startsWith("overdue by 60 days");
    });
  }

  @Test
  void lapsedTies_takeAtMostTwoPlacesAWeek_byTierThenTheLatestDayThenResponsiveness_andTheRestAreCounted() {
    List<Contact> contacts = new ArrayList<>();
    for (int i = 1; i <= 6; i++) { // connected a year apart, 2015 to 2020; never touched
      contacts.add(Contact.builder().from(contact(i, "Acquaintance " + i, Tier.ACQUAINTANCE))
          .connectedOn(LocalDate.of(2014 + i, 3, 1)).build());
    }
    contacts.add(Contact.builder().from(contact(7, "Wider Oldest", Tier.WIDER)).connectedOn(LocalDate.of(2012, 1, 1)).build());

    Network network = network(contacts, List.of());
    Agenda agenda = plan(network);
    List<Suggestion> reconnections = planner.reconnections(network, 7);

    assertThat(names(agenda.suggestions())).containsExactlyInAnyOrder("Wider Oldest", "Acquaintance 6");
    assertThat(agenda.deferred()).isEmpty();
    assertThat(agenda.lapsedUnplanned()).isEqualTo(5);
    assertThat(names(reconnections)).containsExactly("Wider Oldest", "Acquaintance 6", "Acquaintance 5",
        "Acquaintance 4", "Acquaintance 3", "Acquaintance 2", "Acquaintance 1");
    assertThat(new AgendaPlanner(Rules.defaults().withAgenda(AgendaPolicy.builder().reconnectsPerWeek(1).build()))
        .plan(network, 14, 120, 0).suggestions()).hasSize(2); // a fortnight: its share of the week's places
  }

  @Test
  void amongLapsedTiesOfOneTierAndDay_theResponsiveOneComesFirst() {
    Contact silent = Contact.builder().from(contact(1, "Aaron Silent", Tier.ACQUAINTANCE)).build();
    Contact responsive = Contact.builder().from(contact(2, "Zed Responsive", Tier.ACQUAINTANCE)).build();
    LocalDate then = LocalDate.of(2020, 5, 4);
    List<Touch> touches = List.of(out(1, then), out(2, then.minusDays(1)), in(2, then));
    // both last touched on the same day; Zed answered the day after

    assertThat(names(planner.reconnections(network(List.of(silent, responsive), touches), 7)))
        .containsExactly("Zed Responsive", "Aaron Silent");
  }

  @Test
  void aNewConnectionWithNoTouch_getsAWelcome_afterRepliesAndBeforeDueTouches() {
    Contact fresh = Contact.builder().from(contact(1, "Fresh", Tier.ACQUAINTANCE)).connectedOn(AS_OF.minusDays(13)).build();
    Contact older = Contact.builder().from(contact(2, "Two Weeks", Tier.ACQUAINTANCE)).connectedOn(AS_OF.minusDays(14)).build();
    Contact inner = contact(3, "Inner", Tier.INNER);
    Contact writer = contact(4, "Writer", Tier.ACQUAINTANCE);
    Contact touched = Contact.builder().from(contact(5, "Touched", Tier.ACQUAINTANCE)).connectedOn(AS_OF.minusDays(3)).build();
    List<Touch> touches = List.of(out(3, AS_OF.minusDays(14)), in(4, AS_OF.minusDays(2)), in(5, AS_OF.minusDays(1)));

    Agenda agenda = plan(network(List.of(fresh, older, inner, writer, touched), touches));

    assertThat(agenda.suggestions()).extracting(Suggestion::contactName, Suggestion::rule, Suggestion::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Writer", Suggestion.Rule.REPLY, OutreachAction.REPLY),
            org.assertj.core.groups.Tuple.tuple("Touched", Suggestion.Rule.REPLY, OutreachAction.REPLY),
            org.assertj.core.groups.Tuple.tuple("Fresh", Suggestion.Rule.WELCOME, OutreachAction.MESSAGE),
            org.assertj.core.groups.Tuple.tuple("Inner", Suggestion.Rule.DUE, OutreachAction.MEET));
    assertThat(agenda.suggestions().get(2).reason()).isEqualTo("follow up on your new connection (connected 2026-11-13)");
  }

  @Test
  void theBudget_defersTheRest_withTheReason() {
    List<Contact> contacts = new ArrayList<>();
    List<Touch> touches = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      contacts.add(contact(i, String.format("Contact %02d", i), Tier.ACTIVE));
      touches.add(out(i, AS_OF.minusDays(30 + i))); // the longer ago, the more overdue
      touches.add(out(i, AS_OF.minusDays(100 + i))); // no variety rule: only two MESSAGEs each
    }

    Agenda agenda = planner.plan(network(contacts, touches), 7, 120, 0);

    assertThat(agenda.planned()).hasSize(12);
    assertThat(agenda.plannedMinutes()).isEqualTo(120);
    assertThat(agenda.deferred()).hasSize(3);
    assertThat(names(agenda.deferred())).containsExactly("Contact 03", "Contact 02", "Contact 01");
    assertThat(agenda.deferred().get(0).deferredReason()).contains("over the budget of 120 minutes for 7 days");
  }

  @Test
  void theStartSmallMinimum_keepsTwoSuggestionsEvenWithNoBudget() {
    List<Contact> contacts = List.of(contact(1, "Ada", Tier.ACTIVE), contact(2, "Bob", Tier.ACTIVE), contact(3, "Cy", Tier.ACTIVE));
    List<Touch> touches = List.of(out(1, AS_OF.minusDays(60)), out(2, AS_OF.minusDays(50)), out(3, AS_OF.minusDays(40)));

    Agenda agenda = planner.plan(network(contacts, touches), 7, 0, 2);

    assertThat(names(agenda.planned())).containsExactly("Ada", "Bob");
    assertThat(agenda.planned().get(0).otherReasons()).contains("kept over budget: at least 2 more outreach touches this month");
    assertThat(agenda.deferred()).hasSize(1);
  }

  @Test
  void theStartSmallMinimum_countsThisMonthsOutreach() {
    List<Contact> contacts = List.of(contact(1, "Ada", Tier.ACTIVE), contact(2, "Bob", Tier.ACTIVE), contact(3, "Cy", Tier.WIDER));
    // One outbound touch this month (to Cy) leaves one to go.
    List<Touch> touches = List.of(out(1, AS_OF.minusDays(60)), out(2, AS_OF.minusDays(50)), out(3, AS_OF.minusDays(2)));

    Agenda agenda = planner.plan(network(contacts, touches), 7, 0, 2);

    assertThat(agenda.outreachThisMonth()).isEqualTo(1);
    assertThat(names(agenda.planned())).containsExactly("Ada");
  }

  @Test
  void aBirthdayInTheHorizon_suggestsACardOnTheDay_toACloseContact_andAGreetingToOthers() {
    Contact close = contact(1, "Close", Tier.CLOSE);
    Contact wider = contact(2, "Wider", Tier.WIDER);
    List<Touch> touches = List.of(out(1, AS_OF.minusDays(1)), out(2, AS_OF.minusDays(1)));
    List<SpecialDay> days = List.of(
        SpecialDay.builder().contact(close.id()).kind(SpecialDayKind.BIRTHDAY).date(PartialDate.parse("1986-11-28")).build(),
        SpecialDay.builder().contact(wider.id()).kind(SpecialDayKind.BIRTHDAY).date(PartialDate.parse("--11-30")).build());

    Agenda agenda = plan(network(List.of(close, wider), touches, days, List.of()));

    assertThat(agenda.suggestions()).extracting(Suggestion::contactName, Suggestion::action, Suggestion::due)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Close", OutreachAction.CARD, LocalDate.of(2026, 11, 28)),
            org.assertj.core.groups.Tuple.tuple("Wider", OutreachAction.GREETING, LocalDate.of(2026, 11, 30)));
    assertThat(agenda.suggestions().get(0).reason()).isEqualTo("send a card for their birthday (turns 40) on 2026-11-28");
  }

  @Test
  void aGlobalHoliday_suggestsCardsToInnerAndCloseContactsOnly() {
    Contact inner = contact(1, "Inner", Tier.INNER);
    Contact active = contact(2, "Active", Tier.ACTIVE);
    List<Touch> touches = List.of(
        touch(1, AS_OF.minusDays(1), Direction.MUTUAL, InteractionKind.MEETING), out(2, AS_OF.minusDays(1)));
    List<SpecialDay> days = List.of(SpecialDay.builder().kind(SpecialDayKind.HOLIDAY)
        .date(PartialDate.of(MonthDay.of(11, 27))).title("Thanksgiving").build());

    Agenda agenda = plan(network(List.of(inner, active), touches, days, List.of()));

    assertThat(agenda.suggestions()).singleElement().satisfies(s -> {
      assertThat(s.contactName()).isEqualTo("Inner");
      assertThat(s.action()).isEqualTo(OutreachAction.CARD);
      assertThat(s.reason()).isEqualTo("send a card for Thanksgiving on 2026-11-27");
    });
  }

  @Test
  void twoSpecialDaysOnOneDate_theBirthdayComesBeforeTheAnniversaryOfConnecting() {
    Contact ada = Contact.builder().from(contact(1, "Ada", Tier.CLOSE)).connectedOn(LocalDate.of(2021, 11, 28)).build();
    List<SpecialDay> days = List.of(
        SpecialDay.builder().contact(ada.id()).kind(SpecialDayKind.BIRTHDAY).date(PartialDate.parse("--11-28")).build());

    Agenda agenda = plan(network(List.of(ada), List.of(out(1, AS_OF.minusDays(1))), days, List.of()));

    assertThat(agenda.suggestions()).singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo("send a card for their birthday on 2026-11-28"));
  }

  @Test
  void eachContactAppearsOnce_withTheFirstRulesAction_andTheOthersBesideIt() {
    Contact ada = contact(1, "Ada", Tier.ACTIVE);
    List<Touch> touches = List.of(out(1, AS_OF.minusDays(60)), in(1, AS_OF.minusDays(3)));
    List<SpecialDay> days = List.of(
        SpecialDay.builder().contact(ada.id()).kind(SpecialDayKind.BIRTHDAY).date(PartialDate.parse("--11-29")).build());

    Agenda agenda = plan(network(List.of(ada), touches, days, List.of()));

    assertThat(agenda.suggestions()).singleElement().satisfies(s -> {
      assertThat(s.action()).isEqualTo(OutreachAction.REPLY);
      assertThat(s.otherReasons()).containsExactly(
          "say happy birthday for their birthday on 2026-11-29", "overdue by 30 days (due 2026-10-27); cadence monthly");
    });
  }

  @Test
  void anInnerContactWithoutAMeetingFor90Days_getsSetUpATimeToTalk() {
    Contact ada = contact(1, "Ada", Tier.INNER);
    List<Touch> touches = List.of(touch(1, AS_OF.minusDays(95), Direction.MUTUAL, InteractionKind.MEETING), out(1, AS_OF.minusDays(8)));

    Suggestion s = plan(network(List.of(ada), touches)).suggestions().get(0);

    assertThat(s.action()).isEqualTo(OutreachAction.MEET);
    assertThat(s.minutes()).isEqualTo(60);
    assertThat(s.reason()).isEqualTo("overdue by 1 day (due 2026-11-25); cadence weekly; no meeting or call in 90 days: set up a time to talk individually");
  }

  @Test
  void aResourceMatchingTheirInterests_notSentYet_becomesTheAction() {
    Contact ada = Contact.builder().from(contact(1, "Ada", Tier.ACTIVE)).addInterests("Fintech").build();
    Resource sent = Resource.builder().id(new ResourceId(1)).title("Old news").addTopics("fintech").foundOn(AS_OF.minusDays(1)).build();
    Resource fresh = Resource.builder().id(new ResourceId(2)).title("Open banking").addTopics("FINTECH", "apis").foundOn(AS_OF.minusDays(5)).build();
    Resource unrelated = Resource.builder().id(new ResourceId(3)).title("Gardening").addTopics("plants").foundOn(AS_OF).build();
    List<Touch> touches = List.of(Touch.builder().from(out(1, AS_OF.minusDays(40))).kind(InteractionKind.RESOURCE_SHARED)
        .resource(sent.id()).build());

    Suggestion s = plan(network(List.of(ada), touches, List.of(), List.of(sent, fresh, unrelated))).suggestions().get(0);

    assertThat(s.action()).isEqualTo(OutreachAction.RESOURCE_SHARED);
    assertThat(s.resource()).contains(fresh.id());
    assertThat(s.reason()).endsWith("share \"Open banking\": it suits their interest in Fintech");
  }

  @Test
  void aSharedResource_namesTheFirstMatchingInterest_orElseTheFirstMatchingGoal() {
    Contact ada = Contact.builder().from(contact(1, "Ada", Tier.ACTIVE)).addInterests("Zoology", "Fintech", "APIs", "Art").build();
    Contact bo = Contact.builder().from(contact(2, "Bo", Tier.ACTIVE)).addInterests("Art").addGoals("raise a seed round", "fintech").build();
    Resource resource = Resource.builder().id(new ResourceId(1)).title("Open banking").addTopics("fintech", "apis", "zoology")
        .foundOn(AS_OF.minusDays(5)).build();

    List<Suggestion> suggestions = plan(network(List.of(ada, bo), List.of(out(1, AS_OF.minusDays(40)), out(2, AS_OF.minusDays(40))),
        List.of(), List.of(resource))).suggestions();

    assertThat(suggestions).extracting(Suggestion::reason).containsExactlyInAnyOrder(
        "overdue by 9 days (due 2026-11-17); cadence monthly; share \"Open banking\": it suits their interest in APIs",
        "overdue by 9 days (due 2026-11-17); cadence monthly; share \"Open banking\": it suits their goal fintech");
  }

  @Test
  void afterThreeBusinessTouches_theAgendaSuggestsAskingAboutThem_orJustSayingHi() {
    Contact active = contact(1, "Active", Tier.ACTIVE);
    Contact acquaintance = contact(2, "Acquaintance", Tier.ACQUAINTANCE);
    List<Touch> touches = new ArrayList<>();
    for (long id : new long[] {1, 2}) {
      touches.add(touch(id, AS_OF.minusDays(400), Direction.OUTBOUND, InteractionKind.CAREER_UPDATE));
      touches.add(touch(id, AS_OF.minusDays(300), Direction.OUTBOUND, InteractionKind.MESSAGE));
      touches.add(touch(id, AS_OF.minusDays(200), Direction.OUTBOUND, InteractionKind.MESSAGE));
    }

    Agenda agenda = plan(network(List.of(active, acquaintance), touches));

    assertThat(agenda.suggestions()).extracting(Suggestion::contactName, Suggestion::action).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Active", OutreachAction.QUESTION),
        org.assertj.core.groups.Tuple.tuple("Acquaintance", OutreachAction.GREETING));
  }

  @Test
  void snoozedContacts_stayOffTheAgendaUntilTheSnoozeEnds() {
    Contact later = Contact.builder().from(contact(1, "Later", Tier.INNER)).snoozedUntil(AS_OF.plusDays(30)).build();
    Contact soon = Contact.builder().from(contact(2, "Soon", Tier.INNER)).snoozedUntil(AS_OF.plusDays(3)).build();
    List<Touch> touches = List.of(out(1, AS_OF.minusDays(30)), in(1, AS_OF.minusDays(1)), out(2, AS_OF.minusDays(30)));

    Agenda agenda = plan(network(List.of(later, soon), touches));

    assertThat(agenda.suggestions()).singleElement().satisfies(s -> {
      assertThat(s.contactName()).isEqualTo("Soon");
      assertThat(s.due()).isEqualTo(AS_OF.plusDays(3));
    });
  }

  @Test
  void archivedContacts_andContactsWithNoCadence_getNoDueTouch() {
    Contact archived = Contact.builder().from(contact(1, "Archived", Tier.INNER)).archived(true).build();
    Contact none = Contact.builder().from(contact(2, "None", Tier.INNER)).cadence(dev.rapport.core.domain.Cadence.none()).build();
    List<Touch> touches = List.of(out(1, AS_OF.minusDays(30)), out(2, AS_OF.minusDays(30)),
        touch(2, AS_OF.minusDays(30), Direction.MUTUAL, InteractionKind.CALL));

    assertThat(plan(network(List.of(archived, none), touches)).suggestions()).isEmpty();
  }

  @Test
  void tiesBreakByName_thenById_soTheOrderIsStable() {
    List<Contact> contacts = Stream.of(contact(3, "Zoe", Tier.ACTIVE), contact(2, "Ann", Tier.ACTIVE), contact(1, "Ann", Tier.ACTIVE))
        .toList();
    List<Touch> touches = List.of(out(1, AS_OF.minusDays(40)), out(2, AS_OF.minusDays(40)), out(3, AS_OF.minusDays(40)));

    Agenda agenda = plan(network(contacts, touches));

    assertThat(agenda.suggestions()).extracting(Suggestion::contact)
        .containsExactly(new ContactId(1), new ContactId(2), new ContactId(3));
  }

  @Test
  void givenAHorizonBelowOneDay_planIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> planner.plan(network(List.of(), List.of()), 0, 120, 2))
        .withMessageContaining("horizonDays");
  }
}
