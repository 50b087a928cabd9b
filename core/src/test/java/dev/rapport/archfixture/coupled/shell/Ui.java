package dev.rapport.archfixture.coupled.shell;

/** A shell class. */
public class Ui {}
