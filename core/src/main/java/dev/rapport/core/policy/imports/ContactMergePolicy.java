package dev.rapport.core.policy.imports;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.MatchKeys;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How an incoming contact merges into the one the import matched it to (SPEC §8), rule by rule,
 * applied in the order {@link #allCurrentPolicies()} lists them. The owner's file wins: a value it
 * lacks is taken, one that differs is reported as a conflict, never overwritten — except a new
 * role shown by the very source the role came from.
 */
public enum ContactMergePolicy {

  /**
   * The source a contact's role came from showing another company or title is a new role: take it,
   * keep the old one in a note and mark the day (the seed's "congratulate them on a new role").
   * Only against what the network held: two rows of one import that disagree conflict.
   */
  NEW_ROLE_FROM_ITS_SOURCE {
    @Override
    void apply(ContactMerge merge) {
      Contact known = merge.known();
      Contact incoming = merge.incoming();
      if (merge.inTheNetwork() && merge.fromTheSourceOfItsRole()
          && (differs(known.company(), incoming.company(), MatchKeys::company)
              || differs(known.title(), incoming.title(), MatchKeys::name))) {
        merge.takeNewRole();
      }
    }
  },

  /** Any other source's company or title fills a gap but is reported where it differs: it may be stale. */
  ROLE_FROM_ELSEWHERE_FILLS_GAPS {
    @Override
    void apply(ContactMerge merge) {
      if (!merge.isJobChange()) {
        merge.scalar("company", Contact::company, ImmutableContact.Builder::company);
        merge.scalar("title", Contact::title, ImmutableContact.Builder::title);
      }
    }
  },

  /** A name written otherwise (case, accents, spacing) is the same name; another name is reported: the owner chose it. */
  NAME_IS_KEPT {
    @Override
    void apply(ContactMerge merge) {
      String known = merge.known().displayName();
      String incoming = merge.incoming().displayName();
      if (!known.equals(incoming) && !MatchKeys.name(known).equals(MatchKeys.name(incoming))) {
        merge.conflict("displayName", known, incoming);
      }
    }
  },

  /** A detail the file lacks is taken; one that differs is reported, not overwritten. */
  DETAILS_FILL_GAPS {
    @Override
    void apply(ContactMerge merge) {
      merge.scalar("givenName", Contact::givenName, ImmutableContact.Builder::givenName);
      merge.scalar("familyName", Contact::familyName, ImmutableContact.Builder::familyName);
      merge.scalar("seniority", Contact::seniority, ImmutableContact.Builder::seniority);
      merge.scalar("industry", Contact::industry, ImmutableContact.Builder::industry);
      merge.scalar("cadence", Contact::cadence, ImmutableContact.Builder::cadence);
    }
  },

  /**
   * A source whose role for them was not taken does not become their source: a later import of it
   * would read the kept role as a job change.
   */
  SOURCE_FOLLOWS_THE_ROLE_TAKEN {
    @Override
    void apply(ContactMerge merge) {
      if (!merge.reported("company") && !merge.reported("title")) {
        merge.scalar("sourceChannel", Contact::sourceChannel, ImmutableContact.Builder::sourceChannel);
      }
    }
  },

  /** Dates the file lacks are taken; differing ones are reported. */
  DATES_FILL_GAPS {
    @Override
    void apply(ContactMerge merge) {
      merge.scalar("connectedOn", Contact::connectedOn, ImmutableContact.Builder::connectedOn);
      merge.scalar("snoozedUntil", Contact::snoozedUntil, ImmutableContact.Builder::snoozedUntil);
    }
  },

  /** An unknown location is filled in; a known one that differs is reported. */
  LOCATION_FILLS_GAPS {
    @Override
    void apply(ContactMerge merge) {
      Contact known = merge.known();
      Contact incoming = merge.incoming();
      if (known.location().isUnknown()) {
        if (!incoming.location().isUnknown()) {
          merge.change(b -> b.location(incoming.location()));
        }
      } else if (!incoming.location().isUnknown() && !known.location().equals(incoming.location())) {
        merge.conflict("location", known.location().toString(), incoming.location().toString());
      }
    }
  },

  /**
   * The default tier says nothing: an incoming one replaces only the default, and a tier the owner
   * chose that differs is reported.
   */
  CHOSEN_TIER_IS_KEPT {
    @Override
    void apply(ContactMerge merge) {
      Tier known = merge.known().tier();
      Tier incoming = merge.incoming().tier();
      if (known != incoming && incoming != DEFAULT_TIER) {
        if (known == DEFAULT_TIER) {
          merge.change(b -> b.tier(incoming));
        } else {
          merge.conflict("tier", known.toString(), incoming.toString());
        }
      }
    }
  },

  /** Archiving is the owner's decision: a difference is reported, never taken. */
  ARCHIVING_IS_THE_OWNERS {
    @Override
    void apply(ContactMerge merge) {
      boolean known = merge.known().archived();
      boolean incoming = merge.incoming().archived();
      if (known != incoming) {
        merge.conflict("archived", Boolean.toString(known), Boolean.toString(incoming));
      }
    }
  },

  /** A person has many addresses, numbers and profiles: those the file lacks are added, compared normalized. */
  ADDRESSES_ADD_UP {
    @Override
    void apply(ContactMerge merge) {
      merge.union(Contact::emails, MatchKeys::email, ImmutableContact.Builder::emails);
      merge.union(Contact::phones, p -> p.replaceAll("[^0-9+]", ""), ImmutableContact.Builder::phones);
      merge.union(Contact::channelProfiles, p -> MatchKeys.profile(p.handle()), ImmutableContact.Builder::channelProfiles);
    }
  },

  /** Tags, interests, goals, offers and watch keywords add up: an import adds, never removes. */
  LABELS_ADD_UP {
    @Override
    void apply(ContactMerge merge) {
      merge.adding(Contact::tags, ImmutableContact.Builder::addAllTags);
      merge.adding(Contact::interests, ImmutableContact.Builder::addAllInterests);
      merge.adding(Contact::goals, ImmutableContact.Builder::addAllGoals);
      merge.adding(Contact::offers, ImmutableContact.Builder::addAllOffers);
      merge.adding(Contact::watchKeywords, ImmutableContact.Builder::addAllWatchKeywords);
    }
  };

  private static final List<ContactMergePolicy> ALL = List.of(values());

  /** The tier a contact has when nobody chose one. */
  private static final Tier DEFAULT_TIER = ContactDraft.details("anyone").build().tier();

  /** Decides this rule's part of {@code merge}. */
  abstract void apply(ContactMerge merge);

  /** Every rule, in the order they are applied: later rules read what earlier ones decided. */
  public static List<ContactMergePolicy> allCurrentPolicies() {
    return ALL;
  }

  private static boolean differs(Optional<String> known, Optional<String> incoming, Function<String, String> normalize) {
    return known.isPresent() && incoming.isPresent() && !known.get().equals(incoming.get())
        && !normalize.apply(known.get()).equals(normalize.apply(incoming.get()));
  }
}
