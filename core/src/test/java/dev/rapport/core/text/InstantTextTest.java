package dev.rapport.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantTextTest {

  @Property
  void parseIso_readsBackEveryInstantItsTextNames(
      @ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant instant = Instant.ofEpochSecond(second, nanos);
    assertThat(InstantText.parseIso(instant.toString())).isEqualTo(instant);
    Instant whole = Instant.ofEpochSecond(second);
    assertThat(InstantText.parseIso(whole.toString())).isEqualTo(whole);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-06-01T14:03:22.5Z", "2023-06-01T14:03:22.1234Z", "2024-02-29T00:00:00Z",
      "2023-06-01T14:03:22+02:00", "2023-06-01T23:59:60Z", "+10000-01-01T00:00:00Z", "2023-06-01T14:03:22.Z"})
  void parseIso_readsWhatInstantParseReads(String text) {
    assertThat(InstantText.parseIso(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29T10:00:00Z", "2023-13-01T10:00:00Z", "2023-06-01T25:00:00Z",
      "2023-06-01T14:03Z", "2023-06-01T14:03:22.1234567890Z", "2023-06-01 14:03:22Z", "2023-06-01T14:03:22",
      "2023-06-01T14:0x:22Z", "", "yesterday"})
  void parseIso_refusesWhatInstantParseRefuses(String text) {
    assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> InstantText.parseIso(text)).isInstanceOf(DateTimeParseException.class);
  }
}
