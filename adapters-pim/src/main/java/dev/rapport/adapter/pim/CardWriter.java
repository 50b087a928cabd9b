package dev.rapport.adapter.pim;

import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.port.in.ExportException;
import dev.rapport.core.port.in.ManageContactsUseCase;
import dev.rapport.core.port.in.RecordActivityUseCase;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the network as one {@code .vcf}, a card a contact, in the fields {@link CardEntry} reads
 * back. The file is written beside the target and moved over it, so a failed export leaves the
 * old file whole.
 */
final class CardWriter {

  /** The leap year Apple writes for a day whose year is not known (vCard 3.0 has no date without a year). */
  private static final int NO_YEAR = 1604;

  private CardWriter() {}

  static int write(ManageContactsUseCase contactFiles, RecordActivityUseCase activity, Path file, VCardVersion version) {
    List<Contact> contacts = contactFiles.list();
    Map<ContactId, List<SpecialDay>> days = new HashMap<>();
    for (SpecialDay day : activity.specialDays()) {
      day.contact().ifPresent(id -> days.computeIfAbsent(id, k -> new ArrayList<>()).add(day));
    }
    Path temp = temporary(file);
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
          VCardWriter writer = new VCardWriter(out, version)) {
        writer.setAddProdId(false);
        for (Contact contact : contacts) {
          writer.write(card(contact, contactFiles.notes(contact.id()), days.getOrDefault(contact.id(), List.of()), version));
        }
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new ExportException("could not write " + file + ": " + e, e);
    }
    return contacts.size();
  }

  static Path temporary(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      return Files.createTempFile(dir, "." + file.getFileName(), ".part");
    } catch (IOException e) {
      throw new ExportException("could not write " + file + ": " + e, e);
    }
  }

  static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the export has failed already; a leftover .part file is named for what it was
    }
  }

  static VCard card(Contact contact, List<Note> notes, List<SpecialDay> days, VCardVersion version) {
    VCard card = new VCard(version);
    card.setUid(new Uid("urn:uuid:" + uuid("contact", contact.id().value())));
    card.setFormattedName(contact.displayName());
    if (contact.givenName().isPresent() || contact.familyName().isPresent() || version != VCardVersion.V4_0) {
      StructuredName name = new StructuredName();
      name.setGiven(contact.givenName().orElse(null));
      name.setFamily(contact.familyName().orElse(null));
      card.setStructuredName(name);
    }
    for (int i = 0; i < contact.emails().size(); i++) {
      Email email = new Email(contact.emails().get(i));
      if (i == 0) {
        email.setPref(1);
      }
      card.addEmail(email);
    }
    for (int i = 0; i < contact.phones().size(); i++) {
      Telephone phone = new Telephone(contact.phones().get(i));
      if (i == 0) {
        phone.setPref(1);
      }
      card.addTelephoneNumber(phone);
    }
    contact.company().ifPresent(company -> {
      Organization org = new Organization();
      org.getValues().add(company);
      card.setOrganization(org);
    });
    contact.title().ifPresent(card::addTitle);
    if (!contact.location().isUnknown()) {
      Address address = new Address();
      address.setLocality(contact.location().city().orElse(null));
      address.setRegion(contact.location().region().orElse(null));
      address.setCountry(contact.location().country().orElse(null));
      card.addAddress(address);
    }
    if (!contact.tags().isEmpty()) {
      Categories categories = new Categories();
      categories.getValues().addAll(contact.tags());
      card.addCategories(categories);
    }
    for (ChannelProfile profile : contact.channelProfiles()) {
      if (profile.channel().equals(CardEntry.LINKEDIN)) {
        card.addUrl(profile.handle());
      }
    }
    days(card, days, version);
    for (Note note : notes) {
      card.addNote(note.text());
    }
    return card;
  }

  /** The birthday, the anniversary and the other yearly personal days (as Apple's labelled dates). */
  private static void days(VCard card, List<SpecialDay> days, VCardVersion version) {
    boolean birthday = false;
    boolean anniversary = false;
    int group = 0;
    for (SpecialDay day : days) {
      if (day.kind() == SpecialDayKind.BIRTHDAY && !birthday) {
        birthday = true;
        card.setBirthday(omitYear(day.date(), version,
            wholeDate(day.date(), version) ? new Birthday(whole(day.date())) : new Birthday(partial(day.date()))));
      } else if (isAnniversary(day) && !anniversary) {
        anniversary = true;
        if (version == VCardVersion.V4_0) {
          card.setAnniversary(day.date().year().isPresent() ? new Anniversary(whole(day.date()))
              : new Anniversary(partial(day.date())));
        } else {
          extensionDate(card, CardEntry.ANNIVERSARY_EXTENSIONS.get(0), null, day.date());
        }
      } else if (day.kind() == SpecialDayKind.PERSONAL_EVENT && day.recurring() && !isAnniversary(day)) {
        String item = "item" + ++group;
        extensionDate(card, CardEntry.APPLE_DATE, item, day.date());
        day.title().ifPresent(title -> card.addExtendedProperty("X-ABLabel", title).setGroup(item));
      }
    }
  }

  private static boolean isAnniversary(SpecialDay day) {
    return day.kind() == SpecialDayKind.PERSONAL_EVENT && day.recurring()
        && day.title().map(t -> t.equalsIgnoreCase(CardEntry.ANNIVERSARY)).orElse(false);
  }

  /** 4.0 writes a day without a year as {@code --MMDD}; 3.0 has none, so it is written as Apple does (below). */
  private static boolean wholeDate(PartialDate day, VCardVersion version) {
    return day.year().isPresent() || version != VCardVersion.V4_0;
  }

  /** The day in its year, or in a leap year that X-APPLE-OMIT-YEAR names as no year. */
  private static LocalDate whole(PartialDate day) {
    return day.in(day.year().map(year -> year.getValue()).orElse(NO_YEAR));
  }

  private static ezvcard.util.PartialDate partial(PartialDate day) {
    return ezvcard.util.PartialDate.builder()
        .month(day.monthDay().getMonthValue()).date(day.monthDay().getDayOfMonth()).build();
  }

  private static <P extends DateOrTimeProperty> P omitYear(PartialDate day, VCardVersion version, P property) {
    if (day.year().isEmpty() && version != VCardVersion.V4_0) {
      property.setParameter(CardDates.OMIT_YEAR, String.valueOf(NO_YEAR));
    }
    return property;
  }

  private static void extensionDate(VCard card, String name, String group, PartialDate day) {
    RawProperty property = card.addExtendedProperty(name, whole(day).toString());
    property.setGroup(group);
    if (day.year().isEmpty()) {
      property.setParameter(CardDates.OMIT_YEAR, String.valueOf(NO_YEAR));
    }
  }

  /** A UUID that follows from what an item is, so a newer export names the same item the same way. */
  static UUID uuid(String kind, Object... parts) {
    StringBuilder name = new StringBuilder("rapport:").append(kind);
    for (Object part : parts) {
      name.append(':').append(part);
    }
    return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8));
  }
}
