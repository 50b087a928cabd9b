package dev.rapport.core.port.in;

import dev.rapport.core.domain.OwnerProfile;
import java.util.function.UnaryOperator;

/** Use case: the owner's profile — zone, time budget, style, goals and start-small limits. */
public interface ManageProfileUseCase {

  /** The saved profile, or the defaults before one was saved. */
  OwnerProfile profile();

  /** Changes and saves the profile. @throws IllegalArgumentException when a value is invalid */
  OwnerProfile update(UnaryOperator<OwnerProfile> change);
}
