package dev.rapport.archfixture.bypass.shell;

import dev.rapport.archfixture.bypass.adapter.jdbc.ContactRow;
import dev.rapport.archfixture.bypass.adapter.jdbc.JdbcStore;

/** Breaks "the shell uses adapters only through their entry points". */
public class Command {
  JdbcStore store;
  ContactRow row;
}
