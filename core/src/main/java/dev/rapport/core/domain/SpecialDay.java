package dev.rapport.core.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/** A day worth remembering: a contact's birthday, a holiday, an accomplishment. */
@Value.Immutable
public abstract class SpecialDay {

  /** Starts a special day; kind and date are required. */
  public static ImmutableSpecialDay.Builder builder() {
    return ImmutableSpecialDay.builder();
  }

  /** Whose day it is; empty for a global holiday. */
  public abstract Optional<ContactId> contact();

  /** What kind of day. */
  public abstract SpecialDayKind kind();

  /** The day, with its year when known. */
  public abstract PartialDate date();

  /** Whether it comes back every year. */
  @Value.Default
  public boolean recurring() {
    return true;
  }

  /** A title, such as "new role at Acme". */
  public abstract Optional<String> title();

  @Value.Check
  protected void check() {
    checkArgument(contact().isPresent() || kind() == SpecialDayKind.HOLIDAY,
        "special day: a %s needs a contact", kind());
    checkArgument(recurring() || date().year().isPresent(),
        "special day: a one-off %s needs a year: '%s'", kind(), date());
  }
}
