package dev.rapport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.ChannelStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What every {@link dev.rapport.core.port.out.ChannelRepository} must do. */
public abstract class ChannelRepositoryContract extends StorageContract {

  private static Channel site(String name) {
    return Channel.builder().name(name).kind(ChannelKind.SITE).joinedOn(LocalDate.of(2025, 1, 1)).build();
  }

  @Test
  void givenNewStore_findAll_isEmpty() {
    assertThat(storage.channels().findAll()).isEmpty();
  }

  @Test
  void givenChannelWithEveryField_find_returnsAnEqualChannel_inAnyCase() {
    Channel trial = Channel.builder().name("Women in Data").kind(ChannelKind.GROUP)
        .joinedOn(LocalDate.of(2026, 10, 1)).status(ChannelStatus.TRIAL).trialEnds(LocalDate.of(2026, 12, 1))
        .minutesPerWeek(45).build();
    storage.channels().save(trial);
    assertThat(storage.channels().find("women in DATA")).contains(trial);
    assertThat(storage.channels().find("Men in Data")).isEmpty();
  }

  @Test
  void givenSameNameInAnotherCase_save_replacesIt() {
    storage.channels().save(site("LinkedIn"));
    Channel renamed = Channel.builder().from(site("linkedin")).status(ChannelStatus.SCALED_BACK).build();
    storage.channels().save(renamed);
    assertThat(storage.channels().findAll()).containsExactly(renamed);
  }

  @Test
  void findAll_ordersByNameRegardlessOfCase() {
    storage.channels().save(site("meetup"));
    storage.channels().save(site("Twitter"));
    storage.channels().save(site("LinkedIn"));
    assertThat(storage.channels().findAll()).extracting(Channel::name).containsExactly("LinkedIn", "meetup", "Twitter");
  }

  @Test
  void delete_removesIt_andSaysWhetherItWasThere() {
    storage.channels().save(site("LinkedIn"));
    assertThat(storage.channels().delete("LINKEDIN")).isTrue();
    assertThat(storage.channels().delete("LinkedIn")).isFalse();
    assertThat(storage.channels().findAll()).isEmpty();
  }
}
