package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.Location;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Whether a contact counts towards an owner goal: the goal's value or one of its aliases named,
 * in any case and with or without accents, by the part of the file the goal's kind is about.
 */
public final class GoalMatcher {

  private final Goal goal;
  private final Set<String> keys;
  private final Function<String, String> normalize;

  /** A matcher for {@code goal}. */
  public GoalMatcher(Goal goal) {
    this(goal, Terms::normalize);
  }

  /** A matcher for {@code goal} that normalizes the contacts' fields with {@code normalize}. */
  GoalMatcher(Goal goal, Function<String, String> normalize) {
    this.goal = checkNotNull(goal, "goal");
    this.normalize = normalize;
    this.keys = Stream.concat(Stream.of(goal.value()), goal.aliases().stream())
        .map(Terms::normalize).filter(k -> !k.isEmpty()).collect(ImmutableSet.toImmutableSet());
  }

  /** The goal matched. */
  public Goal goal() {
    return goal;
  }

  /** Whether the contact's file names the goal. */
  public boolean matches(Contact contact) {
    return fields(contact).map(normalize).anyMatch(field -> keys.stream().anyMatch(key -> Terms.holds(field, key)));
  }

  private Stream<String> fields(Contact contact) {
    return switch (goal.kind()) {
      case INDUSTRY -> contact.industry().stream();
      case ROLE -> Stream.concat(contact.title().stream(), contact.seniority().stream());
      case LOCATION -> location(contact.location());
      case TOPIC -> Stream.of(contact.interests(), contact.goals(), contact.offers()).flatMap(Set::stream);
    };
  }

  private static Stream<String> location(Location location) {
    return Stream.of(location.city(), location.region(), location.country(),
        location.isUnknown() ? Optional.<String>empty() : Optional.of(location.toString())).flatMap(Optional::stream);
  }
}
