package dev.rapport.shell;

import dev.rapport.core.port.out.ChannelRepository;
import dev.rapport.core.port.out.CollaborationRepository;
import dev.rapport.core.port.out.ContactRepository;
import dev.rapport.core.port.out.OwnerProfileRepository;
import dev.rapport.core.port.out.ResourceRepository;
import dev.rapport.core.port.out.SpecialDayRepository;
import dev.rapport.core.port.out.Storage;
import dev.rapport.core.port.out.TouchRepository;
import dev.rapport.core.port.out.Transactions;

/** A store that hands every call to another; a test overrides the repository it wants to fail. */
class DelegatingStorage implements Storage {

  private final Storage storage;

  DelegatingStorage(Storage storage) {
    this.storage = storage;
  }

  @Override
  public ContactRepository contacts() {
    return storage.contacts();
  }

  @Override
  public TouchRepository touches() {
    return storage.touches();
  }

  @Override
  public SpecialDayRepository specialDays() {
    return storage.specialDays();
  }

  @Override
  public ChannelRepository channels() {
    return storage.channels();
  }

  @Override
  public ResourceRepository resources() {
    return storage.resources();
  }

  @Override
  public CollaborationRepository collaborations() {
    return storage.collaborations();
  }

  @Override
  public OwnerProfileRepository profile() {
    return storage.profile();
  }

  @Override
  public Transactions transactions() {
    return storage.transactions();
  }
}
