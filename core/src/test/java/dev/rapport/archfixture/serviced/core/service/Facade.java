package dev.rapport.archfixture.serviced.core.service;

import dev.rapport.archfixture.serviced.core.port.in.ExportUseCase;

/** The core's wiring of its use cases, which no adapter may take. */
public class Facade {
  public ExportUseCase exports() {
    return new ExportUseCase() {};
  }
}
