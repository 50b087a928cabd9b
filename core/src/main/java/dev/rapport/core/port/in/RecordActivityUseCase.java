package dev.rapport.core.port.in;

import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.Touch;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Use case: record what happens in the network — touches, special days, channels, resources, results. */
public interface RecordActivityUseCase {

  /**
   * Logs a touch, now by this use case's clock unless the command back-dates it; one the owner
   * started resets the contact's cadence clock and clears a snooze.
   *
   * @return the touch logged
   * @throws ContactNotFoundException when the contact (or the one introduced) is unknown
   * @throws ResourceNotFoundException when the resource shared is unknown
   */
  Touch log(LogTouch touch);

  /** The contact's touches, oldest first. @throws ContactNotFoundException for an unknown contact */
  List<Touch> touches(ContactId contact);

  /**
   * Hands every touch of the network to {@code action}, by contact id and each contact's oldest
   * first, as storage reads them: what an export writes, without holding them all at once.
   */
  void eachTouch(Consumer<? super Touch> action);

  /** Holds back suggestions for the contact until {@code until}. @throws ContactNotFoundException */
  void snooze(ContactId contact, LocalDate until);

  /** Records a special day. @throws ContactNotFoundException when its contact is unknown */
  void addSpecialDay(SpecialDay day);

  /** Every special day, in month-day order. */
  List<SpecialDay> specialDays();

  /** The contact's own special days, in month-day order. */
  List<SpecialDay> specialDays(ContactId contact);

  /** Adds or replaces a channel (by name). */
  void saveChannel(Channel channel);

  /** Every channel, ordered by name. */
  List<Channel> channels();

  /**
   * Adds a resource worth sharing, found today.
   *
   * @throws IllegalArgumentException for a blank title
   */
  Resource addResource(String title, java.util.Optional<String> link, Set<String> topics);

  /** Every resource, ordered by id. */
  List<Resource> resources();

  /**
   * Finds the one resource a reference names: its id, or a fragment of its title that matches
   * one resource.
   *
   * @throws ResourceNotFoundException when nothing matches
   * @throws IllegalArgumentException when several resources match, naming them
   */
  Resource resolveResource(String ref);

  /** Records a collaboration. @throws ContactNotFoundException when one of its contacts is unknown */
  void addCollaboration(Collaboration collaboration);

  /** Every collaboration, oldest first. */
  List<Collaboration> collaborations();
}
