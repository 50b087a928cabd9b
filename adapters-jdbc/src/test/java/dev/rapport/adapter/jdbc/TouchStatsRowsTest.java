package dev.rapport.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.aggregates.KeptWindows;
import dev.rapport.core.aggregates.TouchStats;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.ImmutableTouch;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed value of a {@code touch_stats} row gives back the stats it was packed from, or says what is wrong. */
class TouchStatsRowsTest {

  private static final ContactId ADA = new ContactId(7);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  private static final Instant END = AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final TouchSummaryQuery QUERY = new TouchSummaryQuery(AS_OF, ZoneOffset.UTC, 30, 14, 90, 365);

  @Test
  void packedStats_unpackToTheSameParts_andAnswerAsTheOriginal() {
    Random random = new Random(3);
    TouchStats stats = new TouchStats(ADA, KeptWindows.defaults());
    Instant at = END.minusSeconds(500L * 86_400);
    for (int i = 0; i < 300; i++) {
      at = at.plusSeconds(random.nextInt(3 * 86_400));
      InteractionKind kind = InteractionKind.values()[random.nextInt(InteractionKind.values().length)];
      ImmutableTouch.Builder touch = Touch.builder().contact(ADA).at(at).direction(Direction.values()[random.nextInt(3)]).kind(kind);
      if (kind == InteractionKind.RESOURCE_SHARED) {
        touch.resource(new ResourceId(1 + random.nextInt(4)));
      }
      stats.add(touch.build());
    }
    // Several of the owner's touches still waiting for an answer at the end.
    for (int i = 0; i < 3; i++) {
      stats.add(Touch.builder().contact(ADA).at(at.plusSeconds(60L * (i + 1))).direction(Direction.OUTBOUND)
          .kind(InteractionKind.MESSAGE).build());
    }

    byte[] packed = TouchStatsRows.pack(stats.parts());
    TouchStats unpacked = TouchStats.of(ADA, KeptWindows.defaults(), TouchStatsRows.unpack(packed));

    assertThat(stats.parts().awaitingKinds()).hasSize(3);
    assertThat(unpacked.parts()).usingRecursiveComparison().isEqualTo(stats.parts());
    assertThat(TouchStatsRows.pack(unpacked.parts())).isEqualTo(packed);
    assertThat(unpacked.summary(QUERY)).isEqualTo(stats.summary(QUERY));
  }

  @Test
  void givenDamagedBytes_unpack_saysWhatIsWrong() {
    TouchStats stats = new TouchStats(ADA, KeptWindows.defaults());
    stats.add(Touch.builder().contact(ADA).at(END.minusSeconds(86_400)).direction(Direction.OUTBOUND)
        .kind(InteractionKind.MESSAGE).build());
    byte[] packed = TouchStatsRows.pack(stats.parts());

    assertThatThrownBy(() -> TouchStatsRows.unpack(Arrays.copyOf(packed, 10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end early, after 10 bytes");
    assertThatThrownBy(() -> TouchStatsRows.unpack(Arrays.copyOf(packed, packed.length + 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 bytes left over");
    byte[] badKind = packed.clone();
    ByteBuffer.wrap(badKind).put(packed.length - 4 - 1, (byte) 99); // the one last kind, before the count of resources
    assertThatThrownBy(() -> TouchStatsRows.unpack(badKind))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no kind numbered 99");
    byte[] negativeSum = packed.clone();
    ByteBuffer.wrap(negativeSum).putDouble(8 + 4 + 8 + 4, -1.0);
    assertThatThrownBy(() -> TouchStats.of(ADA, KeptWindows.defaults(), TouchStatsRows.unpack(negativeSum)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sums must be finite and not negative");
  }
}
