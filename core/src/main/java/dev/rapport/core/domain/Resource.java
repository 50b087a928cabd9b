package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** Something worth sharing with contacts whose interests or goals it suits. */
@Value.Immutable
public abstract class Resource {

  /** Starts a resource; id, title and foundOn are required. */
  public static ImmutableResource.Builder builder() {
    return ImmutableResource.builder();
  }

  /** The identity storage gave it. */
  public abstract ResourceId id();

  /** Its title. */
  public abstract String title();

  /** Where to find it. */
  public abstract Optional<String> link();

  /** What it is about. */
  public abstract Set<String> topics();

  /** The day the owner found it. */
  public abstract LocalDate foundOn();

  @Value.Check
  protected void check() {
    checkArgument(!title().isBlank(), "resource %s: title must not be blank: '%s'", id(), title());
  }
}
