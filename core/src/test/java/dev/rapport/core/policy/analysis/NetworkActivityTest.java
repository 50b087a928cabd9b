package dev.rapport.core.policy.analysis;

import static dev.rapport.core.domain.Direction.INBOUND;
import static dev.rapport.core.domain.Direction.MUTUAL;
import static dev.rapport.core.domain.Direction.OUTBOUND;
import static dev.rapport.core.domain.InteractionKind.INTRODUCTION;
import static dev.rapport.core.domain.InteractionKind.MESSAGE;
import static dev.rapport.core.domain.InteractionKind.RESOURCE_SHARED;
import static dev.rapport.core.policy.analysis.Net.AS_OF;
import static dev.rapport.core.policy.analysis.Net.id;
import static dev.rapport.core.policy.analysis.Net.touch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.aggregates.ActivityTally;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.domain.Quarter;

import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkActivityTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  @Test
  void the_default_window_is_the_twelve_calendar_months_ending_with_the_as_of_month() {
    ActivityWindow window = Net.window();

    assertThat(window.from()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(window.to()).isEqualTo(AS_OF);
    assertThat(window.months()).isEqualTo(12);
    assertThat(window.quartersFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void an_outbound_touch_answered_within_fourteen_days_counts_as_answered_and_a_later_answer_does_not() {
    NetworkActivity activity = Net.activity(List.of(
        touch(1, DAY, OUTBOUND, MESSAGE).channel("LinkedIn").build(),
        touch(1, DAY.plusDays(14), INBOUND, MESSAGE).build(),
        touch(2, DAY, OUTBOUND, MESSAGE).channel("linkedin").build(),
        touch(2, DAY.plusDays(15), INBOUND, MESSAGE).channel("LinkedIn").build(),
        touch(3, DAY, MUTUAL, MESSAGE).channel("LinkedIn").build()));

    NetworkActivity.ChannelActivity linkedIn = activity.channels().get("linkedin");
    assertThat(linkedIn.name()).isEqualTo("LinkedIn");
    assertThat(linkedIn.month(YearMonth.of(2026, 6))).isEqualTo(new NetworkActivity.MonthActivity(3, 2, 2));
    assertThat(activity.contact(id(2))).isEqualTo(new NetworkActivity.ContactActivity(1, 1, 0, 0));
    assertThat(activity.outreach()).containsEntry(YearMonth.of(2026, 6), 3);
  }

  @Test
  void touches_outside_the_window_are_not_counted_but_resources_and_introductions_are_remembered() {
    NetworkActivity activity = Net.activity(List.of(
        touch(1, LocalDate.of(2024, 1, 5), OUTBOUND, RESOURCE_SHARED).resource(new ResourceId(7)).build(),
        touch(1, LocalDate.of(2024, 2, 5), OUTBOUND, INTRODUCTION).introducedTo(id(2)).build(),
        touch(1, AS_OF.plusDays(1), INBOUND, MESSAGE).build()));

    assertThat(activity.contacts()).isEmpty();
    assertThat(activity.shared().get(new ResourceId(7))).containsExactly(id(1));
    assertThat(activity.wereIntroduced(id(2), id(1))).isTrue();
    assertThat(activity.wereIntroduced(id(1), id(3))).isFalse();
  }

  @Test
  void help_each_way_is_counted_per_contact_and_per_quarter() {
    NetworkActivity activity = Net.activity(List.of(
        touch(1, DAY, INBOUND, INTRODUCTION).build(),
        touch(1, DAY.plusDays(1), OUTBOUND, MESSAGE).build(),
        touch(1, DAY.plusDays(2), OUTBOUND, RESOURCE_SHARED).build()));

    assertThat(activity.contact(id(1))).isEqualTo(new NetworkActivity.ContactActivity(2, 1, 1, 1));
    assertThat(activity.quarters().get(new Quarter(2026, 2)).get(id(1)))
        .isEqualTo(new NetworkActivity.QuarterActivity(3, 1));
  }

  @Test
  void givenOneContactsTouchesOutOfTimeOrder_tally_refusesThem() {
    Touch later = touch(1, DAY.plusDays(1), OUTBOUND, MESSAGE).build();
    Touch earlier = touch(1, DAY, OUTBOUND, MESSAGE).build();

    assertThatThrownBy(() -> ActivityTally.of(Net.window(), List.of(later, earlier)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oldest first");
  }

  @Test
  void givenTouchesContactByContact_tally_equalsTheTallyInTimeOrder() {
    List<Touch> byContact = List.of(
        touch(1, DAY, OUTBOUND, MESSAGE).channel("e-mail").build(),
        touch(1, DAY.plusDays(20), INBOUND, MESSAGE).channel("e-mail").build(),
        touch(2, DAY.minusDays(3), OUTBOUND, MESSAGE).channel("E-Mail").build(),
        touch(2, DAY.plusDays(2), INBOUND, MESSAGE).build(),
        touch(3, DAY.minusDays(1), MUTUAL, MESSAGE).channel("Phone").build());

    NetworkActivity activity = ActivityTally.of(Net.window(), byContact);

    assertThat(activity).isEqualTo(Net.activity(byContact));
    assertThat(activity.channels().get("e mail").name()).as("named as its earliest touch wrote it").isEqualTo("E-Mail");
    assertThat(activity.channels().get("e mail").month(YearMonth.of(2026, 5)))
        .isEqualTo(new NetworkActivity.MonthActivity(1, 0, 1));
  }
}
