package dev.rapport.core.domain;

/** What part of a contact's file a goal is about. */
public enum GoalKind {
  /** Their industry. */
  INDUSTRY,
  /** Their role, title or seniority. */
  ROLE,
  /** Where they are. */
  LOCATION,
  /** Their interests, goals and offers. */
  TOPIC
}
