package dev.rapport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.MonthDaySpan;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link dev.rapport.core.port.out.SpecialDayRepository} must do. */
public abstract class SpecialDayRepositoryContract extends StorageContract {

  private static SpecialDay birthday(ContactId id, String date) {
    return SpecialDay.builder().contact(id).kind(SpecialDayKind.BIRTHDAY).date(PartialDate.parse(date)).build();
  }

  @Test
  void givenNewStore_findAll_isEmpty() {
    assertThat(storage.specialDays().findAll()).isEmpty();
  }

  @Test
  void findAll_isInMonthDayOrder_andKeepsEveryField() {
    ContactId ada = Samples.newContact(storage, "Ada");
    SpecialDay winter = SpecialDay.builder().kind(SpecialDayKind.HOLIDAY).date(PartialDate.parse("--12-25"))
        .title("Christmas").build();
    SpecialDay leap = birthday(ada, "2000-02-29");
    SpecialDay once = SpecialDay.builder().contact(ada).kind(SpecialDayKind.ACCOMPLISHMENT)
        .date(PartialDate.parse("2026-06-15")).recurring(false).title("new role at Acme").build();
    storage.specialDays().add(winter);
    storage.specialDays().add(once);
    storage.specialDays().add(leap);
    assertThat(storage.specialDays().findAll()).containsExactly(leap, once, winter);
  }

  @Test
  void mayFallWithin_isEveryDayOnTheSpansMonthDays_inMonthDayOrder() {
    ContactId ada = Samples.newContact(storage, "Ada");
    for (String date : List.of("--01-01", "--01-03", "--02-27", "--02-28", "2000-02-29", "--03-01", "--06-15",
        "--12-24", "--12-28", "--12-31")) {
      storage.specialDays().add(birthday(ada, date));
    }
    storage.specialDays().add(SpecialDay.builder().kind(SpecialDayKind.HOLIDAY).date(PartialDate.parse("--12-25"))
        .title("Christmas").build());
    List<SpecialDay> all = storage.specialDays().findAll();

    for (LocalDate from : List.of(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 2, 26), LocalDate.of(2028, 2, 26),
        LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 1, 1))) {
      for (int days : new int[] {0, 1, 2, 3, 7, 30, 365, 366, 400}) {
        MonthDaySpan span = MonthDaySpan.of(from, days);
        assertThat(storage.specialDays().mayFallWithin(from, days)).as("%s days from %s", days, from)
            .isEqualTo(all.stream().filter(d -> span.holds(d.date().monthDay())).toList());
      }
    }
    assertThat(storage.specialDays().mayFallWithin(LocalDate.of(2026, 12, 28), 7)).extracting(d -> d.date().toString())
        .containsExactly("--01-01", "--01-03", "--12-28", "--12-31");
  }

  @Test
  void addAll_storesEveryDayWithEveryField_asAddDoesOneByOne() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    List<SpecialDay> days = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      days.add(birthday(month % 2 == 0 ? ada : bob, String.format("--%02d-%02d", month, month + 10)));
    }
    days.add(SpecialDay.builder().kind(SpecialDayKind.HOLIDAY).date(PartialDate.parse("--12-25")).title("Christmas").build());
    days.add(SpecialDay.builder().contact(ada).kind(SpecialDayKind.ACCOMPLISHMENT).date(PartialDate.parse("2026-06-15"))
        .recurring(false).title("new role at Acme").build());

    storage.specialDays().addAll(days);

    List<SpecialDay> inOrder = new ArrayList<>(days);
    inOrder.sort(Comparator.comparing((SpecialDay d) -> d.date().monthDay()));
    assertThat(storage.specialDays().findAll()).containsExactlyElementsOf(inOrder);
    assertThat(storage.specialDays().forContact(ada)).hasSize(7);
  }

  @Test
  void givenTheSameDayTwice_add_storesItOnce() {
    ContactId ada = Samples.newContact(storage, "Ada");
    storage.specialDays().add(birthday(ada, "--04-12"));
    storage.specialDays().add(birthday(ada, "--04-12"));
    assertThat(storage.specialDays().findAll()).hasSize(1);
  }

  @Test
  void forContact_andDeleteForContact_touchOnlyThatContact() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    SpecialDay bobs = birthday(bob, "1980-07-01");
    storage.specialDays().add(birthday(ada, "--04-12"));
    storage.specialDays().add(SpecialDay.builder().contact(ada).kind(SpecialDayKind.WORK_ANNIVERSARY)
        .date(PartialDate.parse("2019-09-01")).build());
    storage.specialDays().add(bobs);
    assertThat(storage.specialDays().forContact(ada)).hasSize(2);
    assertThat(storage.specialDays().deleteForContact(ada)).isEqualTo(2);
    assertThat(storage.specialDays().findAll()).containsExactly(bobs);
    assertThat(storage.specialDays().forContact(new ContactId(777_777))).isEmpty();
  }

  @Test
  void concerning_isTheContactsOwnDaysAndEveryones_inMonthDayOrder() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    SpecialDay adas = birthday(ada, "--04-12");
    SpecialDay newYear = SpecialDay.builder().kind(SpecialDayKind.HOLIDAY).title("New Year")
        .date(PartialDate.parse("--01-01")).build();
    storage.specialDays().add(adas);
    storage.specialDays().add(birthday(bob, "1980-07-01"));
    storage.specialDays().add(newYear);

    assertThat(storage.specialDays().concerning(ada)).containsExactly(newYear, adas);
    assertThat(storage.specialDays().concerning(new ContactId(777_777))).containsExactly(newYear);
  }
}
