package dev.rapport.core.port.out;

import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Outgoing persistence port for touches (interactions). */
public interface TouchRepository {

  /** Records one touch. */
  void add(Touch touch);

  /** Records many touches at once (an import); all or nothing within the caller's transaction. */
  void addAll(Collection<Touch> touches);

  /** The contact's touches, oldest first; empty for an unknown id. */
  List<Touch> forContact(ContactId contact);

  /** Every touch, oldest first, ties by contact id. */
  List<Touch> findAll();

  /**
   * Hands over the contact and {@linkplain Touch#externalKey() source key} of every touch that has
   * one, in no particular order: what an import checks its keyed touches against. By default read
   * from {@link #findAll()}; a database adapter may read just these two columns.
   */
  default void forEachExternalKey(BiConsumer<ContactId, String> action) {
    for (Touch touch : findAll()) {
      touch.externalKey().ifPresent(key -> action.accept(touch.contact(), key));
    }
  }

  /**
   * Hands every touch to {@code action} by contact id, each contact's oldest first (ties in the
   * order recorded). By default taken from {@link #findAll()}; a database adapter streams them
   * from one query, so they are never all in memory.
   */
  default void eachByContact(Consumer<? super Touch> action) {
    List<Touch> all = new ArrayList<>(findAll());
    all.sort(Comparator.comparing(Touch::contact)); // stable: each contact's stay oldest first
    all.forEach(action);
  }

  /** Deletes the contact's touches, including introductions to them; returns how many went. */
  int deleteForContact(ContactId contact);

  /**
   * Per-contact aggregates of every touch before {@code query.until()}, for the rules; contacts
   * with no such touch have no entry. The definitions are on {@link TouchSummary}; a store may keep
   * aggregates as touches are written or compute them in one pass (the toolkit in
   * {@code dev.rapport.core.aggregates} does either).
   */
  Map<ContactId, TouchSummary> summaries(TouchSummaryQuery query);

  /** The aggregates of one contact's touches; empty (never missing) when none counts. */
  TouchSummary summary(ContactId contact, TouchSummaryQuery query);

  /**
   * The touch aggregates of the network analysis over {@code window}: counts per contact, per
   * channel and month, per month and per quarter, resources shared and introductions made (the
   * definitions are on {@link NetworkActivity}).
   */
  NetworkActivity activity(ActivityWindow window);
}
