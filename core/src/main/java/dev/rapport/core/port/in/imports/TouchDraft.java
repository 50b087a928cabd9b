package dev.rapport.core.port.in.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A touch an import source records, its contact (and the one introduced, for an introduction)
 * named by reference; a shared resource is named by its key in the batch.
 */
public record TouchDraft(
    ContactRef contact,
    Instant at,
    Direction direction,
    InteractionKind kind,
    Optional<String> channel,
    String summary,
    OptionalInt minutes,
    Optional<String> resourceKey,
    Optional<ContactRef> introducedTo,
    Origin origin,
    Optional<String> externalKey) {

  /** @throws IllegalArgumentException when a required part is missing or minutes are negative */
  public TouchDraft {
    checkNotNull(contact, "touch contact");
    checkNotNull(at, "touch at");
    checkNotNull(direction, "touch direction");
    checkNotNull(kind, "touch kind");
    checkNotNull(channel, "touch channel");
    checkNotNull(summary, "touch summary");
    checkNotNull(minutes, "touch minutes");
    checkNotNull(resourceKey, "touch resourceKey");
    checkNotNull(introducedTo, "touch introducedTo");
    checkNotNull(origin, "touch origin");
    checkNotNull(externalKey, "touch externalKey");
    checkArgument(minutes.orElse(0) >= 0, "touch minutes must not be negative: %s", minutes);
    checkArgument(externalKey.map(k -> !k.isBlank()).orElse(true), "touch externalKey must not be blank");
  }

  /** A touch with no key in its source (see {@link dev.rapport.core.domain.Touch#externalKey()}). */
  public TouchDraft(ContactRef contact, Instant at, Direction direction, InteractionKind kind,
      Optional<String> channel, String summary, OptionalInt minutes, Optional<String> resourceKey,
      Optional<ContactRef> introducedTo, Origin origin) {
    this(contact, at, direction, kind, channel, summary, minutes, resourceKey, introducedTo, origin, Optional.empty());
  }

  /**
   * This touch with the key its source knows it by: an import skips it when the contact has a
   * touch with that key already, and a re-import adds nothing.
   */
  public TouchDraft withExternalKey(String key) {
    return new TouchDraft(contact, at, direction, kind, channel, summary, minutes, resourceKey, introducedTo, origin,
        Optional.of(key));
  }

  /** A plain touch with no minutes, resource or introduction. */
  public static TouchDraft of(ContactRef contact, Instant at, Direction direction, InteractionKind kind,
      Optional<String> channel, String summary, Origin origin) {
    return new TouchDraft(contact, at, direction, kind, channel, summary, OptionalInt.empty(), Optional.empty(),
        Optional.empty(), origin);
  }
}
