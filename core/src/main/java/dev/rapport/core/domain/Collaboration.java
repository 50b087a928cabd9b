package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** An outcome achieved with one or more contacts: the seed's "accomplishments you've collaborated on". */
@Value.Immutable
public abstract class Collaboration {

  /** Starts a collaboration; title, day and at least one contact are required. */
  public static ImmutableCollaboration.Builder builder() {
    return ImmutableCollaboration.builder();
  }

  /** What was achieved. */
  public abstract String title();

  /** When. */
  public abstract LocalDate on();

  /** With whom. */
  public abstract Set<ContactId> contacts();

  /** The channel it came through. */
  public abstract Optional<String> channel();

  @Value.Check
  protected void check() {
    checkArgument(!title().isBlank(), "collaboration title must not be blank: '%s'", title());
    checkArgument(!contacts().isEmpty(), "collaboration '%s' needs at least one contact", title());
  }
}
