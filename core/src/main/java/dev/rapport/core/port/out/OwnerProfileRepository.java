package dev.rapport.core.port.out;

import dev.rapport.core.domain.OwnerProfile;
import java.util.Optional;

/** Outgoing persistence port for the owner's profile. */
public interface OwnerProfileRepository {

  /** The saved profile, or empty before the owner saved one. */
  Optional<OwnerProfile> load();

  /** The saved profile, or the defaults of an owner who has set nothing yet. */
  default OwnerProfile loadOrDefaults() {
    return load().orElseGet(OwnerProfile::defaults);
  }

  /** Saves the profile, replacing any earlier one. */
  void save(OwnerProfile profile);
}
