package dev.rapport.core.domain;

/** What sort of place a networking channel is. */
public enum ChannelKind {
  /** A networking site, such as LinkedIn. */
  SITE,
  /** A group, online or local. */
  GROUP,
  /** A recurring event, such as a monthly meetup. */
  EVENT_SERIES
}
