package dev.rapport.core.policy;

import dev.rapport.core.aggregates.TouchSummarizer;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/** Small builders for the rule tests: contacts, touches on days (at noon in the zone), summaries. */
final class Fixtures {

  static final ZoneId UTC = ZoneOffset.UTC;

  private Fixtures() {}

  static Contact contact(long id, String name, Tier tier) {
    return Contact.builder().id(new ContactId(id)).displayName(name).tier(tier).build();
  }

  static Touch touch(long contact, LocalDate day, Direction direction, InteractionKind kind) {
    return touch(contact, day, direction, kind, UTC);
  }

  static Touch touch(long contact, LocalDate day, Direction direction, InteractionKind kind, ZoneId zone) {
    return Touch.builder().contact(new ContactId(contact)).at(day.atTime(12, 0).atZone(zone).toInstant())
        .direction(direction).kind(kind).build();
  }

  static Touch out(long contact, LocalDate day) {
    return touch(contact, day, Direction.OUTBOUND, InteractionKind.MESSAGE);
  }

  static Touch in(long contact, LocalDate day) {
    return touch(contact, day, Direction.INBOUND, InteractionKind.MESSAGE);
  }

  static TouchSummaryQuery query(LocalDate asOf) {
    return HealthPolicy.defaults().queryAsOf(asOf, UTC);
  }

  /** The summary of one contact's touches (sorted oldest first here, as storage hands them over). */
  static TouchSummary summary(Contact contact, LocalDate asOf, List<Touch> touches) {
    return summary(contact, HealthPolicy.defaults().queryAsOf(asOf, UTC), touches);
  }

  static TouchSummary summary(Contact contact, TouchSummaryQuery query, List<Touch> touches) {
    List<Touch> sorted = touches.stream().sorted(Comparator.comparing(Touch::at)).toList();
    return TouchSummarizer.summarize(sorted, query).getOrDefault(contact.id(), TouchSummary.empty(contact.id(), query));
  }
}
