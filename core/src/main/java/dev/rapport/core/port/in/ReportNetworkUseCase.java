package dev.rapport.core.port.in;

/**
 * Use case: see the network on one page — this week's agenda, health, goals, composition, channel
 * results, special days, patterns and the start-small checks, each with what to do about it. It
 * gathers what the other use cases answer for the same day; it adds no rule of its own.
 */
public interface ReportNetworkUseCase {

  /** The report {@code request} asks for. */
  NetworkReport report(ReportRequest request);
}
