package dev.rapport.core.port.in.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * How an imported touch, note or day names its contact: by the key of a contact draft in the same
 * batch, or by what identifies a person (e-mail, profile URL, name) among the contacts already known.
 */
public record ContactRef(Optional<String> key, Optional<String> email, Optional<String> profileUrl, Optional<String> name) {

  /** @throws IllegalArgumentException when the reference names nothing */
  public ContactRef {
    checkNotNull(key, "key");
    checkNotNull(email, "email");
    checkNotNull(profileUrl, "profileUrl");
    checkNotNull(name, "name");
    key = key.filter(s -> !s.isBlank());
    email = email.map(String::strip).filter(s -> !s.isEmpty());
    profileUrl = profileUrl.map(String::strip).filter(s -> !s.isEmpty());
    name = name.map(String::strip).filter(s -> !s.isEmpty());
    checkArgument(key.isPresent() || email.isPresent() || profileUrl.isPresent() || name.isPresent(),
        "contact reference must name someone");
  }

  /** The contact drafted under {@code key} in the same batch. */
  public static ContactRef key(String key) {
    return new ContactRef(Optional.of(key), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A person known by any of these (each may be null or blank). */
  public static ContactRef person(String name, String email, String profileUrl) {
    return new ContactRef(Optional.empty(), Optional.ofNullable(email), Optional.ofNullable(profileUrl),
        Optional.ofNullable(name));
  }

  @Override
  public String toString() {
    return key.or(() -> name).or(() -> email).or(() -> profileUrl).orElse("?");
  }
}
