package dev.rapport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.GoalKind;
import dev.rapport.core.domain.NetworkingStyle;
import dev.rapport.core.domain.OwnerProfile;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link dev.rapport.core.port.out.OwnerProfileRepository} must do. */
public abstract class OwnerProfileRepositoryContract extends StorageContract {

  @Test
  void givenNewStore_load_isEmpty() {
    assertThat(storage.profile().load()).isEmpty();
  }

  @Test
  void save_thenLoad_givesAnEqualProfile_andSaveAgainReplacesIt() {
    OwnerProfile profile = OwnerProfile.builder().zone(ZoneId.of("Europe/Paris")).weeklyBudgetMinutes(90)
        .style(NetworkingStyle.ONE_TO_ONE)
        .addGoals(new Goal(GoalKind.INDUSTRY, "fintech", Set.of("Financial Technology", "FinTech"), 5),
            Goal.of(GoalKind.LOCATION, "Berlin", 3))
        .maxSites(3).maxGroups(1).minOutreachPerMonth(4)
        .addEmails("ada@work.example", "Ada.Lovelace@home.example").build();
    storage.profile().save(profile);
    assertThat(storage.profile().load()).contains(profile);
    storage.profile().save(OwnerProfile.defaults());
    assertThat(storage.profile().load()).contains(OwnerProfile.defaults());
  }
}
