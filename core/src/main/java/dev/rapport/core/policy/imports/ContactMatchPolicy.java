package dev.rapport.core.policy.imports;

import dev.rapport.core.port.in.imports.ContactDraft;
import java.util.List;
import java.util.function.Function;

/**
 * How an import recognises an incoming contact as one it has (SPEC §8): the rules are tried in
 * the order {@link #allCurrentPolicies()} lists them, and the first that finds a contact wins.
 * Keys are compared normalized ({@link dev.rapport.core.port.in.imports.MatchKeys}).
 */
public enum ContactMatchPolicy {

  /** An e-mail address is one person's: a draft sharing any address with a contact is that contact. */
  SAME_EMAIL {
    @Override
    public <T> T find(ContactDraft draft, ContactLookup<T> contacts) {
      return firstFound(draft.emailKeys(), contacts::byEmail);
    }
  },

  /** A profile on a networking site is one person's, like an address. */
  SAME_PROFILE {
    @Override
    public <T> T find(ContactDraft draft, ContactLookup<T> contacts) {
      return firstFound(draft.profileKeys(), contacts::byProfile);
    }
  },

  /**
   * Without a profile to tell people apart, the same name at the same company is the same person;
   * a contact is still found under the company it had before this import changed it.
   */
  SAME_NAME_AND_COMPANY {
    @Override
    public <T> T find(ContactDraft draft, ContactLookup<T> contacts) {
      if (!draft.profileKeys().isEmpty()) {
        return null;
      }
      return contacts.byNameAndCompany(draft.details().displayName(), draft.details().company());
    }
  },

  /**
   * A draft with profiles matches by name and company only a contact that has none: two namesakes
   * at one company who both have profiles are told apart by them.
   */
  SAME_NAME_AND_COMPANY_WITHOUT_PROFILES {
    @Override
    public <T> T find(ContactDraft draft, ContactLookup<T> contacts) {
      if (draft.profileKeys().isEmpty()) {
        return null;
      }
      return contacts.byNameAndCompanyWithoutProfiles(draft.details().displayName(), draft.details().company());
    }
  };

  private static final List<ContactMatchPolicy> ALL = List.of(values());

  /** The contact this rule recognises in {@code draft} among {@code contacts}, or null when it finds none. */
  public abstract <T> T find(ContactDraft draft, ContactLookup<T> contacts);

  /** Every rule, in the order they are tried. */
  public static List<ContactMatchPolicy> allCurrentPolicies() {
    return ALL;
  }

  /** The contact found under the first key that finds one, or null. */
  private static <T> T firstFound(List<String> keys, Function<String, T> lookup) {
    // by index: these lists are mostly empty or single, and an iterator for each costs more than the work
    for (int i = 0; i < keys.size(); i++) {
      T found = lookup.apply(keys.get(i));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The contact the first rule that finds one finds, or null: the draft is someone new. */
  public static <T> T match(ContactDraft draft, ContactLookup<T> contacts) {
    for (int i = 0; i < ALL.size(); i++) {
      T found = ALL.get(i).find(draft, contacts);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
