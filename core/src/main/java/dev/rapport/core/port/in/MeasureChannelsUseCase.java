package dev.rapport.core.port.in;

import dev.rapport.core.policy.analysis.ChannelReport;
import java.time.LocalDate;

/**
 * Use case: measure your results (SPEC §6): per networking channel, its connections, touches
 * each way, collaborations and response rate over the window and month by month, what it brings
 * and what to do with it; and whether the owner still starts small.
 */
public interface MeasureChannelsUseCase {

  /** The channel results as of today in the owner's zone. */
  ChannelReport channels();

  /** The channel results over the window ending on {@code asOf}. */
  ChannelReport channels(LocalDate asOf);
}
