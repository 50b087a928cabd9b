package dev.rapport.archfixture.serviced.adapter.csv;

import dev.rapport.archfixture.serviced.core.service.Facade;

/** Breaks "adapters do not use core.service". */
public class TakesTheFacade {
  void export(Facade facade) {
    facade.exports();
  }
}
