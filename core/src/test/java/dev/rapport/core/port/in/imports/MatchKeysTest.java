package dev.rapport.core.port.in.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MatchKeysTest {

  @Test
  void profileKey_dropsSchemeWwwQueryTrailingSlashesAndCase() {
    assertThat(MatchKeys.profile("  HTTPS://WWW.LinkedIn.com/in/Ada-Lovelace/?trk=people ")).isEqualTo("linkedin.com/in/ada-lovelace");
    assertThat(MatchKeys.profile("linkedin.com/in/ada-lovelace//")).isEqualTo("linkedin.com/in/ada-lovelace");
    assertThat(MatchKeys.profile("http://www.linkedin.com/in/ada-lovelace"))
        .isEqualTo(MatchKeys.profile("https://linkedin.com/in/Ada-Lovelace/"));
  }

  @Test
  void givenAHandleWithoutSlash_profileKey_keepsItsQuestionMark() {
    assertThat(MatchKeys.profile("@ada?")).isEqualTo("@ada?");
  }

  @Test
  void anEmailIsKeyedStrippedAndInLowerCase_accentsIncluded() {
    assertThat(MatchKeys.email(" Ada@Example.ORG ")).isEqualTo("ada@example.org");
    assertThat(MatchKeys.email("JOSÉ@Example.org")).isEqualTo("josé@example.org");
    assertThat(MatchKeys.email("ada@example.org")).isEqualTo("ada@example.org");
  }

  @Property(tries = 300)
  void emailKey_isTheRootLocaleLowerCaseOfTheStrippedAddress(@ForAll String address) {
    assertThat(MatchKeys.email(address)).isEqualTo(address.strip().toLowerCase(Locale.ROOT));
  }

  @Property(tries = 300)
  void profileKey_isTheSameWhateverTheCaseOrScheme(@ForAll("slugs") String slug) {
    String key = MatchKeys.profile("linkedin.com/in/" + slug);
    assertThat(MatchKeys.profile("https://www.LINKEDIN.com/in/" + slug.toUpperCase(Locale.ROOT) + "/")).isEqualTo(key);
    assertThat(MatchKeys.profile("http://linkedin.com/in/" + slug + "?trk=x")).isEqualTo(key);
  }

  @Provide
  Arbitrary<String> slugs() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMinLength(1).ofMaxLength(30);
  }

  @Test
  void names_areComparedWithoutCaseAccentsOrPunctuation() {
    assertThat(MatchKeys.name("  José  O'Neil")).isEqualTo("jose o neil");
    assertThat(MatchKeys.company("Northwind Analytics, Inc.")).isEqualTo(MatchKeys.company("northwind analytics"));
  }
}
