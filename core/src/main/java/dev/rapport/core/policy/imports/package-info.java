/**
 * The rules of an import (SPEC §8) as named policies, each with its reason: how an incoming
 * contact is recognised as one the network has ({@link ContactMatchPolicy}), and how it merges
 * into that contact, a new role included ({@link ContactMergePolicy}).
 */
package dev.rapport.core.policy.imports;
