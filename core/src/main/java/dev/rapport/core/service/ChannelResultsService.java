package dev.rapport.core.service;

import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.policy.analysis.AnalysisPolicy;
import dev.rapport.core.policy.analysis.ChannelReport;
import dev.rapport.core.policy.analysis.ChannelResults;
import dev.rapport.core.port.in.MeasureChannelsUseCase;
import dev.rapport.core.port.out.Storage;
import java.time.Clock;
import java.time.LocalDate;

final class ChannelResultsService implements MeasureChannelsUseCase {

  private final Storage storage;
  private final Clock clock;
  private final AnalysisPolicy policy;

  ChannelResultsService(Storage storage, Clock clock, AnalysisPolicy policy) {
    this.storage = storage;
    this.clock = clock;
    this.policy = policy;
  }

  @Override
  public ChannelReport channels() {
    return channels(storage.profile().loadOrDefaults().today(clock));
  }

  @Override
  public ChannelReport channels(LocalDate asOf) {
    OwnerProfile profile = storage.profile().loadOrDefaults();
    ActivityWindow window = policy.activityWindow(profile.zone(), asOf);
    return new ChannelResults(policy).report(storage.channels().findAll(), storage.contacts().findAll(),
        storage.collaborations().findAll(), storage.touches().activity(window), profile);
  }
}
