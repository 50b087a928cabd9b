/**
 * Outgoing ports: what the core needs from storage. Each storage adapter implements all of
 * them through one {@link dev.rapport.core.port.out.Storage}; the contract suite in core's
 * test-jar says what every implementation must do.
 */
package dev.rapport.core.port.out;
