package dev.rapport.core.policy.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void case_accents_and_punctuation_do_not_count() {
    assertThat(Terms.normalize("FinTech")).isEqualTo("fintech");
    assertThat(Terms.normalize("  Fin-Tech ")).isEqualTo("fin tech");
    assertThat(Terms.normalize("Zürich")).isEqualTo(Terms.normalize("ZURICH"));
    assertThat(Terms.normalize("São  Paulo")).isEqualTo("sao paulo");
  }

  @Test
  void a_field_holds_a_term_as_whole_words_only() {
    assertThat(Terms.holds("senior engineering manager", "engineering manager")).isTrue();
    assertThat(Terms.holds("fintech", "fintech")).isTrue();
    assertThat(Terms.holds("fintechs", "fintech")).isFalse();
    assertThat(Terms.holds("", "fintech")).isFalse();
    assertThat(Terms.holds("fintech", "")).isFalse();
  }

  @Property(tries = 500)
  void the_ascii_shortcut_agrees_with_the_unicode_path(@ForAll @CharRange(from = ' ', to = '~') String text) {
    String unicode = Pattern.compile("[^\\p{L}\\p{N}]+").matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    assertThat(Terms.normalize(text)).isEqualTo(unicode);
  }
}
