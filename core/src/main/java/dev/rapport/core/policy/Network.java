package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the rules judge, as of one day: the contacts, the summaries of their touches (all for
 * one query), the special days and the resources worth sharing.
 */
public final class Network {

  private final TouchSummaryQuery query;
  private final List<? extends Relationship> contacts;
  private final List<SpecialDay> specialDays;
  private final List<Resource> resources;
  // The rules look up every contact's summary, several times: by slot in an array, not in a map
  // of 30,000 entries scattered over the heap (a fifth of the agenda's time).
  private final IdSlots slots = new IdSlots();
  private final TouchSummary[] summaries;
  private final int outreachThisMonth;

  /**
   * @param query the day, zone and windows the summaries were computed for
   * @param contacts every contact's relationship (a whole contact will do), archived ones included
   * @param summaries per contact; a contact with no touches may be missing
   * @param specialDays the special days, at least those that may fall in the span the rules look at
   * @param resources every resource
   * @throws IllegalArgumentException when a summary was computed for another query
   */
  public Network(
      TouchSummaryQuery query, List<? extends Relationship> contacts, Map<ContactId, TouchSummary> summaries,
      List<SpecialDay> specialDays, List<Resource> resources) {
    this.query = checkNotNull(query, "query");
    // Copied whole: List.copyOf checks each element in a loop that a fresh JVM runs uncompiled.
    this.contacts = Collections.unmodifiableList(new ArrayList<>(contacts));
    this.specialDays = List.copyOf(specialDays);
    this.resources = List.copyOf(resources);
    this.summaries = new TouchSummary[summaries.size()];
    int outreach = 0; // summed here, while each summary is at hand: a second pass would fetch them all again
    for (TouchSummary summary : summaries.values()) {
      checkArgument(summary.query().equals(query), "summary of %s is for %s, not %s", summary.contact(), summary.query(), query);
      this.summaries[slots.slotOf(summary.contact())] = summary;
      outreach += summary.outboundThisMonth();
    }
    this.outreachThisMonth = outreach;
  }

  /** The day, zone and windows the summaries were computed for. */
  public TouchSummaryQuery query() {
    return query;
  }

  /** Every contact's relationship, archived ones included. */
  public List<? extends Relationship> contacts() {
    return contacts;
  }

  /** The special days, at least those that may fall in the span the rules look at. */
  public List<SpecialDay> specialDays() {
    return specialDays;
  }

  /** Every resource. */
  public List<Resource> resources() {
    return resources;
  }

  /** The summary of a contact's touches, empty when they have none. */
  public TouchSummary summaryOf(ContactId contact) {
    int slot = slots.find(contact);
    return slot >= 0 ? summaries[slot] : TouchSummary.empty(contact, query);
  }

  /** The owner's outbound touches since the start of the as-of month, over every contact. */
  public int outreachThisMonth() {
    return outreachThisMonth;
  }
}
