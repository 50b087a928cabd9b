package dev.rapport.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.ContactId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What every {@link dev.rapport.core.port.out.CollaborationRepository} must do. */
public abstract class CollaborationRepositoryContract extends StorageContract {

  @Test
  void givenNewStore_findAll_isEmpty() {
    assertThat(storage.collaborations().findAll()).isEmpty();
  }

  @Test
  void findAll_isOldestFirst_tiesByTitle_andKeepsEveryField() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    Collaboration paper = Collaboration.builder().title("Paper").on(LocalDate.of(2026, 5, 1)).addContacts(ada, bob)
        .channel("Meetup").build();
    Collaboration article = Collaboration.builder().title("Article").on(LocalDate.of(2026, 5, 1)).addContacts(bob).build();
    Collaboration talk = Collaboration.builder().title("Talk").on(LocalDate.of(2025, 1, 1)).addContacts(ada).build();
    storage.collaborations().add(paper);
    storage.collaborations().add(talk);
    storage.collaborations().add(article);
    assertThat(storage.collaborations().findAll()).containsExactly(talk, article, paper);
  }

  @Test
  void removeContact_takesThemOut_andDropsCollaborationsLeftWithNobody() {
    ContactId ada = Samples.newContact(storage, "Ada");
    ContactId bob = Samples.newContact(storage, "Bob");
    storage.collaborations().add(Collaboration.builder().title("Paper").on(LocalDate.of(2026, 5, 1)).addContacts(ada, bob).build());
    storage.collaborations().add(Collaboration.builder().title("Solo").on(LocalDate.of(2026, 6, 1)).addContacts(ada).build());
    assertThat(storage.collaborations().removeContact(ada)).isEqualTo(2);
    assertThat(storage.collaborations().findAll()).containsExactly(
        Collaboration.builder().title("Paper").on(LocalDate.of(2026, 5, 1)).addContacts(bob).build());
  }
}
