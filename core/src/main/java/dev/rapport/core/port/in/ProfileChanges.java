package dev.rapport.core.port.in;

import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.NetworkingStyle;
import dev.rapport.core.domain.OwnerProfile;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Command: change the owner's profile. Each setting given replaces the saved one; the others stay
 * as they are. Each method that gives a setting returns a new, checked command:
 * {@code ProfileChanges.none().zone(ZoneId.of("Europe/Paris")).addGoals(Goal.of(GoalKind.INDUSTRY, "fintech", 5))}.
 */
@Value.Immutable(builder = false, singleton = true)
@Value.Style(with = "*")
public abstract class ProfileChanges {

  ProfileChanges() {}

  /** No change yet; give them with the methods named after the settings. */
  public static ProfileChanges none() {
    return ImmutableProfileChanges.of();
  }

  /** The zone in which days are counted. */
  public abstract Optional<ZoneId> zone();

  /** Gives {@link #zone()}. */
  public abstract ProfileChanges zone(ZoneId zone);

  /** Minutes a week for networking. */
  public abstract OptionalInt weeklyBudgetMinutes();

  /**
   * Gives {@link #weeklyBudgetMinutes()}.
   *
   * @throws IllegalArgumentException when negative
   */
  public abstract ProfileChanges weeklyBudgetMinutes(int weeklyBudgetMinutes);

  /** How the owner likes to network. */
  public abstract Optional<NetworkingStyle> style();

  /** Gives {@link #style()}. */
  public abstract ProfileChanges style(NetworkingStyle style);

  /** At most this many sites at a time. */
  public abstract OptionalInt maxSites();

  /**
   * Gives {@link #maxSites()}.
   *
   * @throws IllegalArgumentException when negative
   */
  public abstract ProfileChanges maxSites(int maxSites);

  /** At most this many groups at a time. */
  public abstract OptionalInt maxGroups();

  /**
   * Gives {@link #maxGroups()}.
   *
   * @throws IllegalArgumentException when negative
   */
  public abstract ProfileChanges maxGroups(int maxGroups);

  /** At least this many outreach touches a month. */
  public abstract OptionalInt minOutreachPerMonth();

  /**
   * Gives {@link #minOutreachPerMonth()}.
   *
   * @throws IllegalArgumentException when negative
   */
  public abstract ProfileChanges minOutreachPerMonth(int minOutreachPerMonth);

  /** Whether every saved goal goes before {@link #addGoals()} are added. */
  @Value.Default
  public boolean clearGoals() {
    return false;
  }

  /** Gives {@link #clearGoals()}. */
  public abstract ProfileChanges clearGoals(boolean clearGoals);

  /** Goals to add, each replacing a saved goal of the same kind and value. */
  public abstract List<Goal> addGoals();

  /** Gives {@link #addGoals()}. */
  public abstract ProfileChanges addGoals(Goal... goals);

  /** Gives {@link #addGoals()}. */
  public abstract ProfileChanges addGoals(Iterable<? extends Goal> goals);

  /** Whether every saved address of the owner goes before {@link #addEmails()} are added. */
  @Value.Default
  public boolean clearEmails() {
    return false;
  }

  /** Gives {@link #clearEmails()}. */
  public abstract ProfileChanges clearEmails(boolean clearEmails);

  /** The owner's own addresses to add, each unless already saved (in any case). */
  public abstract List<String> addEmails();

  /**
   * Gives {@link #addEmails()}.
   *
   * @throws IllegalArgumentException when one is no address
   */
  public abstract ProfileChanges addEmails(String... emails);

  /**
   * Gives {@link #addEmails()}.
   *
   * @throws IllegalArgumentException when one is no address
   */
  public abstract ProfileChanges addEmails(Iterable<String> emails);

  /**
   * The profile {@code current} with these changes.
   *
   * @throws IllegalArgumentException when the changed profile is invalid
   */
  public OwnerProfile applyTo(OwnerProfile current) {
    var changed = OwnerProfile.builder().from(current);
    zone().ifPresent(changed::zone);
    weeklyBudgetMinutes().ifPresent(changed::weeklyBudgetMinutes);
    style().ifPresent(changed::style);
    maxSites().ifPresent(changed::maxSites);
    maxGroups().ifPresent(changed::maxGroups);
    minOutreachPerMonth().ifPresent(changed::minOutreachPerMonth);
    List<Goal> goals = new ArrayList<>(clearGoals() ? List.of() : current.goals());
    for (Goal goal : addGoals()) {
      goals.removeIf(g -> g.kind() == goal.kind() && g.value().equalsIgnoreCase(goal.value()));
      goals.add(goal);
    }
    List<String> emails = new ArrayList<>(clearEmails() ? List.of() : current.emails());
    for (String address : addEmails()) {
      if (emails.stream().noneMatch(known -> known.equalsIgnoreCase(address))) {
        emails.add(address);
      }
    }
    return changed.goals(goals).emails(emails).build();
  }

  @Value.Check
  void check() {
    applyTo(OwnerProfile.defaults()); // the profile's own rules judge each setting, written once in the domain
  }
}
