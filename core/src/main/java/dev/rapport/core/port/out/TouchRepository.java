package dev.rapport.core.port.out;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Touch;
import java.util.Collection;
import java.util.List;

/** Outgoing persistence port for touches (interactions). */
public interface TouchRepository {

  /** Records one touch. */
  void add(Touch touch);

  /** Records many touches at once (an import); all or nothing within the caller's transaction. */
  void addAll(Collection<Touch> touches);

  /** The contact's touches, oldest first; empty for an unknown id. */
  List<Touch> forContact(ContactId contact);

  /** Every touch, oldest first, ties by contact id. */
  List<Touch> findAll();

  /** Deletes the contact's touches, including introductions to them; returns how many went. */
  int deleteForContact(ContactId contact);
}
