/** The use cases, implemented over the outgoing ports; {@link dev.rapport.core.service.Rapport} wires them. */
package dev.rapport.core.service;
