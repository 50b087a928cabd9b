package dev.rapport.core.port.in.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** A resource an import source holds, with the key the batch's touches name it by. */
public record ResourceDraft(String key, String title, Optional<String> link, Set<String> topics, LocalDate foundOn,
    Origin origin) {

  /** @throws IllegalArgumentException when the key or title is blank */
  public ResourceDraft {
    checkArgument(key != null && !key.isBlank(), "resource draft key must not be blank: '%s'", key);
    checkArgument(title != null && !title.isBlank(), "resource title must not be blank: '%s'", title);
    checkNotNull(link, "resource link");
    topics = ImmutableSet.copyOf(topics);
    checkNotNull(foundOn, "resource foundOn");
    checkNotNull(origin, "resource origin");
  }
}
