package dev.rapport.core.service;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.port.in.ManageProfileUseCase;
import dev.rapport.core.port.in.ProfileChanges;
import dev.rapport.core.port.out.Storage;

final class ProfileService implements ManageProfileUseCase {

  private final Storage storage;

  ProfileService(Storage storage) {
    this.storage = storage;
  }

  @Override
  public OwnerProfile profile() {
    return storage.profile().loadOrDefaults();
  }

  @Override
  public OwnerProfile update(ProfileChanges changes) {
    checkNotNull(changes, "changes");
    return storage.transactions().inTransaction(() -> {
      OwnerProfile changed = changes.applyTo(profile());
      storage.profile().save(changed);
      return changed;
    });
  }
}
