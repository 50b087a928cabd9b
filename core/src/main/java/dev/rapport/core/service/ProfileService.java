package dev.rapport.core.service;

import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.port.in.ManageProfileUseCase;
import dev.rapport.core.port.out.Storage;
import java.util.function.UnaryOperator;

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
  public OwnerProfile update(UnaryOperator<OwnerProfile> change) {
    return storage.transactions().inTransaction(() -> {
      OwnerProfile changed = change.apply(profile());
      storage.profile().save(changed);
      return changed;
    });
  }
}
