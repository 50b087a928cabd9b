package dev.rapport.archfixture.bypass.adapter.jdbc;

/** An adapter's entry point. */
public class JdbcStore {}
