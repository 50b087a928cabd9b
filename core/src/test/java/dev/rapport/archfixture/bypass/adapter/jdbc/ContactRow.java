package dev.rapport.archfixture.bypass.adapter.jdbc;

/** An adapter internal that happens to be public. */
public class ContactRow {}
