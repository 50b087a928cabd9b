package dev.rapport.core.policy.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.MatchKeys;
import dev.rapport.core.port.in.imports.Origin;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactMatchPolicyTest {

  /** Contacts filed under "kind:key", as the test puts them. */
  private static final class Filed implements ContactLookup<String> {
    final Map<String, String> byKey = new HashMap<>();

    @Override
    public String byEmail(String emailKey) {
      return byKey.get("email:" + emailKey);
    }

    @Override
    public String byProfile(String profileKey) {
      return byKey.get("profile:" + profileKey);
    }

    @Override
    public String byNameAndCompany(String name, Optional<String> company) {
      return byKey.get("name:" + name + "|" + company.orElse(""));
    }

    @Override
    public String byNameAndCompanyWithoutProfiles(String name, Optional<String> company) {
      return byKey.get("name without profiles:" + name + "|" + company.orElse(""));
    }
  }

  private static ContactDraft draft(String email, String profile) {
    var details = ContactDraft.details("Ada Lovelace").company("Engines");
    if (email != null) {
      details.addEmails(email);
    }
    if (profile != null) {
      details.addChannelProfiles(new ChannelProfile("LinkedIn", profile));
    }
    return new ContactDraft("row", Origin.file("test.csv"), details.build());
  }

  private final Filed filed = new Filed();

  @Test
  void givenAnAddressAProfileAndAName_match_prefersTheAddress() {
    filed.byKey.put("email:" + MatchKeys.email("ada@example.org"), "by address");
    filed.byKey.put("profile:" + MatchKeys.profile("https://linkedin.com/in/ada"), "by profile");
    filed.byKey.put("name:Ada Lovelace|Engines", "by name");

    assertThat(ContactMatchPolicy.match(draft("Ada@Example.org", "https://linkedin.com/in/ada"), filed))
        .isEqualTo("by address");
  }

  @Test
  void aDraftWithoutProfilesMatchesByNameAndCompany_oneWithProfilesOnlyAmongContactsWithout() {
    filed.byKey.put("name:Ada Lovelace|Engines", "anyone by name");
    filed.byKey.put("name without profiles:Ada Lovelace|Engines", "someone without profiles");

    assertThat(ContactMatchPolicy.match(draft(null, null), filed)).isEqualTo("anyone by name");
    assertThat(ContactMatchPolicy.match(draft(null, "https://linkedin.com/in/ada"), filed))
        .isEqualTo("someone without profiles");
  }

  @Test
  void noRuleFindingOne_theDraftIsSomeoneNew() {
    filed.byKey.put("email:" + MatchKeys.email("grace@example.org"), "Grace");
    filed.byKey.put("name:Grace Hopper|Engines", "Grace");

    assertThat(ContactMatchPolicy.match(draft("ada@example.org", "https://linkedin.com/in/ada"), filed)).isNull();
  }
}
