package dev.rapport.core.port.in;

import dev.rapport.core.domain.OwnerProfile;

/** Use case: the owner's profile — zone, time budget, style, goals and start-small limits. */
public interface ManageProfileUseCase {

  /** The saved profile, or the defaults before one was saved. */
  OwnerProfile profile();

  /**
   * Changes the saved profile as the command gives and saves it.
   *
   * @return the profile as saved
   * @throws IllegalArgumentException when the changed profile is invalid
   */
  OwnerProfile update(ProfileChanges changes);
}
