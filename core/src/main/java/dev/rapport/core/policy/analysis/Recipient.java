package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Tier;
import java.util.List;

/**
 * A contact a resource suits: the interests and goals of theirs its topics meet, how relevant it
 * is (the number of such matches) and why, in a sentence.
 */
public record Recipient(ContactId contact, String name, Tier tier, List<String> interests, List<String> goals,
    int relevance, String reason) {

  /** @throws IllegalArgumentException when nothing matched */
  public Recipient {
    checkNotNull(contact, "contact");
    checkNotNull(tier, "tier");
    interests = ImmutableList.copyOf(interests);
    goals = ImmutableList.copyOf(goals);
    checkArgument(relevance >= 1 && relevance == interests.size() + goals.size(),
        "recipient relevance must count the matched interests and goals: %s", relevance);
  }
}
