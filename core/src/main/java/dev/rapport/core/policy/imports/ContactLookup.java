package dev.rapport.core.policy.imports;

import java.util.Optional;

/**
 * The contacts an import may match a draft to, looked up by one kind of key each; the import says
 * which of them are still free to match (a source of distinct people matches each contact once).
 *
 * @param <T> how the import holds a contact it plans
 */
public interface ContactLookup<T> {

  /** The first free contact with this normalized e-mail address, or null. */
  T byEmail(String emailKey);

  /** The first free contact with this normalized channel profile, or null. */
  T byProfile(String profileKey);

  /** The first free contact with this name at this company (or once at it, before this import), or null. */
  T byNameAndCompany(String name, Optional<String> company);

  /** The first free contact with this name at this company that has no channel profile, or null. */
  T byNameAndCompanyWithoutProfiles(String name, Optional<String> company);
}
