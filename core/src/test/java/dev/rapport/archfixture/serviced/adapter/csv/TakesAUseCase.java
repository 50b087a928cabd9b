package dev.rapport.archfixture.serviced.adapter.csv;

import dev.rapport.archfixture.serviced.core.port.in.ExportUseCase;

/** Keeps "adapters do not use core.service": it takes the use case it needs. */
public class TakesAUseCase {
  void export(ExportUseCase exports) {}
}
