package dev.rapport.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.ChannelStatus;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.policy.analysis.ChannelClass;
import dev.rapport.core.policy.analysis.ChannelReport;
import dev.rapport.core.policy.analysis.ChannelResult;
import dev.rapport.core.policy.analysis.Recommendation;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.ProfileChanges;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChannelResultsServiceTest {

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Rapport rapport = Rapport.over(storage, Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));

  @Test
  void givenAChannelThatBroughtACollaboration_channels_keepsIt_andATrialEndingSoonAsksToDecide() {
    Contact ann = rapport.contacts().add(NewContact.named("Ann").sourceChannel("Meetup"));
    rapport.activity().saveChannel(Channel.builder().name("Meetup").kind(ChannelKind.GROUP)
        .joinedOn(LocalDate.of(2024, 1, 1)).minutesPerWeek(30).build());
    rapport.activity().saveChannel(Channel.builder().name("Trialnet").kind(ChannelKind.SITE)
        .joinedOn(LocalDate.of(2026, 11, 1)).status(ChannelStatus.TRIAL).trialEnds(LocalDate.of(2026, 12, 3)).build());
    rapport.activity().log(LogTouch.outbound(ann.id(), InteractionKind.MESSAGE).channel("Meetup")
        .at(Instant.parse("2026-10-01T10:00:00Z")));
    rapport.activity().log(LogTouch.inbound(ann.id(), InteractionKind.MESSAGE).channel("Meetup")
        .at(Instant.parse("2026-10-03T10:00:00Z")));
    rapport.activity().addCollaboration(Collaboration.builder().title("Talk").on(LocalDate.of(2026, 10, 20))
        .addContacts(ann.id()).channel("meetup").build());

    ChannelReport report = rapport.channels().channels();

    assertThat(report.window().to()).isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(report.channels()).extracting(ChannelResult::channel).containsExactly("Meetup", "Trialnet");
    ChannelResult meetup = report.channels().get(0);
    assertThat(meetup.connections()).isEqualTo(1);
    assertThat(meetup.outbound()).isEqualTo(1);
    assertThat(meetup.inbound()).isEqualTo(1);
    assertThat(meetup.collaborations()).isEqualTo(1);
    assertThat(meetup.responseRate()).isEqualTo(1.0);
    assertThat(meetup.channelClass()).isEqualTo(ChannelClass.COLLABORATIVE);
    assertThat(meetup.recommendation()).isEqualTo(Recommendation.KEEP);
    assertThat(report.channels().get(1).recommendation()).isEqualTo(Recommendation.DECIDE_TRIAL);
    assertThat(report.startSmall().ok()).isFalse();
    assertThat(report.startSmall().problems()).containsExactly(
        "1 outreach touch in 2026-10, fewer than the 2 a month to keep the habit");
  }

  @Test
  void today_is_counted_in_the_owners_zone() {
    rapport.profile().update(ProfileChanges.none().zone(ZoneId.of("Pacific/Kiritimati")));

    // 09:00 UTC on 26 November is 23:00 on 26 November in UTC+14; 10:00 UTC would be the 27th.
    Rapport later = Rapport.over(storage, Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    assertThat(rapport.channels().channels().window().to()).isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(later.channels().channels().window().to()).isEqualTo(LocalDate.of(2026, 11, 27));
  }
}
