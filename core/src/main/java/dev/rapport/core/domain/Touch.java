package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** One interaction with a contact: who reached out, how, when, and what it was about. */
@Value.Immutable
public abstract class Touch {

  /** Starts a touch; contact, time, direction and kind are required. */
  public static ImmutableTouch.Builder builder() {
    return ImmutableTouch.builder();
  }

  /** The contact touched. */
  public abstract ContactId contact();

  /** When it happened; day arithmetic uses the owner's zone. */
  public abstract Instant at();

  /** Who reached out. */
  public abstract Direction direction();

  /** What kind of interaction it was. */
  public abstract InteractionKind kind();

  /** The networking channel it happened on, if any. */
  public abstract Optional<String> channel();

  /** A line on what it was about. */
  @Value.Default
  public String summary() {
    return "";
  }

  /** Minutes spent, when recorded. */
  public abstract OptionalInt minutes();

  /** The resource shared in it, for RESOURCE_SHARED touches. */
  public abstract Optional<ResourceId> resource();

  /** For an INTRODUCTION, the other contact of the introduction. */
  public abstract Optional<ContactId> introducedTo();

  /**
   * What the source it was imported from calls it (a mail's Message-ID, a calendar event's UID
   * and recurrence id), so that importing the source again adds it once.
   */
  public abstract Optional<String> externalKey();

  @Value.Check
  protected void check() {
    checkArgument(minutes().orElse(0) >= 0, "touch minutes must not be negative: %s", minutes().orElse(0));
    checkArgument(introducedTo().isEmpty() || kind() == InteractionKind.INTRODUCTION,
        "touch introducedTo is only for INTRODUCTION touches, not %s", kind());
    checkArgument(externalKey().map(k -> !k.isBlank()).orElse(true), "touch externalKey must not be blank");
    checkArgument(!introducedTo().equals(Optional.of(contact())),
        "touch introducedTo must be another contact than %s", contact());
  }
}
