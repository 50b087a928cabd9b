/**
 * The network analysis of SPEC §5 and the channel results of SPEC §6: what the network holds,
 * what it lacks for the owner's goals, which ties cool or stay one-sided, who should get a
 * resource or an introduction, and what each networking channel earns. Pure functions over
 * contacts and per-window touch aggregates, every threshold in {@link
 * dev.rapport.core.policy.analysis.AnalysisPolicy}.
 */
package dev.rapport.core.policy.analysis;
