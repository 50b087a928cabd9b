package dev.rapport.core.policy.analysis;

import static dev.rapport.core.domain.Direction.INBOUND;
import static dev.rapport.core.domain.Direction.OUTBOUND;
import static dev.rapport.core.domain.InteractionKind.COMMENT;
import static dev.rapport.core.domain.InteractionKind.MESSAGE;
import static dev.rapport.core.policy.analysis.Net.AS_OF;
import static dev.rapport.core.policy.analysis.Net.contact;
import static dev.rapport.core.policy.analysis.Net.id;
import static dev.rapport.core.policy.analysis.Net.touch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.ChannelStatus;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.Touch;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ChannelResultsTest {

  private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
  private final ChannelResults results = new ChannelResults(AnalysisPolicy.defaults());

  private static Channel channel(String name, ChannelKind kind) {
    return Channel.builder().name(name).kind(kind).joinedOn(LONG_AGO).build();
  }

  private static Collaboration collab(String title, LocalDate on, String channel, long... contacts) {
    var builder = Collaboration.builder().title(title).on(on).channel(channel);
    for (long c : contacts) {
      builder.addContacts(id(c));
    }
    return builder.build();
  }

  private ChannelReport report(List<Channel> channels, List<Contact> contacts, List<Collaboration> collabs,
      List<Touch> touches, OwnerProfile profile) {
    return results.report(channels, contacts, collabs, Net.activity(touches), profile);
  }

  @Test
  void givenCollaborations_talk_and_silence_report_classifiesAndRecommends_bestFirst() {
    List<Channel> channels = List.of(channel("LinkedIn", ChannelKind.SITE), channel("Meetup", ChannelKind.GROUP),
        channel("Forum", ChannelKind.SITE));
    List<Contact> contacts = List.of(
        contact(1, "Ann").sourceChannel("LinkedIn").connectedOn(LocalDate.of(2026, 3, 4)).build(),
        contact(2, "Bob").addChannelProfiles(new ChannelProfile("linkedin", "bob")).build(),
        contact(3, "Cy").sourceChannel("Meetup").build());
    List<Collaboration> collabs = List.of(
        collab("Joint talk", LocalDate.of(2026, 3, 10), "LinkedIn", 1),
        collab("Paper", LocalDate.of(2026, 5, 10), "linkedin", 1, 2),
        collab("Book", LocalDate.of(2026, 7, 10), "LinkedIn", 2),
        collab("Old one", LocalDate.of(2024, 7, 10), "Forum", 2));
    List<Touch> touches = new ArrayList<>();
    for (int month = 1; month <= 6; month++) {
      LocalDate day = LocalDate.of(2026, month, 2);
      touches.add(touch(3, day, OUTBOUND, MESSAGE).channel("Meetup").build());
      touches.add(touch(3, day.plusDays(3), INBOUND, MESSAGE).channel("Meetup").build());
    }
    touches.add(touch(1, LocalDate.of(2026, 3, 5), OUTBOUND, MESSAGE).channel("LinkedIn").build());

    ChannelReport report = report(channels, contacts, collabs, touches, OwnerProfile.defaults());

    assertThat(report.channels()).extracting(ChannelResult::channel).containsExactly("LinkedIn", "Meetup", "Forum");
    ChannelResult linkedIn = report.channels().get(0);
    assertThat(linkedIn.figures()).isEqualTo(new ChannelFigures(2, 1, 0, 3, 0));
    assertThat(linkedIn.channelClass()).isEqualTo(ChannelClass.COLLABORATIVE);
    assertThat(linkedIn.recommendation()).isEqualTo(Recommendation.GROW);
    assertThat(linkedIn.reason()).isEqualTo(
        "collaborative: 3 collaborations, 1 touches, response rate 0% in 12 months; worth more of your time");
    assertThat(linkedIn.months()).hasSize(12);
    assertThat(linkedIn.months().get(YearMonth.of(2026, 3))).isEqualTo(new ChannelFigures(1, 1, 0, 1, 0));

    ChannelResult meetup = report.channels().get(1);
    assertThat(meetup.figures()).isEqualTo(new ChannelFigures(1, 6, 6, 0, 6));
    assertThat(meetup.responseRate()).isEqualTo(1.0);
    assertThat(meetup.channelClass()).isEqualTo(ChannelClass.CONVERSATIONAL);
    assertThat(meetup.recommendation()).isEqualTo(Recommendation.KEEP);
    assertThat(meetup.reason()).isEqualTo("conversational: 0 collaborations, 12 touches, response rate 100% in 12 months; "
        + "talk without results: keep it if conversation is what you want there");

    ChannelResult forum = report.channels().get(2);
    assertThat(forum.channelClass()).isEqualTo(ChannelClass.QUIET);
    assertThat(forum.recommendation()).isEqualTo(Recommendation.SCALE_BACK);
    assertThat(forum.reason()).isEqualTo(
        "quiet: 0 collaborations, 0 touches, response rate 0% in 12 months; scale back, it is not working");
  }

  @Test
  void givenATrialEndingWithinFourteenDays_report_asksToDecide() {
    Channel trial = Channel.builder().name("NewNet").kind(ChannelKind.SITE).joinedOn(LocalDate.of(2026, 10, 1))
        .status(ChannelStatus.TRIAL).trialEnds(AS_OF.plusDays(5)).build();
    Channel later = Channel.builder().name("LaterNet").kind(ChannelKind.SITE).joinedOn(LocalDate.of(2026, 10, 1))
        .status(ChannelStatus.TRIAL).trialEnds(AS_OF.plusDays(30)).build();

    ChannelReport report = report(List.of(trial, later), List.of(), List.of(), List.of(), OwnerProfile.defaults());

    ChannelResult decide = report.channels().stream().filter(r -> r.channel().equals("NewNet")).findFirst().orElseThrow();
    assertThat(decide.recommendation()).isEqualTo(Recommendation.DECIDE_TRIAL);
    assertThat(decide.reason()).isEqualTo("trial ends in 5 days (2026-12-01): 0 collaborations, 0 touches, "
        + "response rate 0% in 12 months; little happened: consider leaving");
    ChannelResult young = report.channels().stream().filter(r -> r.channel().equals("LaterNet")).findFirst().orElseThrow();
    assertThat(young.recommendation()).isEqualTo(Recommendation.KEEP);
    assertThat(young.reason()).endsWith("joined 2026-10-01, too early to judge");
  }

  @Test
  void channels_left_are_not_reported_and_unregistered_ones_seen_in_touches_are() {
    Channel gone = Channel.builder().name("Gone").kind(ChannelKind.GROUP).joinedOn(LONG_AGO).status(ChannelStatus.LEFT).build();
    List<Touch> touches = List.of(touch(1, LocalDate.of(2026, 8, 1), OUTBOUND, COMMENT).channel("Gone").build(),
        touch(1, LocalDate.of(2026, 8, 2), OUTBOUND, COMMENT).channel("Mastodon").build());

    ChannelReport report = report(List.of(gone), List.of(contact(1, "Ann").build()), List.of(), touches, OwnerProfile.defaults());

    assertThat(report.channels()).singleElement().satisfies(r -> {
      assertThat(r.channel()).isEqualTo("Mastodon");
      assertThat(r.kind()).isEmpty();
      assertThat(r.status()).isEqualTo(Optional.empty());
    });
  }

  @Test
  void givenThreeSitesAndTooManyMinutesAndOneTouchLastMonth_startSmall_reportsEachProblem() {
    List<Channel> channels = List.of(
        Channel.builder().from(channel("A", ChannelKind.SITE)).minutesPerWeek(60).build(),
        Channel.builder().from(channel("B", ChannelKind.SITE)).minutesPerWeek(60).build(),
        Channel.builder().from(channel("C", ChannelKind.SITE)).status(ChannelStatus.SCALED_BACK).minutesPerWeek(30).build(),
        Channel.builder().from(channel("D", ChannelKind.SITE)).status(ChannelStatus.TRIAL).trialEnds(AS_OF.plusDays(60)).build(),
        channel("G", ChannelKind.GROUP));
    List<Touch> touches = List.of(touch(1, LocalDate.of(2026, 10, 3), OUTBOUND, MESSAGE).build());

    StartSmallCheck check = report(channels, List.of(), List.of(), touches, OwnerProfile.defaults()).startSmall();

    assertThat(check.activeSites()).isEqualTo(3);
    assertThat(check.activeGroups()).isEqualTo(1);
    assertThat(check.intendedMinutes()).isEqualTo(150);
    assertThat(check.problems()).containsExactly(
        "3 active sites, more than the 2 to start with: focus on a few",
        "the channels ask for 150 minutes a week, above the budget of 120",
        "1 outreach touch in 2026-10, fewer than the 2 a month to keep the habit");
    assertThat(check.ok()).isFalse();
  }

  @Test
  void withinTheLimits_startSmall_isOk() {
    List<Touch> touches = List.of(touch(1, LocalDate.of(2026, 10, 3), OUTBOUND, MESSAGE).build(),
        touch(2, LocalDate.of(2026, 10, 9), OUTBOUND, MESSAGE).build());

    assertThat(report(List.of(channel("A", ChannelKind.SITE)), List.of(), List.of(), touches, OwnerProfile.defaults())
        .startSmall().ok()).isTrue();
  }

  @Property(tries = 300)
  void a_channel_with_more_collaborations_never_ranks_lower_all_else_equal(
      @ForAll @IntRange(max = 50) int connections, @ForAll @IntRange(max = 40) int outbound,
      @ForAll @IntRange(max = 40) int inbound, @ForAll @IntRange(max = 40) int answeredSeed,
      @ForAll @IntRange(max = 6) int collaborations, @ForAll @IntRange(min = 1, max = 4) int more,
      @ForAll @IntRange(max = 50) int otherConnections, @ForAll @IntRange(max = 40) int otherOutbound,
      @ForAll @IntRange(max = 40) int otherInbound, @ForAll @IntRange(max = 6) int otherCollaborations) {
    int answered = outbound == 0 ? 0 : answeredSeed % (outbound + 1);
    ChannelResult base = result("Base", new ChannelFigures(connections, outbound, inbound, collaborations, answered));
    ChannelResult richer = result("Base", new ChannelFigures(connections, outbound, inbound, collaborations + more, answered));
    ChannelResult other = result("Other",
        new ChannelFigures(otherConnections, otherOutbound, otherInbound, otherCollaborations, 0));

    assertThat(ChannelResults.RANK.compare(richer, base)).isLessThanOrEqualTo(0);
    if (ChannelResults.RANK.compare(base, other) < 0) {
      assertThat(ChannelResults.RANK.compare(richer, other)).isLessThan(0);
    }
    assertThat(results.classify(richer.figures())).isLessThanOrEqualTo(results.classify(base.figures()));
  }

  private ChannelResult result(String name, ChannelFigures figures) {
    return new ChannelResult(name, Optional.empty(), Optional.empty(), figures, java.util.Map.of(),
        results.classify(figures), Recommendation.KEEP, "");
  }
}
