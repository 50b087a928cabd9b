package dev.rapport.core.port.in.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ContactDraftTest {

  private static final Origin ROW_2 = new Origin("Connections.csv", 2);

  @Test
  void draft_isMatchedByItsAddressesAndProfiles_asMatchKeysNormalizesThem() {
    Contact details = ContactDraft.details("Ada Lovelace").addEmails("Ada@Example.ORG", "ada@engines.example")
        .addChannelProfiles(new ChannelProfile("LinkedIn", "HTTPS://www.linkedin.com/in/Ada-Lovelace/")).build();

    ContactDraft draft = new ContactDraft("ada", ROW_2, details);

    assertThat(draft.emailKeys()).containsExactly("ada@example.org", "ada@engines.example");
    assertThat(draft.profileKeys()).containsExactly("linkedin.com/in/ada-lovelace");
    assertThat(new ContactDraft("grace", ROW_2, ContactDraft.details("Grace Hopper").build()).emailKeys()).isEmpty();
  }

  @Property(tries = 200)
  void matchKeys_areThoseOfTheDetails_inOrder(@ForAll("texts") List<String> emails, @ForAll("texts") List<String> handles) {
    Contact details = ContactDraft.details("Someone").emails(emails.stream().map(e -> e + "@example.org").toList())
        .channelProfiles(handles.stream().map(h -> new ChannelProfile("LinkedIn", "https://linkedin.com/in/" + h)).toList())
        .build();

    ContactDraft draft = new ContactDraft("someone", ROW_2, details);

    assertThat(draft.emailKeys()).isEqualTo(details.emails().stream().map(MatchKeys::email).toList());
    assertThat(draft.profileKeys())
        .isEqualTo(details.channelProfiles().stream().map(p -> MatchKeys.profile(p.handle())).toList());
  }

  @Provide
  Arbitrary<List<String>> texts() {
    return Arbitraries.strings().withChars("aBé-.").ofMinLength(1).ofMaxLength(8).list().ofMaxSize(3);
  }

  @Test
  void drafts_areEqualByKeyOriginAndDetails() {
    Contact ada = ContactDraft.details("Ada Lovelace").build();
    Contact grace = ContactDraft.details("Grace Hopper").build();
    new EqualsTester()
        .addEqualityGroup(new ContactDraft("a", ROW_2, ada), new ContactDraft("a", ROW_2, ContactDraft.details("Ada Lovelace").build()))
        .addEqualityGroup(new ContactDraft("b", ROW_2, ada))
        .addEqualityGroup(new ContactDraft("a", new Origin("Connections.csv", 3), ada))
        .addEqualityGroup(new ContactDraft("a", ROW_2, grace))
        .testEquals();
  }

  @Test
  void givenABlankKey_draft_isRefusedNamingTheField() {
    assertThatThrownBy(() -> new ContactDraft(" ", ROW_2, ContactDraft.details("Ada").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contact draft key");
  }
}
