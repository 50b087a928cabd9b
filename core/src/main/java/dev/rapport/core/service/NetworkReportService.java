package dev.rapport.core.service;

import dev.rapport.core.domain.Tier;
import dev.rapport.core.policy.Agenda;
import dev.rapport.core.policy.HealthBand;
import dev.rapport.core.policy.ReportPolicy;
import dev.rapport.core.policy.Rules;
import dev.rapport.core.policy.analysis.AnalysisPolicy;
import dev.rapport.core.policy.UpcomingDay;
import dev.rapport.core.policy.analysis.ChannelReport;
import dev.rapport.core.policy.analysis.Composition;
import dev.rapport.core.policy.analysis.Dimension;
import dev.rapport.core.policy.analysis.Gap;
import dev.rapport.core.policy.analysis.GapKind;
import dev.rapport.core.policy.analysis.Share;
import dev.rapport.core.port.in.AgendaRequest;
import dev.rapport.core.port.in.AnalyseNetworkUseCase;
import dev.rapport.core.port.in.ContactHealth;
import dev.rapport.core.port.in.MeasureChannelsUseCase;
import dev.rapport.core.port.in.NetworkAnalysis;
import dev.rapport.core.port.in.NetworkReport;
import dev.rapport.core.port.in.ReportNetworkUseCase;
import dev.rapport.core.port.in.ReportRequest;
import dev.rapport.core.port.in.Shortlist;
import dev.rapport.core.port.out.Storage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The report is what the other use cases answer for one day, cut to what a page can hold. They
 * run over one {@link ReadOnce} view of the storage, so each whole-network read (contacts, touch
 * summaries, activity) is made once for all of them. The analysis and the channel results run on
 * the helper while this thread plans the agenda, assesses health and finds the special days.
 */
final class NetworkReportService implements ReportNetworkUseCase {

  /** The dimensions the composition section charts, in that order. */
  private static final List<Dimension> CHARTED = List.of(Dimension.INDUSTRY, Dimension.COMPANY, Dimension.LOCATION,
      Dimension.TIER);

  /** The bands of a close tie that needs attention. */
  private static final Set<HealthBand> COOLING_BANDS = Set.of(HealthBand.COOLING, HealthBand.AT_RISK, HealthBand.DORMANT);

  private final Storage storage;
  private final Clock clock;
  private final Rules rules;
  private final AnalysisPolicy analysisPolicy;
  private final ReportPolicy policy;
  private final Executor helper;

  NetworkReportService(Storage storage, Clock clock, Rules rules, AnalysisPolicy analysisPolicy, ReportPolicy policy,
      Executor helper) {
    this.storage = storage;
    this.clock = clock;
    this.rules = rules;
    this.analysisPolicy = analysisPolicy;
    this.policy = policy;
    this.helper = helper;
  }

  @Override
  public NetworkReport report(ReportRequest request) {
    Storage once = new ReadOnce(storage);
    NetworkReader reader = new NetworkReader(once, clock, rules, helper);
    AnalyseNetworkUseCase analysis = new NetworkAnalysisService(once, clock, analysisPolicy, rules, helper);
    MeasureChannelsUseCase channels = new ChannelResultsService(once, clock, analysisPolicy, helper);
    LocalDate asOf = request.asOf().orElseGet(reader::today);
    Aside<NetworkAnalysis> network = Aside.start(() -> analysis.analyse(asOf), helper);
    Aside<ChannelReport> results = Aside.start(() -> channels.channels(asOf), helper);
    AgendaRequest agendaRequest = AgendaRequest.asOf(asOf);
    if (request.agendaDays().isPresent()) {
      agendaRequest = agendaRequest.withHorizonDays(request.agendaDays().getAsInt());
    }
    Agenda agenda = new OutreachService(reader).agenda(agendaRequest);
    List<ContactHealth> everyone = new HealthService(reader).all(asOf, Optional.empty());
    List<UpcomingDay> upcoming = new SpecialDayService(reader).upcoming(asOf, policy.specialDaysAhead());
    NetworkAnalysis seen = network.join();
    ChannelReport measured = results.join();
    return new NetworkReport(asOf, agenda(agenda), health(everyone), goals(seen), composition(seen),
        channels(measured), specialDays(upcoming), patterns(seen), startSmall(measured));
  }

  private NetworkReport.AgendaSection agenda(Agenda agenda) {
    return new NetworkReport.AgendaSection(agenda.asOf(), agenda.horizonDays(), agenda.budgetMinutes(),
        agenda.plannedMinutes(), agenda.outreachThisMonth(), agenda.minOutreachPerMonth(),
        shortlist(agenda.planned()), shortlist(agenda.deferred()), agenda.lapsedUnplanned(), ReportAdvice.agenda(agenda));
  }

  private NetworkReport.HealthSection health(List<ContactHealth> everyone) {
    Map<HealthBand, Integer> bands = new EnumMap<>(HealthBand.class);
    for (HealthBand band : HealthBand.values()) {
      bands.put(band, 0);
    }
    everyone.forEach(h -> bands.merge(h.band(), 1, Integer::sum));
    // Health lists the worst first, so the close ties come out worst first too.
    List<ContactHealth> cooling = everyone.stream()
        .filter(h -> (h.tier() == Tier.INNER || h.tier() == Tier.CLOSE) && COOLING_BANDS.contains(h.band()))
        .toList();
    return new NetworkReport.HealthSection(everyone.size(), bands, shortlist(cooling),
        ReportAdvice.health(everyone.size(), cooling));
  }

  private static NetworkReport.GoalsSection goals(NetworkAnalysis analysis) {
    List<Gap.GoalGap> goals = analysis.gaps(GapKind.GOAL).stream().map(Gap.GoalGap.class::cast).toList();
    return new NetworkReport.GoalsSection(goals, ReportAdvice.goals(goals));
  }

  private NetworkReport.CompositionSection composition(NetworkAnalysis analysis) {
    List<NetworkReport.DimensionShares> dimensions = CHARTED.stream()
        .flatMap(d -> analysis.composition().stream().filter(c -> c.dimension() == d))
        .map(this::largestShares)
        .toList();
    List<Gap.Concentration> concentrations = analysis.gaps(GapKind.CONCENTRATION).stream()
        .map(Gap.Concentration.class::cast).toList();
    return new NetworkReport.CompositionSection(dimensions, concentrations, ReportAdvice.composition(concentrations));
  }

  private NetworkReport.DimensionShares largestShares(Composition composition) {
    List<Share> largest = composition.shares().stream()
        .sorted(Comparator.comparingInt(Share::count).reversed().thenComparing(Share::label))
        .toList();
    return new NetworkReport.DimensionShares(composition.dimension(), composition.total(), composition.herfindahl(),
        Shortlist.firstOf(largest, policy.sharesPerDimension()));
  }

  private NetworkReport.ChannelsSection channels(ChannelReport report) {
    return new NetworkReport.ChannelsSection(report.window(), shortlist(report.channels()),
        ReportAdvice.channels(report.channels()));
  }

  private NetworkReport.SpecialDaysSection specialDays(List<UpcomingDay> upcoming) {
    return new NetworkReport.SpecialDaysSection(policy.specialDaysAhead(), shortlist(upcoming),
        ReportAdvice.specialDays(upcoming));
  }

  private static NetworkReport.PatternsSection patterns(NetworkAnalysis analysis) {
    return new NetworkReport.PatternsSection(analysis.patterns(), ReportAdvice.patterns(analysis.patterns()));
  }

  private static NetworkReport.StartSmallSection startSmall(ChannelReport report) {
    return new NetworkReport.StartSmallSection(report.startSmall(), ReportAdvice.startSmall(report.startSmall()));
  }

  private <T> Shortlist<T> shortlist(List<T> all) {
    return Shortlist.firstOf(all, policy.shownPerList());
  }
}
