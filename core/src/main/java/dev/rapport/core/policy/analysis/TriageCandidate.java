package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.domain.Contact;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An untriaged contact in the triage queue, with why it is worth sorting soon.
 *
 * @param contact the contact
 * @param score the weights of its signals added up; 0 when there is none
 * @param signals the signals in words, such as "wrote to you on 2026-11-20" or "connected 2026-11-20"
 * @param lastDay the latest of the last touch and the day connected, if either is known
 */
public record TriageCandidate(Contact contact, double score, List<String> signals, Optional<LocalDate> lastDay) {

  /** @throws IllegalArgumentException for a negative score */
  public TriageCandidate {
    checkNotNull(contact, "contact");
    checkArgument(score >= 0, "score must not be negative: %s", score);
    signals = List.copyOf(signals);
    checkNotNull(lastDay, "lastDay");
  }
}
