package dev.rapport.core.port.out;

import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.ContactId;
import java.util.List;

/** Outgoing persistence port for collaborations. */
public interface CollaborationRepository {

  /** Records a collaboration. */
  void add(Collaboration collaboration);

  /** Every collaboration, oldest first, ties by title. */
  List<Collaboration> findAll();

  /**
   * Takes the contact out of every collaboration, deleting those left with nobody; returns how
   * many collaborations changed.
   */
  int removeContact(ContactId contact);
}
