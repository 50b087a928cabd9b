package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Command: log a touch with a contact, now unless {@link #at()} back-dates it. Each method that
 * gives a detail returns a new, checked command:
 * {@code LogTouch.outbound(ada.id(), InteractionKind.QUESTION).summary("asked how the engine is going")}.
 */
@Value.Immutable(builder = false)
@Value.Style(with = "*")
public abstract class LogTouch {

  LogTouch() {}

  /**
   * A touch with {@code contact} of {@code kind}, in {@code direction}, happening now.
   *
   * @throws NullPointerException when an argument is null
   */
  public static LogTouch of(ContactId contact, Direction direction, InteractionKind kind) {
    return ImmutableLogTouch.of(contact, direction, kind);
  }

  /** A touch the owner started: it resets the contact's cadence clock. */
  public static LogTouch outbound(ContactId contact, InteractionKind kind) {
    return of(contact, Direction.OUTBOUND, kind);
  }

  /** A touch the contact started, waiting for the owner's reply. */
  public static LogTouch inbound(ContactId contact, InteractionKind kind) {
    return of(contact, Direction.INBOUND, kind);
  }

  /** The contact touched. */
  @Value.Parameter
  public abstract ContactId contact();

  /** Who reached out. */
  @Value.Parameter
  public abstract Direction direction();

  /** What kind of interaction it was. */
  @Value.Parameter
  public abstract InteractionKind kind();

  /** When it happened, to back-date it; when absent, the use case's clock says now. */
  public abstract Optional<Instant> at();

  /** Gives {@link #at()}, to back-date the touch. */
  public abstract LogTouch at(Instant at);

  /** The networking channel it happened on. */
  public abstract Optional<String> channel();

  /**
   * Gives {@link #channel()}.
   *
   * @throws IllegalArgumentException when the name is blank
   */
  public abstract LogTouch channel(String channel);

  /** A line on what it was about. */
  @Value.Default
  public String summary() {
    return "";
  }

  /** Gives {@link #summary()}. */
  public abstract LogTouch summary(String summary);

  /** Minutes spent. */
  public abstract OptionalInt minutes();

  /**
   * Gives {@link #minutes()}.
   *
   * @throws IllegalArgumentException when they are negative
   */
  public abstract LogTouch minutes(int minutes);

  /** The resource shared in it, for a RESOURCE_SHARED touch. */
  public abstract Optional<ResourceId> resource();

  /** Gives {@link #resource()}. */
  public abstract LogTouch resource(ResourceId resource);

  /** For an INTRODUCTION, the other contact of the introduction. */
  public abstract Optional<ContactId> introducedTo();

  /**
   * Gives {@link #introducedTo()}.
   *
   * @throws IllegalArgumentException when the touch is no INTRODUCTION, or {@code introducedTo} is its own contact
   */
  public abstract LogTouch introducedTo(ContactId introducedTo);

  /** The touch this command logs: at {@link #at()} when given, else at {@code now}. */
  public Touch toTouch(Instant now) {
    return Touch.builder()
        .contact(contact())
        .at(at().orElse(now))
        .direction(direction())
        .kind(kind())
        .channel(channel())
        .summary(summary())
        .minutes(minutes())
        .resource(resource())
        .introducedTo(introducedTo())
        .build();
  }

  @Value.Check
  void check() {
    channel().ifPresent(name -> checkArgument(!name.isBlank(), "touch channel must not be blank: '%s'", name));
    toTouch(Instant.EPOCH); // the touch's own rules (minutes, introductions) judge the rest, written once in the domain
  }
}
