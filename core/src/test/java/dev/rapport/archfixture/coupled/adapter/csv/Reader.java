package dev.rapport.archfixture.coupled.adapter.csv;

import dev.rapport.archfixture.coupled.shell.Ui;

/** Breaks "nothing depends on the shell". */
public class Reader {
  Ui ui;
}
