/**
 * Wiring: finds the data folder, opens the storage adapter the global options name (through its
 * public entry class only) and builds the {@link dev.rapport.core.service.Rapport} the commands use.
 */
package dev.rapport.shell.bootstrap;
