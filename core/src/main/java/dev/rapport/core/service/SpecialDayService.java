package dev.rapport.core.service;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Relationship;
import dev.rapport.core.policy.UpcomingDay;
import dev.rapport.core.port.in.SpecialDaysUseCase;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class SpecialDayService implements SpecialDaysUseCase {

  private final NetworkReader reader;

  SpecialDayService(NetworkReader reader) {
    this.reader = reader;
  }

  @Override
  public List<UpcomingDay> upcoming(LocalDate asOf, int days) {
    Map<ContactId, Relationship> contacts = new HashMap<>();
    for (Relationship contact : reader.relationships()) {
      contacts.put(contact.id(), contact);
    }
    return reader.rules().specialDays().upcoming(asOf, days, reader.specialDays(asOf, days), contacts);
  }

  @Override
  public List<UpcomingDay> upcoming(int days) {
    return upcoming(reader.today(), days);
  }
}
