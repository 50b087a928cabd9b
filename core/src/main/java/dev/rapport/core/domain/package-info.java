/**
 * The model of a professional network: contacts, their touches, special days, channels,
 * resources, collaborations and the owner's profile. Immutable values that check their own
 * consistency; the rules that judge them live in {@code dev.rapport.core.policy}.
 */
package dev.rapport.core.domain;
