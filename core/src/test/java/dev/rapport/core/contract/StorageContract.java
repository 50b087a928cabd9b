package dev.rapport.core.contract;

import dev.rapport.core.port.out.Storage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the storage contract suite: each test gets a new, empty store from the adapter
 * under test. Every storage adapter extends each {@code *Contract} class once.
 */
public abstract class StorageContract {

  protected Storage storage;

  /** A new store holding nothing. */
  protected abstract Storage newEmptyStorage();

  @BeforeEach
  void openStorage() {
    storage = newEmptyStorage();
  }

  @AfterEach
  void closeStorage() {
    storage.close();
  }
}
