package dev.rapport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What every {@link dev.rapport.core.port.out.ResourceRepository} must do. */
public abstract class ResourceRepositoryContract extends StorageContract {

  @Test
  void givenNewStore_findAll_isEmpty() {
    assertThat(storage.resources().findAll()).isEmpty();
  }

  @Test
  void givenResourceWithEveryField_find_returnsAnEqualResource() {
    Resource r = Resource.builder().id(storage.resources().nextId()).title("State of Fintech 2026")
        .link("https://example.org/fintech?a=1&b='2'").addTopics("fintech", "payments")
        .foundOn(LocalDate.of(2026, 11, 2)).build();
    storage.resources().save(r);
    assertThat(storage.resources().find(r.id())).contains(r);
    assertThat(storage.resources().find(new ResourceId(55_555))).isEmpty();
  }

  @Test
  void findAll_ordersById_andSaveReplaces() {
    ResourceId a = storage.resources().nextId();
    ResourceId b = storage.resources().nextId();
    assertThat(a).isNotEqualTo(b);
    storage.resources().save(Resource.builder().id(b).title("B").foundOn(LocalDate.EPOCH).build());
    storage.resources().save(Resource.builder().id(a).title("A").foundOn(LocalDate.EPOCH).build());
    storage.resources().save(Resource.builder().id(a).title("A2").foundOn(LocalDate.EPOCH).build());
    assertThat(storage.resources().findAll()).extracting(Resource::title).containsExactly("A2", "B");
  }
}
