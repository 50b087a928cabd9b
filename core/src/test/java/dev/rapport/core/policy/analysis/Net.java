package dev.rapport.core.policy.analysis;

import dev.rapport.core.aggregates.ActivityTally;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.domain.ImmutableTouch;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Touch;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Small builders for hand-made networks in the analysis tests. */
final class Net {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  private Net() {}

  static ContactId id(long value) {
    return new ContactId(value);
  }

  static ImmutableContact.Builder contact(long id, String name) {
    return Contact.builder().id(id(id)).displayName(name);
  }

  static ImmutableTouch.Builder touch(long contact, LocalDate day, Direction direction, InteractionKind kind) {
    return Touch.builder().contact(id(contact)).at(day.atTime(12, 0).toInstant(ZoneOffset.UTC))
        .direction(direction).kind(kind);
  }

  static ActivityWindow window() {
    return AnalysisPolicy.defaults().activityWindow(ZoneOffset.UTC, AS_OF);
  }

  static NetworkActivity activity(List<Touch> touches) {
    return ActivityTally.of(window(), touches.stream().sorted(java.util.Comparator.comparing(Touch::at)).toList());
  }

  static Standing healthy() {
    return new Standing("HEALTHY", 60, true, false, List.of());
  }

  static Standing cooling() {
    return new Standing("COOLING", 40, false, false, List.of());
  }
}
