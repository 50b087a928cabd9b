package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The first entries of a longer list, in its order, and how many more there are: what a page
 * shows of a list that may hold thousands.
 *
 * @param shown the first entries
 * @param more how many entries follow them
 * @param <T> the entries' type
 */
public record Shortlist<T>(List<T> shown, int more) {

  /** @throws IllegalArgumentException when {@code more} is negative */
  public Shortlist {
    checkArgument(more >= 0, "more must not be negative: %s", more);
    shown = ImmutableList.copyOf(shown);
  }

  /** The first {@code max} entries of {@code all}. @throws IllegalArgumentException when max is negative */
  public static <T> Shortlist<T> firstOf(List<T> all, int max) {
    checkArgument(max >= 0, "max must not be negative: %s", max);
    int shown = Math.min(max, all.size());
    return new Shortlist<>(all.subList(0, shown), all.size() - shown);
  }

  /** How many entries the whole list has. */
  public int total() {
    return shown.size() + more;
  }

  /** Whether the whole list is empty. */
  public boolean isEmpty() {
    return total() == 0;
  }
}
