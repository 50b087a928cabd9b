package dev.rapport.adapter.jdbc;

import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.ContactId;
import java.util.List;
import java.util.Set;

/** The rows of the schema as records: what MapStruct maps the domain values to and from. */
final class Rows {

  private Rows() {}

  /** A row of {@code contacts}. */
  record ContactRow(
      long id, String displayName, String givenName, String familyName, String company, String title,
      String seniority, String industry, String city, String region, String country, String tier,
      String cadence, String sourceChannel, String connectedOn, String snoozedUntil, boolean archived,
      boolean untriaged) {}

  /** The columns of {@code contacts} the rules read: a contact's {@code Relationship}, less its topics. */
  record RelationshipRow(
      long id, String displayName, String tier, String cadence, String connectedOn, String snoozedUntil,
      boolean archived) {}

  /** A contact's lists and sets, from {@code contact_values} and {@code contact_channel_profiles}. */
  record ContactDetails(
      List<String> emails, List<String> phones, Set<String> tags, Set<String> interests, Set<String> goals,
      Set<String> offers, List<ChannelProfile> channelProfiles, Set<String> watchKeywords) {}

  /** A row of {@code notes}. */
  record NoteRow(String on, String text) {}

  /** A row of {@code touches}. */
  record TouchRow(
      long contactId, long atSecond, int atNano, String direction, String kind, String channel, String summary,
      Integer minutes, Long resourceId, Long introducedTo, String externalKey) {}

  /** A row of {@code special_days}. */
  record SpecialDayRow(Long contactId, String kind, int month, int day, Integer year, boolean recurring, String title) {}

  /** A row of {@code channels}, less its key. */
  record ChannelRow(String name, String kind, String joinedOn, String status, String trialEnds, int minutesPerWeek) {}

  /** A row of {@code resources}. */
  record ResourceRow(long id, String title, String link, String foundOn) {}

  /** A row of {@code collaborations}, less its id. */
  record CollaborationRow(String title, String on, String channel) {}

  /** The one row of {@code owner_profile}. */
  record ProfileRow(
      String zone, int weeklyBudgetMinutes, String style, int maxSites, int maxGroups, int minOutreachPerMonth) {}

  /** A row of {@code owner_goals}, less its position. */
  record GoalRow(String kind, String value, int wanted) {}

  /** The contacts of a collaboration, in order. */
  record CollaborationContacts(Set<ContactId> contacts) {}
}
