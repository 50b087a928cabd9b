/**
 * The relationship rules of SPEC §2–§4 as small policies: when a contact is due
 * ({@link dev.rapport.core.policy.CadencePolicy}), how healthy a tie is
 * ({@link dev.rapport.core.policy.HealthPolicy}), what to do this week
 * ({@link dev.rapport.core.policy.AgendaPolicy}) and which days to remember
 * ({@link dev.rapport.core.policy.SpecialDayPolicy}). Every number in them is a parameter with
 * the SPEC's default; each decision is a value that carries its reasons.
 */
package dev.rapport.core.policy;
