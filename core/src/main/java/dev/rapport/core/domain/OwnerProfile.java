package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.immutables.value.Value;

/** The person whose network it is: their zone, time budget, style, goals and start-small limits. */
@Value.Immutable
public abstract class OwnerProfile {

  /** Starts a profile; every field has a default. */
  public static ImmutableOwnerProfile.Builder builder() {
    return ImmutableOwnerProfile.builder();
  }

  /** The profile of an owner who has set nothing yet. */
  public static OwnerProfile defaults() {
    return builder().build();
  }

  /** The zone in which days are counted. */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /** Minutes a week for networking. */
  @Value.Default
  public int weeklyBudgetMinutes() {
    return 120;
  }

  /** How the owner likes to network. */
  @Value.Default
  public NetworkingStyle style() {
    return NetworkingStyle.MIXED;
  }

  /** What the network should hold. */
  public abstract List<Goal> goals();

  /**
   * The owner's own e-mail addresses, as given: a mail or calendar import tells by them who wrote
   * a message and who was invited.
   */
  public abstract List<String> emails();

  /** At most this many sites at a time ("sign up for two websites"). */
  @Value.Default
  public int maxSites() {
    return 2;
  }

  /** At most this many groups at a time ("and two groups"). */
  @Value.Default
  public int maxGroups() {
    return 2;
  }

  /** At least this many outreach touches a month. */
  @Value.Default
  public int minOutreachPerMonth() {
    return 2;
  }

  /** Today in the owner's zone, whatever the clock's own zone: the day the rules count from. */
  public LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), zone());
  }

  @Value.Check
  protected void check() {
    checkArgument(weeklyBudgetMinutes() >= 0, "profile weeklyBudgetMinutes must not be negative: %s", weeklyBudgetMinutes());
    checkArgument(maxSites() >= 0, "profile maxSites must not be negative: %s", maxSites());
    checkArgument(maxGroups() >= 0, "profile maxGroups must not be negative: %s", maxGroups());
    checkArgument(emails().stream().allMatch(e -> e.indexOf('@') > 0 && e.strip().equals(e) && !e.contains(" ")),
        "profile emails must be addresses like name@example.org: %s", emails());
    checkArgument(minOutreachPerMonth() >= 0, "profile minOutreachPerMonth must not be negative: %s", minOutreachPerMonth());
  }
}
