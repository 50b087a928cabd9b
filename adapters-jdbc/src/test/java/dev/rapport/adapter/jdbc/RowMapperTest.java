package dev.rapport.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.adapter.jdbc.Rows.ChannelRow;
import dev.rapport.adapter.jdbc.Rows.CollaborationRow;
import dev.rapport.adapter.jdbc.Rows.ContactDetails;
import dev.rapport.adapter.jdbc.Rows.ContactRow;
import dev.rapport.adapter.jdbc.Rows.GoalRow;
import dev.rapport.adapter.jdbc.Rows.NoteRow;
import dev.rapport.adapter.jdbc.Rows.ProfileRow;
import dev.rapport.adapter.jdbc.Rows.RelationshipRow;
import dev.rapport.adapter.jdbc.Rows.ResourceRow;
import dev.rapport.adapter.jdbc.Rows.SpecialDayRow;
import dev.rapport.adapter.jdbc.Rows.TouchRow;
import dev.rapport.core.contract.Samples;
import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.ChannelStatus;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.NetworkingStyle;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Touch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every mapping of {@link RowMapper}, both ways: domain to row and back, row to domain and back. */
class RowMapperTest {

  private final RowMapper mapper = RowMapper.INSTANCE;

  private static ContactDetails detailsOf(Contact c) {
    return new ContactDetails(c.emails(), c.phones(), c.tags(), c.interests(), c.goals(), c.offers(),
        c.channelProfiles(), c.watchKeywords());
  }

  @Test
  void contact_withEveryField_andWithTheFewest_mapsToARowAndBack() {
    for (Contact contact : List.of(Samples.full(new ContactId(7)), Samples.minimal(new ContactId(8), "Bo"))) {
      ContactRow row = mapper.toRow(contact);
      assertThat(mapper.toContact(row, detailsOf(contact))).isEqualTo(contact);
    }
    ContactRow full = mapper.toRow(Samples.full(new ContactId(7)));
    assertThat(full.city()).isEqualTo("London");
    assertThat(full.cadence()).isEqualTo("fixed: third monday");
    assertThat(full.tier()).isEqualTo("CLOSE");
    assertThat(full.connectedOn()).isEqualTo("2021-03-12");
  }

  @Test
  void contactRow_mapsToAContactAndBack() {
    ContactRow row = new ContactRow(9, "Cy", "C", "Y", "Acme", "CTO", "executive", "retail", "Lyon", null, "France",
        "WIDER", "every 10 days", "Meetup", "2020-02-29", null, false, true);
    assertThat(mapper.toRow(mapper.toContact(row, detailsOf(Samples.minimal(new ContactId(9), "Cy"))))).isEqualTo(row);
  }

  @Test
  void relationshipRow_readsTheSameFactsAsTheWholeContactRow() {
    // Relationships are only read (contacts are written whole), so this direction is the one to test.
    for (Contact contact : List.of(Samples.full(new ContactId(7)), Samples.minimal(new ContactId(8), "Bo"))) {
      ContactRow row = mapper.toRow(contact);
      RelationshipRow narrow = mapper.toRelationshipRow(row);
      assertThat(narrow).isEqualTo(new RelationshipRow(row.id(), row.displayName(), row.tier(), row.cadence(),
          row.connectedOn(), row.snoozedUntil(), row.archived()));
      assertThat(mapper.toRelationship(narrow, List.copyOf(contact.interests()), List.copyOf(contact.goals())))
          .isEqualTo(Relationship.of(contact));
    }
  }

  @Test
  void note_mapsBothWays() {
    Note note = new Note(LocalDate.of(2026, 2, 3), "promised an intro");
    assertThat(mapper.toNote(mapper.toRow(note))).isEqualTo(note);
    NoteRow row = new NoteRow("1999-12-31", "party");
    assertThat(mapper.toRow(mapper.toNote(row))).isEqualTo(row);
  }

  /** Touches are read back through {@link TouchColumns} (see {@code TouchColumnsTest}); the mapper only writes them. */
  @Test
  void touch_withEveryField_andWithTheFewest_mapsToItsRow() {
    Touch full = Touch.builder().contact(new ContactId(3)).at(Instant.parse("2026-02-03T10:15:30.123456789Z"))
        .direction(Direction.MUTUAL).kind(InteractionKind.INTRODUCTION).channel("LinkedIn").summary("intro")
        .minutes(25).resource(new ResourceId(4)).introducedTo(new ContactId(5)).externalKey("<a@b>").build();
    Touch fewest = Samples.message(new ContactId(3), "1969-07-20T20:17:40Z");

    assertThat(mapper.toRow(full)).isEqualTo(new TouchRow(3, 1770113730, 123456789, "MUTUAL", "INTRODUCTION", "LinkedIn",
        "intro", 25, 4L, 5L, "<a@b>"));
    assertThat(mapper.toRow(fewest)).isEqualTo(new TouchRow(3, -14182940, 0, fewest.direction().name(),
        fewest.kind().name(), fewest.channel().orElse(null), fewest.summary(), null, null, null, null));
  }

  @Test
  void specialDay_ofAContact_andAGlobalHoliday_mapBothWays() {
    SpecialDay birthday = SpecialDay.builder().contact(new ContactId(2)).kind(SpecialDayKind.BIRTHDAY)
        .date(PartialDate.parse("1985-04-12")).title("born").build();
    SpecialDay holiday = SpecialDay.builder().kind(SpecialDayKind.HOLIDAY).date(PartialDate.parse("--12-25")).build();
    SpecialDay once = SpecialDay.builder().contact(new ContactId(2)).kind(SpecialDayKind.ACCOMPLISHMENT)
        .date(PartialDate.parse("2024-02-29")).recurring(false).build();
    for (SpecialDay day : List.of(birthday, holiday, once)) {
      assertThat(mapper.toSpecialDay(mapper.toRow(day))).isEqualTo(day);
    }
    SpecialDayRow row = new SpecialDayRow(null, "HOLIDAY", 2, 29, null, true, "leap");
    assertThat(mapper.toRow(mapper.toSpecialDay(row))).isEqualTo(row);
  }

  @Test
  void channel_mapsBothWays() {
    Channel trial = Channel.builder().name("Women in Data").kind(ChannelKind.GROUP).joinedOn(LocalDate.of(2026, 10, 1))
        .status(ChannelStatus.TRIAL).trialEnds(LocalDate.of(2026, 12, 1)).minutesPerWeek(45).build();
    assertThat(mapper.toChannel(mapper.toRow(trial))).isEqualTo(trial);
    ChannelRow row = new ChannelRow("Meetup", "EVENT_SERIES", "2025-01-01", "LEFT", null, 0);
    assertThat(mapper.toRow(mapper.toChannel(row))).isEqualTo(row);
  }

  @Test
  void resource_mapsBothWays() {
    Resource resource = Resource.builder().id(new ResourceId(4)).title("Engine notes").link("https://example.org")
        .topics(Set.of("engines")).foundOn(LocalDate.of(2026, 1, 1)).build();
    assertThat(mapper.toResource(mapper.toRow(resource), resource.topics())).isEqualTo(resource);
    ResourceRow row = new ResourceRow(5, "Bare", null, "2020-01-01");
    assertThat(mapper.toRow(mapper.toResource(row, Set.of()))).isEqualTo(row);
  }

  @Test
  void collaboration_mapsBothWays() {
    Collaboration paper = Collaboration.builder().title("Paper").on(LocalDate.of(2026, 5, 1))
        .contacts(Set.of(new ContactId(1), new ContactId(2))).channel("LinkedIn").build();
    assertThat(mapper.toCollaboration(mapper.toRow(paper), paper.contacts())).isEqualTo(paper);
    CollaborationRow row = new CollaborationRow("Talk", "2026-06-01", null);
    assertThat(mapper.toRow(mapper.toCollaboration(row, Set.of(new ContactId(3))))).isEqualTo(row);
  }

  @Test
  void profile_andItsGoals_mapBothWays() {
    Goal fintech = new Goal(GoalKind.INDUSTRY, "fintech", Set.of("Financial Technology"), 5);
    OwnerProfile profile = OwnerProfile.builder().zone(ZoneId.of("Asia/Tokyo")).weeklyBudgetMinutes(90)
        .style(NetworkingStyle.BROADCASTER).addGoals(fintech).maxSites(1).maxGroups(3).minOutreachPerMonth(4)
        .addEmails("me@work.example").build();
    assertThat(mapper.toProfile(mapper.toRow(profile), profile.goals(), profile.emails())).isEqualTo(profile);
    assertThat(mapper.toGoal(mapper.toRow(fintech), fintech.aliases())).isEqualTo(fintech);
    ProfileRow row = new ProfileRow("Z", 120, "MIXED", 2, 2, 2);
    assertThat(mapper.toRow(mapper.toProfile(row, List.of(), List.of()))).isEqualTo(row);
    GoalRow goal = new GoalRow("TOPIC", "climate", 0);
    assertThat(mapper.toRow(mapper.toGoal(goal, Set.of()))).isEqualTo(goal);
  }
}
