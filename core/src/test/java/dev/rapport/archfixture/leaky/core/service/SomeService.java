package dev.rapport.archfixture.leaky.core.service;

import dev.rapport.archfixture.leaky.core.port.SomePort;

/** A service, used where it must not be. */
public class SomeService implements SomePort {}
