package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * What the owner wants their network to hold: a number of healthy contacts of an industry,
 * role, location or topic. Aliases name the same thing ("fintech", "Financial Technology").
 */
public record Goal(GoalKind kind, String value, Set<String> aliases, int wanted) {

  /** @throws IllegalArgumentException for a blank value or a negative wanted number */
  public Goal {
    checkNotNull(kind, "goal kind");
    checkArgument(value != null && !value.isBlank(), "goal value must not be blank: '%s'", value);
    checkArgument(wanted >= 0, "goal %s: wanted must not be negative: %s", value, wanted);
    aliases = ImmutableSet.copyOf(aliases);
  }

  /** A goal without aliases. */
  public static Goal of(GoalKind kind, String value, int wanted) {
    return new Goal(kind, value, Set.of(), wanted);
  }
}
