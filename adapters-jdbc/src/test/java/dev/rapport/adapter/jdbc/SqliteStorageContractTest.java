package dev.rapport.adapter.jdbc;

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

/** Core's storage contract suite on a new SQLite file each test. */
class SqliteStorageContractTest {

  @Nested
  class Contacts extends ContactRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return TestDatabases.newSqliteStore();
    }
  }

  @Nested
  class Touches extends TouchRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return TestDatabases.newSqliteStore();
    }
  }

  @Nested
  class SpecialDays extends SpecialDayRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return TestDatabases.newSqliteStore();
    }
  }

  @Nested
  class Channels extends ChannelRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return TestDatabases.newSqliteStore();
    }
  }

  @Nested
  class Resources extends ResourceRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return TestDatabases.newSqliteStore();
    }
  }

  @Nested
  class Collaborations extends CollaborationRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return TestDatabases.newSqliteStore();
    }
  }

  @Nested
  class Profile extends OwnerProfileRepositoryContract {
    @Override
    protected Storage newEmptyStorage() {
      return TestDatabases.newSqliteStore();
    }
  }

  @Nested
  class Transactions extends TransactionsContract {
    @Override
    protected Storage newEmptyStorage() {
      return TestDatabases.newSqliteStore();
    }
  }
}
