package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A networking site or group the owner is in, and the time they mean to spend there. */
@Value.Immutable
public abstract class Channel {

  /** Starts a channel; name, kind and joinedOn are required. */
  public static ImmutableChannel.Builder builder() {
    return ImmutableChannel.builder();
  }

  /** Its name, unique among the owner's channels regardless of case. */
  public abstract String name();

  /** Site, group or event series. */
  public abstract ChannelKind kind();

  /** The day the owner joined. */
  public abstract LocalDate joinedOn();

  /** Trial, active, scaled back or left. */
  @Value.Default
  public ChannelStatus status() {
    return ChannelStatus.ACTIVE;
  }

  /** When the trial ends; required while on trial. */
  public abstract Optional<LocalDate> trialEnds();

  /** Minutes a week the owner intends to spend there. */
  @Value.Default
  public int minutesPerWeek() {
    return 0;
  }

  @Value.Check
  protected void check() {
    checkArgument(!name().isBlank(), "channel name must not be blank: '%s'", name());
    checkArgument(minutesPerWeek() >= 0, "channel %s: minutesPerWeek must not be negative: %s", name(), minutesPerWeek());
    checkArgument(status() != ChannelStatus.TRIAL || trialEnds().isPresent(),
        "channel %s: a TRIAL needs trialEnds", name());
    trialEnds().ifPresent(end -> checkArgument(!end.isBefore(joinedOn()),
        "channel %s: trialEnds %s is before joinedOn %s", name(), end, joinedOn()));
  }
}
