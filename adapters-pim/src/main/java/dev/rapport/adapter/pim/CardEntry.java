package dev.rapport.adapter.pim;

import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ImmutableContact;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ContactRef;
import dev.rapport.core.port.in.imports.ImmutableImportBatch;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportSource;
import dev.rapport.core.port.in.imports.NoteDraft;
import dev.rapport.core.port.in.imports.Origin;
import dev.rapport.core.port.in.imports.SpecialDayDraft;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.Email;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.VCardProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One card as a contact draft with its special days and notes: the fields of SPEC §10, each
 * read from where the clients put it; what is wrong with the card becomes a problem at its line.
 */
final class CardEntry {

  /** The name an import of vCards goes by in reports. */
  static final String SOURCE = "vCard";
  /** The channel of a LinkedIn profile URL, as the CSV importers name it: the same match key. */
  static final String LINKEDIN = "LinkedIn";
  /** The title of the special day a card's ANNIVERSARY becomes (a PERSONAL_EVENT: a wedding anniversary). */
  static final String ANNIVERSARY = "anniversary";
  /** Where 3.0 clients keep an anniversary (Thunderbird and KDE, Evolution, Outlook). */
  static final List<String> ANNIVERSARY_EXTENSIONS =
      List.of("X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-KADDRESSBOOK-X-ANNIVERSARY");
  /** Apple's dates with a label in the same group ({@code item1.X-ABDATE}, {@code item1.X-ABLabel}). */
  static final String APPLE_DATE = "X-ABDATE";
  static final String APPLE_LABEL = "X-ABLABEL";
  static final String SOCIAL_PROFILE = "X-SOCIALPROFILE";
  /** Labels address books give everyone, which say nothing about the person. */
  private static final Set<String> SYSTEM_CATEGORIES = Set.of("mycontacts", "my contacts", "starred");

  private final VCard card;
  private final Origin origin;
  private final List<ImportProblem> problems;
  private boolean broken;

  private CardEntry(VCard card, Origin origin, List<ImportProblem> problems) {
    this.card = card;
    this.origin = origin;
    this.problems = problems;
  }

  /**
   * Hands the card's contact to {@code contacts}, its days and notes to the batch, and its
   * problems to {@code problems}; false when it names nobody (no name, company or address).
   */
  static boolean addTo(VCard card, Origin origin, List<ImportProblem> problems, ImmutableImportBatch.Builder batch,
      ImportSource.Contacts contacts) {
    return new CardEntry(card, origin, problems).addTo(batch, contacts);
  }

  private boolean addTo(ImmutableImportBatch.Builder batch, ImportSource.Contacts contacts) {
    StructuredName n = card.getStructuredName();
    String given = n == null ? "" : text(n.getGiven());
    String family = n == null ? "" : text(n.getFamily());
    String company = card.getOrganization() == null || card.getOrganization().getValues().isEmpty() ? ""
        : text(card.getOrganization().getValues().get(0));
    List<String> emails = emails();
    Optional<PartialDate> birthday = day(card.getBirthdays(), "BDAY");
    Optional<PartialDate> anniversary = day(card.getAnniversaries(), "ANNIVERSARY")
        .or(() -> extensionDay(ANNIVERSARY_EXTENSIONS));
    List<SpecialDayDraft> days = new ArrayList<>();
    String name = displayName(given, n, company, emails);
    if (broken) {
      return true;
    }
    if (name.isEmpty()) {
      return false;
    }
    ImmutableContact.Builder details = ContactDraft.details(name)
        .givenName(optional(given)).familyName(optional(family))
        .company(optional(company)).title(optional(first(card.getTitles())))
        .location(location()).emails(emails).phones(phones()).tags(tags())
        .channelProfiles(linkedInProfiles());
    String key = origin.file() + ':' + origin.line();
    contacts.add(new ContactDraft(key, origin, details.build()));
    ContactRef ref = ContactRef.key(key);
    birthday.ifPresent(day -> days.add(day(ref, SpecialDayKind.BIRTHDAY, day, Optional.empty())));
    anniversary.ifPresent(day -> days.add(day(ref, SpecialDayKind.PERSONAL_EVENT, day, Optional.of(ANNIVERSARY))));
    appleDates(ref, anniversary.isPresent(), days);
    batch.addAllSpecialDays(days);
    for (ezvcard.property.Note note : card.getNotes()) {
      String text = text(note.getValue());
      if (!text.isEmpty()) {
        batch.addNotes(new NoteDraft(ref, Optional.empty(), text, origin));
      }
    }
    return true;
  }

  private SpecialDayDraft day(ContactRef ref, SpecialDayKind kind, PartialDate date, Optional<String> title) {
    return new SpecialDayDraft(Optional.of(ref), kind, date, true, title, origin);
  }

  private String displayName(String given, StructuredName n, String company, List<String> emails) {
    String formatted = card.getFormattedName() == null ? "" : text(card.getFormattedName().getValue());
    if (!formatted.isEmpty()) {
      return formatted;
    }
    List<String> parts = new ArrayList<>();
    parts.add(given);
    if (n != null) {
      n.getAdditionalNames().forEach(parts::add);
      parts.add(text(n.getFamily()));
    }
    String joined = String.join(" ", parts.stream().map(CardEntry::text).filter(s -> !s.isEmpty()).toList());
    if (!joined.isEmpty()) {
      return joined;
    }
    String nickname = card.getNickname() == null || card.getNickname().getValues().isEmpty() ? ""
        : text(card.getNickname().getValues().get(0));
    return !nickname.isEmpty() ? nickname : !company.isEmpty() ? company : emails.isEmpty() ? "" : emails.get(0);
  }

  /** The addresses, preferred first, each once; one that is no address is a problem. */
  private List<String> emails() {
    List<Email> sorted = new ArrayList<>(card.getEmails());
    sorted.sort(Comparator.comparingInt(CardEntry::preference));
    List<String> emails = new ArrayList<>();
    for (Email email : sorted) {
      String address = text(email.getValue());
      if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
        address = address.substring(7).strip();
      }
      if (address.isEmpty()) {
        continue;
      }
      if (!Contact.isEmailAddress(address)) {
        fail("EMAIL: expected an e-mail address like name@example.org, found '" + address + "'");
      } else if (emails.stream().noneMatch(address::equalsIgnoreCase)) {
        emails.add(address);
      }
    }
    return emails;
  }

  private List<String> phones() {
    List<Telephone> sorted = new ArrayList<>(card.getTelephoneNumbers());
    sorted.sort(Comparator.comparingInt(CardEntry::preference));
    List<String> phones = new ArrayList<>();
    for (Telephone phone : sorted) {
      String number = phone.getText() != null ? text(phone.getText())
          : phone.getUri() == null ? "" : text(phone.getUri().getNumber())
              + (phone.getUri().getExtension() == null ? "" : " ext. " + phone.getUri().getExtension());
      if (!number.isEmpty() && !phones.contains(number)) {
        phones.add(number);
      }
    }
    return phones;
  }

  /** 4.0's PREF=1 first, then 3.0's TYPE=pref, then the rest in file order (the sort is stable). */
  private static int preference(VCardProperty property) {
    String pref = property.getParameter("PREF");
    if (pref != null) {
      try {
        return Integer.parseInt(pref.strip());
      } catch (NumberFormatException e) {
        return 100;
      }
    }
    for (String type : property.getParameters("TYPE")) {
      if (type.equalsIgnoreCase("pref")) {
        return 100;
      }
    }
    return 101;
  }

  private Location location() {
    List<Address> sorted = new ArrayList<>(card.getAddresses());
    sorted.sort(Comparator.comparingInt(CardEntry::preference));
    for (Address address : sorted) {
      Location location = Location.of(address.getLocality(), address.getRegion(), address.getCountry());
      if (!location.isUnknown()) {
        return location;
      }
    }
    return Location.unknown();
  }

  private Set<String> tags() {
    Set<String> tags = new LinkedHashSet<>();
    for (ezvcard.property.Categories categories : card.getCategoriesList()) {
      for (String value : categories.getValues()) {
        String tag = text(value);
        if (!tag.isEmpty() && !SYSTEM_CATEGORIES.contains(tag.toLowerCase(Locale.ROOT))) {
          tags.add(tag);
        }
      }
    }
    return tags;
  }

  /** URLs and Apple's social profiles that are LinkedIn profiles: the match key they are in the CSV importers. */
  private List<ChannelProfile> linkedInProfiles() {
    List<String> urls = new ArrayList<>();
    card.getUrls().forEach(url -> urls.add(text(url.getValue())));
    card.getExtendedProperties(SOCIAL_PROFILE).forEach(profile -> urls.add(text(profile.getValue())));
    List<ChannelProfile> profiles = new ArrayList<>();
    for (String url : urls) {
      String plain = url.replace("\\:", ":");
      if (plain.toLowerCase(Locale.ROOT).contains("linkedin.com/in/")
          && profiles.stream().noneMatch(p -> p.handle().equals(plain))) {
        profiles.add(new ChannelProfile(LINKEDIN, plain));
      }
    }
    return profiles;
  }

  /** The first of the properties that holds a day; a problem when some are there and none holds one. */
  private Optional<PartialDate> day(List<? extends DateOrTimeProperty> properties, String name) {
    for (DateOrTimeProperty property : properties) {
      Optional<PartialDate> day = CardDates.of(property);
      if (day.isPresent()) {
        return day;
      }
    }
    if (!properties.isEmpty()) {
      DateOrTimeProperty property = properties.get(0);
      String found = property.getText() != null ? property.getText()
          : property.getPartialDate() != null ? property.getPartialDate().toString() : String.valueOf(property.getDate());
      fail(name + ": expected " + CardDates.EXPECTED + ", found '" + found + "'");
    }
    return Optional.empty();
  }

  private Optional<PartialDate> extensionDay(List<String> names) {
    for (String name : names) {
      for (RawProperty property : card.getExtendedProperties(name)) {
        Optional<PartialDate> day = CardDates.parse(property.getValue(), property.getParameter(CardDates.OMIT_YEAR));
        if (day.isPresent()) {
          return day;
        }
        fail(name + ": expected " + CardDates.EXPECTED + ", found '" + property.getValue() + "'");
      }
    }
    return Optional.empty();
  }

  /**
   * Apple's labelled dates: {@code _$!<Anniversary>!$_} is the anniversary (unless the card has one
   * already), any other label a recurring personal event with the label as its title.
   */
  private void appleDates(ContactRef ref, boolean hasAnniversary, List<SpecialDayDraft> days) {
    for (RawProperty date : card.getExtendedProperties(APPLE_DATE)) {
      Optional<PartialDate> day = CardDates.parse(date.getValue(), date.getParameter(CardDates.OMIT_YEAR));
      if (day.isEmpty()) {
        fail(APPLE_DATE + ": expected " + CardDates.EXPECTED + ", found '" + date.getValue() + "'");
        continue;
      }
      Optional<String> label = label(date.getGroup());
      if (label.isPresent() && label.get().equalsIgnoreCase(ANNIVERSARY)) {
        if (!hasAnniversary) {
          days.add(day(ref, SpecialDayKind.PERSONAL_EVENT, day.get(), Optional.of(ANNIVERSARY)));
          hasAnniversary = true;
        }
      } else {
        days.add(day(ref, SpecialDayKind.PERSONAL_EVENT, day.get(), label));
      }
    }
  }

  /** The X-ABLabel of a group, Apple's own labels ({@code _$!<Anniversary>!$_}) unwrapped. */
  private Optional<String> label(String group) {
    if (group == null) {
      return Optional.empty();
    }
    for (RawProperty label : card.getExtendedProperties(APPLE_LABEL)) {
      if (group.equalsIgnoreCase(label.getGroup())) {
        String text = text(label.getValue());
        if (text.startsWith("_$!<") && text.endsWith(">!$_")) {
          text = text.substring(4, text.length() - 4);
        }
        return optional(text.toLowerCase(Locale.ROOT).equals(ANNIVERSARY) ? ANNIVERSARY : text);
      }
    }
    return Optional.empty();
  }

  private void fail(String message) {
    problems.add(ImportProblem.at(origin, message));
    broken = true;
  }

  private static String first(List<? extends ezvcard.property.TextProperty> properties) {
    return properties.isEmpty() ? "" : text(properties.get(0).getValue());
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  private static Optional<String> optional(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
