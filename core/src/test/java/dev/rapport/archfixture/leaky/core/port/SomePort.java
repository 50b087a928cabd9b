package dev.rapport.archfixture.leaky.core.port;

/** A port. */
public interface SomePort {}
