package dev.rapport.adapter.html;

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
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NetworkReport;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.ProfileChanges;
import dev.rapport.core.port.in.ReportRequest;
import dev.rapport.core.service.Rapport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * A small network whose names, companies, goals and channel try to inject markup: every one of
 * them must reach the page as text. Each shows up in some section (agenda, health, composition,
 * goals, channels, special days, patterns).
 */
final class HostileNetwork {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String COMPANY = "</style><b onclick=alert(2)>";
  static final String CHANNEL = "Link'><svg onload=alert(3)>";
  static final String GOAL = "fin<i>tech</i>";

  private HostileNetwork() {}

  static NetworkReport report() {
    Rapport rapport = Rapport.over(new InMemoryStorage(), Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));
    rapport.profile().update(ProfileChanges.none().addGoals(Goal.of(GoalKind.INDUSTRY, GOAL, 2)));
    rapport.activity().saveChannel(Channel.builder().name(CHANNEL).kind(ChannelKind.SITE)
        .joinedOn(LocalDate.of(2020, 1, 1)).build());
    Contact script = rapport.contacts().add(NewContact.named(SCRIPT).tier(Tier.INNER).company(COMPANY)
        .industry(GOAL).interests(Set.of("<u>x</u>")));
    Contact img = rapport.contacts().add(NewContact.named(IMG).tier(Tier.CLOSE).company(COMPANY));
    for (int i = 1; i <= 3; i++) {
      rapport.contacts().add(NewContact.named("Plain " + i).tier(Tier.ACTIVE).company("Other " + i));
    }
    log(rapport, script, "2026-07-01", Direction.OUTBOUND, InteractionKind.MESSAGE, CHANNEL);
    log(rapport, script, "2026-11-20", Direction.INBOUND, InteractionKind.INTRODUCTION, CHANNEL);
    log(rapport, img, "2026-05-01", Direction.MUTUAL, InteractionKind.MEETING, null);
    rapport.activity().addSpecialDay(SpecialDay.builder().contact(img.id()).kind(SpecialDayKind.BIRTHDAY)
        .date(PartialDate.parse("--12-10")).build());
    return rapport.report().report(ReportRequest.asOf(TODAY));
  }

  private static void log(Rapport rapport, Contact contact, String day, Direction direction, InteractionKind kind,
      String channel) {
    LogTouch touch = LogTouch.of(contact.id(), direction, kind).at(Instant.parse(day + "T12:00:00Z"));
    rapport.activity().log(channel == null ? touch : touch.channel(channel));
  }
}
