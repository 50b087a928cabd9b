package dev.rapport.archfixture.leaky.core.policy;

/** A value of the rules, which outgoing ports must not use. */
public record SomeAnalysis(int score) {}
