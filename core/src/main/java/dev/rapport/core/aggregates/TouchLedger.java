package dev.rapport.core.aggregates;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every contact's {@link TouchStats}, kept in memory as touches are written: what an in-memory
 * storage needs to answer {@link dev.rapport.core.port.out.TouchRepository#summaries} in time
 * proportional to its contacts rather than its touches, as a database adapter does with a table
 * of the same stats.
 */
public final class TouchLedger {

  private final KeptWindows windows;
  private final Map<ContactId, TouchStats> stats = new HashMap<>();

  /** An empty ledger keeping stats for {@code windows}. */
  public TouchLedger(KeptWindows windows) {
    this.windows = checkNotNull(windows, "windows");
  }

  /**
   * Counts a touch written; returns false, counting nothing, when it is older than the contact's
   * latest (history written late), after which the caller must {@link #rebuild} that contact.
   */
  public boolean append(Touch touch) {
    TouchStats kept = stats.computeIfAbsent(touch.contact(), contact -> new TouchStats(contact, windows));
    if (!kept.canAppend(touch.at())) {
      return false;
    }
    kept.add(touch);
    return true;
  }

  /** Counts a contact's touches again from all of them, oldest first; none forgets the contact. */
  public void rebuild(ContactId contact, List<Touch> touchesOldestFirst) {
    stats.remove(contact);
    touchesOldestFirst.forEach(this::append);
  }

  /** Forgets a contact's touches. */
  public void forget(ContactId contact) {
    stats.remove(contact);
  }

  /**
   * The summaries for {@code query}: from the kept stats where they {@link TouchStats#answers
   * answer} it, otherwise from the contact's touches (oldest first) as {@code touchesOf} gives them.
   */
  public Map<ContactId, TouchSummary> summaries(TouchSummaryQuery query, Function<ContactId, List<Touch>> touchesOf) {
    ImmutableMap.Builder<ContactId, TouchSummary> summaries = ImmutableMap.builderWithExpectedSize(stats.size());
    for (TouchStats kept : stats.values()) {
      if (kept.answers(query)) {
        summaries.put(kept.contact(), kept.summary(query));
      } else {
        summaries.putAll(TouchSummarizer.summarize(touchesOf.apply(kept.contact()), query));
      }
    }
    return summaries.buildOrThrow();
  }
}
