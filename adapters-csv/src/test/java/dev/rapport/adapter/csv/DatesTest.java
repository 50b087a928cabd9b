package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void linkedInConnectedOn_readsEveryForm() {
    assertThat(Dates.dayMonthNameYear("12 Mar 2021")).contains(LocalDate.of(2021, 3, 12));
    assertThat(Dates.dayMonthNameYear("4-Apr-21")).contains(LocalDate.of(2021, 4, 4));
    assertThat(Dates.dayMonthNameYear("04 April 2021")).contains(LocalDate.of(2021, 4, 4));
    assertThat(Dates.dayMonthNameYear("2021-03-12")).contains(LocalDate.of(2021, 3, 12));
  }

  @Test
  void impossibleOrForeignDates_areNone() {
    assertThat(Dates.dayMonthNameYear("31 Foo 2021")).isEmpty();
    assertThat(Dates.dayMonthNameYear("30 Feb 2021")).isEmpty();
    assertThat(Dates.dayMonthNameYear("12 Mar")).isEmpty();
    assertThat(Dates.dayMonthNameYear("12 Mar 2021 x")).isEmpty();
    assertThat(Dates.dayMonthNameYear("")).isEmpty();
  }

  @Test
  void outlookDates_areMonthFirst_unlessTheyCannotBe() {
    assertThat(Dates.outlook("4/12/1985")).contains(LocalDate.of(1985, 4, 12));
    assertThat(Dates.outlook("20/01/1991")).contains(LocalDate.of(1991, 1, 20));
    assertThat(Dates.outlook("12.04.1985")).contains(LocalDate.of(1985, 4, 12));
    assertThat(Dates.outlook("4/12/85")).contains(LocalDate.of(1985, 4, 12));
    assertThat(Dates.outlook("13/13/1985")).isEmpty();
  }

  @Test
  void linkedInMessageAndInvitationTimes_areUtc() {
    assertThat(Dates.messageTime("2023-06-01 14:03:22 UTC")).contains(Instant.parse("2023-06-01T14:03:22Z"));
    assertThat(Dates.invitationTime("3/12/21, 4:05 PM")).contains(Instant.parse("2021-03-12T16:05:00Z"));
    assertThat(Dates.messageTime("yesterday")).isEmpty();
  }
}
