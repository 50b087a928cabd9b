package dev.rapport.core.fake;

import dev.rapport.core.contract.ChannelRepositoryContract;
import dev.rapport.core.contract.CollaborationRepositoryContract;
import dev.rapport.core.contract.ContactRepositoryContract;
import dev.rapport.core.contract.OwnerProfileRepositoryContract;
import dev.rapport.core.contract.ResourceRepositoryContract;
import dev.rapport.core.contract.SpecialDayRepositoryContract;
import dev.rapport.core.contract.TouchRepositoryContract;
import dev.rapport.core.contract.TransactionsContract;
import dev.rapport.core.port.out.Storage;
import org.junit.jupiter.api.Nested;

/** The storage contract suite, run against the in-memory store. */
class InMemoryStorageContractTest {

  @Nested
  class Contacts extends ContactRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return new InMemoryStorage();
    }
  }

  @Nested
  class Touches extends TouchRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return new InMemoryStorage();
    }
  }

  @Nested
  class SpecialDays extends SpecialDayRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return new InMemoryStorage();
    }
  }

  @Nested
  class Channels extends ChannelRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return new InMemoryStorage();
    }
  }

  @Nested
  class Resources extends ResourceRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return new InMemoryStorage();
    }
  }

  @Nested
  class Collaborations extends CollaborationRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return new InMemoryStorage();
    }
  }

  @Nested
  class Profile extends OwnerProfileRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return new InMemoryStorage();
    }
  }

  @Nested
  class Transactions extends TransactionsContract {
    @Override
    protected Storage newEmptyStorage() {
      return new InMemoryStorage();
    }
  }
}
