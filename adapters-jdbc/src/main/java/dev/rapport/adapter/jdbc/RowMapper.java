package dev.rapport.adapter.jdbc;

import dev.rapport.adapter.jdbc.Rows.ChannelRow;
import dev.rapport.adapter.jdbc.Rows.CollaborationRow;
import dev.rapport.adapter.jdbc.Rows.ContactDetails;
import dev.rapport.adapter.jdbc.Rows.ContactRow;
import dev.rapport.adapter.jdbc.Rows.GoalRow;
import dev.rapport.adapter.jdbc.Rows.NoteRow;
import dev.rapport.adapter.jdbc.Rows.ProfileRow;
import dev.rapport.adapter.jdbc.Rows.RelationshipRow;
import dev.rapport.adapter.jdbc.Rows.ResourceRow;
import dev.rapport.adapter.jdbc.Rows.SpecialDayRow;
import dev.rapport.adapter.jdbc.Rows.TouchRow;
import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Channel;
import dev.rapport.core.domain.Collaboration;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.Note;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.text.DayText;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Maps the domain values to the rows and back. Every target property must be mapped (an
 * unmapped one fails the build), so a field added to the domain cannot be silently dropped.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, imports = {PartialDate.class, MonthDay.class})
interface RowMapper {

  RowMapper INSTANCE = Mappers.getMapper(RowMapper.class);

  @Mapping(target = "city", source = "location.city")
  @Mapping(target = "region", source = "location.region")
  @Mapping(target = "country", source = "location.country")
  ContactRow toRow(Contact contact);

  @Mapping(target = "location",
      expression = "java(dev.rapport.core.domain.Location.of(row.city(), row.region(), row.country()))")
  Contact toContact(ContactRow row, ContactDetails details);

  // Most contacts have no topics: the builder starts with empty sets, and setting one would replace it with another.
  @Mapping(target = "interests", source = "interests", conditionExpression = "java(!interests.isEmpty())")
  @Mapping(target = "goals", source = "goals", conditionExpression = "java(!goals.isEmpty())")
  Relationship toRelationship(RelationshipRow row, List<String> interests, List<String> goals);

  /** The columns of a contact's row that its relationship keeps. */
  RelationshipRow toRelationshipRow(ContactRow row);

  NoteRow toRow(Note note);

  Note toNote(NoteRow row);

  @Mapping(target = "contactId", source = "contact")
  @Mapping(target = "atSecond", source = "at.epochSecond")
  @Mapping(target = "atNano", source = "at.nano")
  @Mapping(target = "resourceId", source = "resource")
  TouchRow toRow(Touch touch);

  @Mapping(target = "contactId", source = "contact")
  @Mapping(target = "month", source = "date.monthDay.monthValue")
  @Mapping(target = "day", source = "date.monthDay.dayOfMonth")
  @Mapping(target = "year", source = "date.year")
  SpecialDayRow toRow(SpecialDay day);

  @Mapping(target = "contact", source = "contactId")
  @Mapping(target = "date", expression = "java(new PartialDate(MonthDay.of(row.month(), row.day()), year(row.year())))")
  SpecialDay toSpecialDay(SpecialDayRow row);

  ChannelRow toRow(Channel channel);

  Channel toChannel(ChannelRow row);

  ResourceRow toRow(Resource resource);

  @Mapping(target = "topics", source = "topics")
  Resource toResource(ResourceRow row, Set<String> topics);

  CollaborationRow toRow(Collaboration collaboration);

  @Mapping(target = "contacts", source = "contacts")
  Collaboration toCollaboration(CollaborationRow row, Set<ContactId> contacts);

  ProfileRow toRow(OwnerProfile profile);

  @Mapping(target = "goals", source = "goals")
  @Mapping(target = "emails", source = "emails")
  OwnerProfile toProfile(ProfileRow row, List<Goal> goals, List<String> emails);

  GoalRow toRow(Goal goal);

  @Mapping(target = "aliases", source = "aliases")
  Goal toGoal(GoalRow row, Set<String> aliases);

  // The value conversions MapStruct cannot guess.

  default long id(ContactId id) {
    return id.value();
  }

  default ContactId contactId(long id) {
    return new ContactId(id);
  }

  default Long id(Optional<ContactId> id) {
    return id.map(ContactId::value).orElse(null);
  }

  default Optional<ContactId> contactId(Long id) {
    return Optional.ofNullable(id).map(ContactId::new);
  }

  default long id(ResourceId id) {
    return id.value();
  }

  default ResourceId resourceId(long id) {
    return new ResourceId(id);
  }

  default Long resourceIdValue(Optional<ResourceId> id) {
    return id.map(ResourceId::value).orElse(null);
  }

  default Optional<ResourceId> resourceId(Long id) {
    return Optional.ofNullable(id).map(ResourceId::new);
  }

  default String text(Optional<String> text) {
    return text.orElse(null);
  }

  default Optional<String> optionalText(String text) {
    return Optional.ofNullable(text);
  }

  default String day(LocalDate day) {
    return day.toString();
  }

  default LocalDate day(String day) {
    return DayText.parseIso(day);
  }

  default String optionalDay(Optional<LocalDate> day) {
    return day.map(LocalDate::toString).orElse(null);
  }

  default Optional<LocalDate> optionalDay(String day) {
    return day == null ? Optional.empty() : Optional.of(DayText.parseIso(day));
  }

  default String cadence(Optional<Cadence> cadence) {
    return cadence.map(Cadence::phrase).orElse(null);
  }

  default Optional<Cadence> cadence(String phrase) {
    return Optional.ofNullable(phrase).map(Cadence::parse);
  }

  default Integer minutes(OptionalInt minutes) {
    return minutes.isPresent() ? minutes.getAsInt() : null;
  }

  default OptionalInt minutes(Integer minutes) {
    return minutes == null ? OptionalInt.empty() : OptionalInt.of(minutes);
  }

  default Integer year(Optional<Year> year) {
    return year.map(Year::getValue).orElse(null);
  }

  default Optional<Year> year(Integer year) {
    return Optional.ofNullable(year).map(Year::of);
  }

  default String zone(ZoneId zone) {
    return zone.getId();
  }

  default ZoneId zone(String zone) {
    return ZoneId.of(zone);
  }
}
