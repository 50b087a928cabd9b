package dev.rapport.core.service;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.policy.ReportPolicy;
import dev.rapport.core.policy.Rules;
import dev.rapport.core.policy.analysis.AnalysisPolicy;
import dev.rapport.core.port.in.AnalyseNetworkUseCase;
import dev.rapport.core.port.in.AssessHealthUseCase;
import dev.rapport.core.port.in.imports.ImportNetworkUseCase;
import dev.rapport.core.port.in.ManageContactsUseCase;
import dev.rapport.core.port.in.ManageProfileUseCase;
import dev.rapport.core.port.in.MeasureChannelsUseCase;
import dev.rapport.core.port.in.PlanOutreachUseCase;
import dev.rapport.core.port.in.RecordActivityUseCase;
import dev.rapport.core.port.in.ReportNetworkUseCase;
import dev.rapport.core.port.in.SpecialDaysUseCase;
import dev.rapport.core.port.in.TriageUseCase;
import dev.rapport.core.port.out.Storage;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * The entry point for embedders: every use case of Rapport over one storage adapter and one
 * clock. Time comes only from the clock, so tests and {@code --as-of} can fix "today".
 */
public final class Rapport {

  private final ManageContactsUseCase contacts;
  private final RecordActivityUseCase activity;
  private final ManageProfileUseCase profile;
  private final ImportNetworkUseCase imports;
  private final MeasureChannelsUseCase channels;
  private final AnalyseNetworkUseCase analysis;
  private final AssessHealthUseCase health;
  private final PlanOutreachUseCase outreach;
  private final SpecialDaysUseCase specialDays;
  private final ReportNetworkUseCase report;
  private final TriageUseCase triage;
  private final Storage storage;
  private final Clock clock;
  private final Rules rules;
  private final AnalysisPolicy analysisPolicy;
  private final ReportPolicy reportPolicy;
  private final Executor helper;

  private Rapport(Storage storage, Clock clock, Rules rules, AnalysisPolicy analysisPolicy, ReportPolicy reportPolicy,
      Executor helper) {
    this.storage = storage;
    this.reportPolicy = reportPolicy;
    this.helper = helper;
    this.clock = clock;
    this.rules = rules;
    this.analysisPolicy = analysisPolicy;
    this.contacts = new ContactService(storage);
    this.activity = new ActivityService(storage, clock);
    this.profile = new ProfileService(storage.profile(), storage.transactions());
    this.imports = new ImportService(storage, clock);
    this.channels = new ChannelResultsService(storage, clock, analysisPolicy, helper);
    this.analysis = new NetworkAnalysisService(storage, clock, analysisPolicy, rules, helper);
    NetworkReader reader = new NetworkReader(storage, clock, rules, helper);
    this.health = new HealthService(reader);
    this.outreach = new OutreachService(reader);
    this.specialDays = new SpecialDayService(reader);
    this.report = new NetworkReportService(storage, clock, rules, analysisPolicy, reportPolicy, helper);
    this.triage = new TriageService(storage.contacts(), storage.touches(), storage.specialDays(), storage.transactions(),
        reader, analysisPolicy.triage());
  }

  /** Rapport over {@code storage}, with "now" from {@code clock}. */
  public static Rapport over(Storage storage, Clock clock) {
    return over(storage, clock, Rules.defaults());
  }

  /** Rapport over {@code storage}, with "now" from {@code clock} and the relationship rules {@code rules}. */
  public static Rapport over(Storage storage, Clock clock, Rules rules) {
    return over(storage, clock, rules, AnalysisPolicy.defaults());
  }

  /**
   * Rapport over {@code storage}, with "now" from {@code clock}, the relationship rules {@code rules}
   * and the thresholds of the network analysis and channel results {@code analysis}.
   */
  public static Rapport over(Storage storage, Clock clock, Rules rules, AnalysisPolicy analysis) {
    return new Rapport(checkNotNull(storage, "storage"), checkNotNull(clock, "clock"), checkNotNull(rules, "rules"),
        checkNotNull(analysis, "analysis"), ReportPolicy.defaults(), Runnable::run);
  }

  /**
   * This Rapport with a helper for the work a use case can do side by side with the caller's
   * thread: the reads of a whole network (relationships and special days, while the caller reads
   * the touch summaries; the analyses' tally of the touches, while it reads the contacts) and half
   * of an agenda's suggestions. On more than one core they overlap;
   * by default everything runs on the caller's thread. The storage must take reads from several
   * threads at once, as both of Rapport's adapters do.
   */
  public Rapport withHelper(Executor helper) {
    return new Rapport(storage, clock, rules, analysisPolicy, reportPolicy, checkNotNull(helper, "helper"));
  }

  /** This Rapport with a report that shows what {@code policy} says (list lengths, days ahead). */
  public Rapport withReportPolicy(ReportPolicy policy) {
    return new Rapport(storage, clock, rules, analysisPolicy, checkNotNull(policy, "policy"), helper);
  }

  /** Contacts and their files. */
  public ManageContactsUseCase contacts() {
    return contacts;
  }

  /** Touches, special days, channels, resources and collaborations. */
  public RecordActivityUseCase activity() {
    return activity;
  }

  /** The owner's profile. */
  public ManageProfileUseCase profile() {
    return profile;
  }

  /** Imports from other sources (LinkedIn, Google Contacts, Outlook, Rapport's own export). */
  public ImportNetworkUseCase imports() {
    return imports;
  }

  /** What each networking channel earns, and the start-small check (SPEC §6). */
  public MeasureChannelsUseCase channels() {
    return channels;
  }

  /** The gaps in the network, resources to share and introductions to make (SPEC §5). */
  public AnalyseNetworkUseCase analysis() {
    return analysis;
  }

  /** Relationship health: one contact's, or everyone's by band. */
  public AssessHealthUseCase health() {
    return health;
  }

  /** The outreach agenda: who to contact this week, and how. */
  public PlanOutreachUseCase outreach() {
    return outreach;
  }

  /** Special days coming up. */
  public SpecialDaysUseCase specialDays() {
    return specialDays;
  }

  /** The network on one page: every section of the report, as of one day (built on the use cases above). */
  public ReportNetworkUseCase report() {
    return report;
  }

  /** Sort imported contacts into tiers, most promising first. */
  public TriageUseCase triage() {
    return triage;
  }
}
