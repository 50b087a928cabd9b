package dev.rapport.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import java.util.List;
import java.util.Map;

/**
 * What the rules judge, as of one day: the contacts, the summaries of their touches (all for
 * one query), the special days and the resources worth sharing.
 *
 * @param query the day, zone and windows the summaries were computed for
 * @param contacts every contact's relationship (a whole contact will do), archived ones included
 * @param summaries per contact; a contact with no touches may be missing
 * @param specialDays the special days, at least those that may fall in the span the rules look at
 * @param resources every resource
 */
public record Network(
    TouchSummaryQuery query, List<? extends Relationship> contacts, Map<ContactId, TouchSummary> summaries,
    List<SpecialDay> specialDays, List<Resource> resources) {

  /** @throws IllegalArgumentException when a summary was computed for another query */
  public Network {
    checkNotNull(query, "query");
    contacts = List.copyOf(contacts);
    summaries = ImmutableMap.copyOf(summaries); // no copy of a map the storage built immutable
    specialDays = List.copyOf(specialDays);
    resources = List.copyOf(resources);
    for (TouchSummary summary : summaries.values()) {
      checkArgument(summary.query().equals(query), "summary of %s is for %s, not %s", summary.contact(), summary.query(), query);
    }
  }

  /** The summary of a contact's touches, empty when they have none. */
  public TouchSummary summaryOf(ContactId contact) {
    TouchSummary summary = summaries.get(contact);
    return summary != null ? summary : TouchSummary.empty(contact, query);
  }

  /** The owner's outbound touches since the start of the as-of month, over every contact. */
  public int outreachThisMonth() {
    return summaries.values().stream().mapToInt(TouchSummary::outboundThisMonth).sum();
  }
}
