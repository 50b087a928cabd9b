package dev.rapport.archfixture.impure.core.domain;

/** Breaks "core does no I/O". */
public class UsesJdbc {
  java.sql.Timestamp stamp;
}
