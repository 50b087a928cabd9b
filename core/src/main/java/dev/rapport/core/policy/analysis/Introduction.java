package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.domain.ContactId;
import java.util.List;

/**
 * A suggested introduction ("share their knowledge with others"): one contact is after
 * something another offers, and they have not been introduced yet.
 */
public record Introduction(ContactId seeker, String seekerName, ContactId helper, String helperName,
    List<String> topics, String reason) {

  /** @throws IllegalArgumentException when seeker and helper are the same or no topic is given */
  public Introduction {
    checkNotNull(seeker, "seeker");
    checkNotNull(helper, "helper");
    checkArgument(!seeker.equals(helper), "an introduction needs two contacts: %s", seeker);
    topics = ImmutableList.copyOf(topics);
    checkArgument(!topics.isEmpty(), "an introduction needs a topic: %s and %s", seeker, helper);
  }
}
