package dev.rapport.core.service;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.port.in.ManageProfileUseCase;
import dev.rapport.core.port.in.ProfileChanges;
import dev.rapport.core.port.out.OwnerProfileRepository;
import dev.rapport.core.port.out.Transactions;

final class ProfileService implements ManageProfileUseCase {

  private final OwnerProfileRepository profiles;
  private final Transactions transactions;

  ProfileService(OwnerProfileRepository profiles, Transactions transactions) {
    this.profiles = profiles;
    this.transactions = transactions;
  }

  @Override
  public OwnerProfile profile() {
    return profiles.loadOrDefaults();
  }

  @Override
  public OwnerProfile update(ProfileChanges changes) {
    checkNotNull(changes, "changes");
    return transactions.inTransaction(() -> {
      OwnerProfile changed = changes.applyTo(profile());
      profiles.save(changed);
      return changed;
    });
  }
}
