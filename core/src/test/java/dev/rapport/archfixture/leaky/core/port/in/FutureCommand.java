package dev.rapport.archfixture.leaky.core.port.in;

import java.util.concurrent.Future;

/** Breaks "inbound ports hold no concurrency": a command that carries a future. */
public record FutureCommand(Future<String> name) {}
