/**
 * The import use case's wing of the incoming ports: {@link ImportNetworkUseCase}, the drafts a
 * parser hands it ({@link ImportSource}, {@link ImportBatch}), how a draft names a contact
 * ({@link ContactRef}, {@link MatchKeys}), and what an import reports back.
 * Implemented in {@code dev.rapport.core.service}.
 */
package dev.rapport.core.port.in.imports;
