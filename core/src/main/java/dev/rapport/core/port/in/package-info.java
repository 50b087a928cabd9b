/**
 * Incoming ports: the use cases an application calls, with their commands and results.
 * Implemented in {@code dev.rapport.core.service}.
 */
package dev.rapport.core.port.in;
