package dev.rapport.core.port.out;

/** Everything a storage adapter provides: the repositories and their transactions, over one store. */
public interface Storage extends AutoCloseable {

  /** Contacts and their notes. */
  ContactRepository contacts();

  /** Touches. */
  TouchRepository touches();

  /** Special days. */
  SpecialDayRepository specialDays();

  /** Networking channels. */
  ChannelRepository channels();

  /** Resources. */
  ResourceRepository resources();

  /** Collaborations. */
  CollaborationRepository collaborations();

  /** The owner's profile. */
  OwnerProfileRepository profile();

  /** Transactions spanning all of the above. */
  Transactions transactions();

  /** Releases the store; a no-op by default. */
  @Override
  default void close() {}
}
