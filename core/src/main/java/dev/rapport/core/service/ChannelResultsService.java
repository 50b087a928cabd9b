package dev.rapport.core.service;

import dev.rapport.core.domain.OwnerProfile;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.policy.analysis.AnalysisPolicy;
import dev.rapport.core.policy.analysis.ChannelReport;
import dev.rapport.core.policy.analysis.ChannelResults;
import dev.rapport.core.port.in.MeasureChannelsUseCase;
import dev.rapport.core.port.out.Storage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;

final class ChannelResultsService implements MeasureChannelsUseCase {

  private final Storage storage;
  private final Clock clock;
  private final AnalysisPolicy policy;
  private final Executor helper;

  ChannelResultsService(Storage storage, Clock clock, AnalysisPolicy policy, Executor helper) {
    this.storage = storage;
    this.clock = clock;
    this.policy = policy;
    this.helper = helper;
  }

  @Override
  public ChannelReport channels() {
    return channels(storage.profile().loadOrDefaults().today(clock));
  }

  @Override
  public ChannelReport channels(LocalDate asOf) {
    OwnerProfile profile = storage.profile().loadOrDefaults();
    ActivityWindow window = policy.activityWindow(profile.zone(), asOf);
    Aside<NetworkActivity> activity = Aside.start(() -> storage.touches().activity(window), helper); // while the rest is read
    return new ChannelResults(policy).report(storage.channels().findAll(), storage.contacts().findAll(),
        storage.collaborations().findAll(), activity.join(), profile);
  }
}
