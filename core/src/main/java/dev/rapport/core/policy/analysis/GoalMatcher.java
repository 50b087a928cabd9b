package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.Location;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Whether a contact counts towards an owner goal: the goal's value or one of its aliases named,
 * in any case and with or without accents, by the part of the file the goal's kind is about.
 * It remembers the places it has spelled out, so one matcher serves one pass, on one thread.
 */
public final class GoalMatcher {

  private final Goal goal;
  private final Set<String> keys;
  private final Function<String, String> normalize;
  private final Map<Location, Boolean> wholePlaces = new HashMap<>();

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
    return switch (goal.kind()) {
      case INDUSTRY -> names(contact.industry());
      case ROLE -> names(contact.title()) || names(contact.seniority());
      case LOCATION -> names(contact.location().city()) || names(contact.location().region())
          || names(contact.location().country()) || (!contact.location().isUnknown() && namesWhole(contact.location()));
      case TOPIC -> names(contact.interests()) || names(contact.goals()) || names(contact.offers());
    };
  }

  /** "Berlin, Germany" as a whole; each distinct place is spelled out once, not once per contact. */
  private boolean namesWhole(Location location) {
    return wholePlaces.computeIfAbsent(location, place -> names(place.toString()));
  }

  private boolean names(Optional<String> field) {
    return field.isPresent() && names(field.get());
  }

  private boolean names(Set<String> fields) {
    for (String field : fields) {
      if (names(field)) {
        return true;
      }
    }
    return false;
  }

  private boolean names(String field) {
    String normalized = normalize.apply(field);
    for (String key : keys) {
      if (Terms.holds(normalized, key)) {
        return true;
      }
    }
    return false;
  }
}
