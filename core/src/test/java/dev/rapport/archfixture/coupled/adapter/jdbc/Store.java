package dev.rapport.archfixture.coupled.adapter.jdbc;

import dev.rapport.archfixture.coupled.adapter.csv.Reader;

/** Breaks "adapters do not depend on each other". */
public class Store {
  Reader reader;
}
