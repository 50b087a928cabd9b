package dev.rapport.core.service;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.MonthDaySpan;
import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.domain.TouchSummaryQuery;
import dev.rapport.core.policy.Network;
import dev.rapport.core.policy.Rules;
import dev.rapport.core.port.in.ContactNotFoundException;
import dev.rapport.core.port.out.Storage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Reads what the rules judge from storage: the profile, "today" in its zone, and the network as
 * of a day. Reads take no transaction: they change nothing.
 */
final class NetworkReader {

  private final Storage storage;
  private final Clock clock;
  private final Rules rules;
  private final Executor helper;

  NetworkReader(Storage storage, Clock clock, Rules rules, Executor helper) {
    this.storage = storage;
    this.clock = clock;
    this.rules = rules;
    this.helper = helper;
  }

  Rules rules() {
    return rules;
  }

  /** Where work that can go side by side with the caller's runs. */
  Executor helper() {
    return helper;
  }

  OwnerProfile profile() {
    return storage.profile().loadOrDefaults();
  }

  /** Today in the owner's zone, whatever the clock's own zone. */
  LocalDate today() {
    return today(profile());
  }

  LocalDate today(OwnerProfile profile) {
    return profile.today(clock);
  }

  TouchSummaryQuery query(LocalDate asOf, OwnerProfile profile) {
    return rules.health().queryAsOf(asOf, profile.zone());
  }

  Contact contact(ContactId id) {
    return storage.contacts().find(id).orElseThrow(() -> new ContactNotFoundException(id.toString()));
  }

  List<Relationship> relationships() {
    return storage.contacts().relationships();
  }

  /** The special days that may fall within {@code days} days from {@code from}. */
  List<SpecialDay> specialDays(LocalDate from, int days) {
    return storage.specialDays().mayFallWithin(from, days);
  }

  /**
   * The relationships the special days within {@code days} days from {@code from} concern: the
   * contacts {@code specialDays} name, and those whose connection anniversary may fall then.
   */
  List<Relationship> relationshipsFor(List<SpecialDay> specialDays, LocalDate from, int days) {
    Set<ContactId> named = new HashSet<>();
    specialDays.forEach(day -> day.contact().ifPresent(named::add));
    return storage.contacts().relationshipsFor(named, MonthDaySpan.of(from, days));
  }

  /** One contact's touches summarized as of {@code asOf}. */
  TouchSummary summary(ContactId id, LocalDate asOf) {
    return storage.touches().summary(id, query(asOf, profile()));
  }

  /**
   * One contact's part of the network as of {@code asOf}: them, their summary, their special
   * days and the global ones, and every resource.
   */
  Network networkOf(ContactId id, LocalDate asOf, OwnerProfile profile) {
    TouchSummaryQuery query = query(asOf, profile);
    return new Network(query, List.of(contact(id)), Map.of(id, storage.touches().summary(id, query)),
        storage.specialDays().concerning(id), storage.resources().findAll());
  }

  /**
   * The whole network as of {@code asOf}, its touches summarized by storage, with the special
   * days that may fall within {@code specialDayHorizon} days (none for zero). The relationships
   * and special days are read on the helper while this thread reads the summaries.
   */
  Network network(LocalDate asOf, OwnerProfile profile, int specialDayHorizon) {
    TouchSummaryQuery query = query(asOf, profile);
    Aside<List<Relationship>> relationships = Aside.start(this::relationships, helper);
    Aside<List<SpecialDay>> specialDays = Aside.start(() -> specialDays(asOf, specialDayHorizon), helper);
    Map<ContactId, TouchSummary> summaries = storage.touches().summaries(query);
    return new Network(query, relationships.join(), summaries, specialDays.join(), storage.resources().findAll());
  }
}
