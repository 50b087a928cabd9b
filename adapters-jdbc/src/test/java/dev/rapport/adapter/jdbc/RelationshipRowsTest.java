package dev.rapport.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.adapter.jdbc.Rows.RelationshipRow;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import net.jqwik.api.constraints.WithNull;
import org.junit.jupiter.api.Test;

class RelationshipRowsTest {

  @Property
  void unpack_givesBackWhatWasPacked(
      @ForAll long id, @ForAll String displayName, @ForAll String tier, @ForAll @WithNull String cadence,
      @ForAll @WithNull String connectedOn, @ForAll @WithNull String snoozedUntil, @ForAll boolean archived,
      @ForAll @Size(max = 5) @UniqueElements List<String> interests,
      @ForAll @Size(max = 5) @UniqueElements List<String> goals) {
    RelationshipRow row = new RelationshipRow(id, displayName, tier, cadence, connectedOn, snoozedUntil, archived);

    RelationshipRows.Packed packed = RelationshipRows.unpack(id, RelationshipRows.pack(row, interests, goals));

    assertThat(packed.row()).isEqualTo(row);
    assertThat(packed.interests()).containsExactlyElementsOf(interests);
    assertThat(packed.goals()).containsExactlyElementsOf(goals);
  }

  @Test
  void givenATruncatedValue_unpack_failsNamingTheContact() {
    byte[] whole = RelationshipRows.pack(new RelationshipRow(7, "Ada", "INNER", null, "2024-01-02", null, false),
        Set.of("chess"), Set.of());

    assertThatThrownBy(() -> RelationshipRows.unpack(7, Arrays.copyOf(whole, whole.length - 3)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contacts row 7");
  }

  @Test
  void givenBytesLeftOver_unpack_failsSayingSo() {
    byte[] whole = RelationshipRows.pack(new RelationshipRow(7, "Ada", "INNER", null, null, null, true), Set.of(), Set.of());

    assertThatThrownBy(() -> RelationshipRows.unpack(7, Arrays.copyOf(whole, whole.length + 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contacts row 7")
        .hasMessageContaining("2 bytes left over");
  }

  @Test
  void givenNoValue_unpack_failsNamingTheContact() {
    assertThatThrownBy(() -> RelationshipRows.unpack(9, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contacts row 9 has no relationship value");
  }
}
