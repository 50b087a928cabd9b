/**
 * The kept-aggregates toolkit, for storage adapters: what a store keeps beside the touches so
 * that the rules and the analysis are answered without reading every touch again, and the one-pass
 * computations it falls back to. {@link dev.rapport.core.aggregates.TouchSummarizer} and
 * {@link dev.rapport.core.aggregates.ActivityTally} compute the domain's
 * {@link dev.rapport.core.domain.TouchSummary} and {@link dev.rapport.core.domain.NetworkActivity}
 * from touches; {@link dev.rapport.core.aggregates.TouchStats} is one contact's stats kept as
 * touches are written, for the {@link dev.rapport.core.aggregates.KeptWindows windows of the
 * rules} the store was opened with; {@link dev.rapport.core.aggregates.TouchLedger} keeps them for
 * a whole network in memory. {@link dev.rapport.core.policy.IdSlots} and
 * {@link dev.rapport.core.aggregates.AwaitingAnswers} are the two structures they share.
 *
 * <p>Used by the storage adapters (the JDBC store keeps {@code TouchStats} in a table, packed by
 * the adapter) and by in-memory stores for tests and benchmarks; the use cases, the rules and the
 * ports never use it: they see only the values it computes.
 */
package dev.rapport.core.aggregates;
