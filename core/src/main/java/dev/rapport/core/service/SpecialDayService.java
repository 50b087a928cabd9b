package dev.rapport.core.service;

import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.policy.UpcomingDay;
import dev.rapport.core.port.in.SpecialDaysUseCase;
import java.time.LocalDate;
import java.util.List;

final class SpecialDayService implements SpecialDaysUseCase {

  private final NetworkReader reader;

  SpecialDayService(NetworkReader reader) {
    this.reader = reader;
  }

  @Override
  public List<UpcomingDay> upcoming(LocalDate asOf, int days) {
    List<SpecialDay> specialDays = reader.specialDays(asOf, days);
    return reader.rules().specialDays().upcoming(asOf, days, specialDays, reader.relationshipsFor(specialDays, asOf, days));
  }

  @Override
  public List<UpcomingDay> upcoming(int days) {
    return upcoming(reader.today(), days);
  }
}
