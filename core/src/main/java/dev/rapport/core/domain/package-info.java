/**
 * The model of a professional network: contacts, their touches, special days, channels,
 * resources, collaborations and the owner's profile. Immutable values that check their own
 * consistency; the rules that judge them live in {@code dev.rapport.core.policy}.
 */
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    defaults = @Value.Immutable(copy = true),
    strictBuilder = false,
    jdkOnly = false,
    validationMethod = Value.Style.ValidationMethod.NONE)
package dev.rapport.core.domain;

import org.immutables.value.Value;
