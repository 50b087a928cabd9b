package dev.rapport.core.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the relationship rules read of a contact: who they are and how close, the cadence,
 * snooze and day connected that time the next touch, whether they are archived, and the topics
 * a resource can suit. A {@link Contact} is one; storage can hand over just these for a whole
 * network without reading the rest of every file.
 */
@Value.Immutable
public interface Relationship {

  /** Starts the facts of one contact; all but the optional ones and the sets are required. */
  static ImmutableRelationship.Builder builder() {
    return ImmutableRelationship.builder();
  }

  /** The same facts, read from anything that has them (a whole {@link Contact}, say). */
  static Relationship of(Relationship facts) {
    return ImmutableRelationship.copyOf(facts);
  }

  /** The identity storage gave the contact. */
  ContactId id();

  /** The name to show. */
  String displayName();

  /** How close they are. */
  Tier tier();

  /** A cadence of their own, overriding their tier's. */
  Optional<Cadence> cadence();

  /** The day you connected. */
  Optional<LocalDate> connectedOn();

  /** A suggestion to contact them is held back until this day. */
  Optional<LocalDate> snoozedUntil();

  /** Archived contacts stay in the file but get no suggestions. */
  boolean archived();

  /** Topics they care about. */
  Set<String> interests();

  /** What they are trying to achieve. */
  Set<String> goals();
}
