package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.domain.Quarter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Every threshold of the network analysis and the channel results, with the SPEC's defaults;
 * change one with {@code AnalysisPolicy.builder().from(AnalysisPolicy.defaults())...}.
 */
@Value.Immutable
public abstract class AnalysisPolicy {

  /** Starts a policy; every parameter has its default. */
  public static ImmutableAnalysisPolicy.Builder builder() {
    return ImmutableAnalysisPolicy.builder();
  }

  /** The SPEC's defaults. */
  public static AnalysisPolicy defaults() {
    return builder().build();
  }

  /** How the triage queue ranks untriaged contacts. */
  @Value.Default
  public TriagePolicy triage() {
    return TriagePolicy.defaults();
  }

  /** Months of history the channel results and the reciprocity findings look at. */
  @Value.Default
  public int windowMonths() {
    return 12;
  }

  /** A Herfindahl index (sum of squared shares) at or above this is a concentration warning. */
  @Value.Default
  public double concentrationThreshold() {
    return 0.25;
  }

  /** The dimensions whose concentration is reported: one company or industry dominating. */
  @Value.Default
  public Set<Dimension> concentrationDimensions() {
    return Sets.immutableEnumSet(Dimension.COMPANY, Dimension.INDUSTRY);
  }

  /** Fewer known values than this are too few to call concentrated. */
  @Value.Default
  public int concentrationMinContacts() {
    return 10;
  }

  /** At least this many touches from the owner with no answer in the window make "they never answer". */
  @Value.Default
  public int unansweredMinOutbound() {
    return 3;
  }

  /** At least this much help received in the window, with none given, makes "you have not helped back". */
  @Value.Default
  public int unreciprocatedMinHelp() {
    return 1;
  }

  /** An outbound touch counts as answered when the contact reaches out within this many days. */
  @Value.Default
  public int responseDays() {
    return 14;
  }

  /** How many past quarters the helpers and patterns cover, the current one included. */
  @Value.Default
  public int quarters() {
    return 4;
  }

  /** The window of touches this policy analyses, ending on {@code asOf} in {@code zone}. */
  public ActivityWindow activityWindow(ZoneId zone, LocalDate asOf) {
    LocalDate from = YearMonth.from(asOf).minusMonths(windowMonths() - 1L).atDay(1);
    LocalDate quartersFrom = Quarter.of(asOf).minus(quarters() - 1).start();
    return new ActivityWindow(zone, from, asOf, quartersFrom, responseDays());
  }

  /** How many contacts each quarter lists as spoken with most, and as helpers. */
  @Value.Default
  public int topPerQuarter() {
    return 5;
  }

  /** At most this many introductions are suggested. */
  @Value.Default
  public int maxIntroductions() {
    return 20;
  }

  /** A channel with at least this many collaborations in the window is COLLABORATIVE. */
  @Value.Default
  public int collaborativeMinCollaborations() {
    return 1;
  }

  /** A channel with at least this many touches either way in the window is CONVERSATIONAL. */
  @Value.Default
  public int conversationalMinTouches() {
    return 12;
  }

  /** A COLLABORATIVE channel with at least this many collaborations is worth more time (GROW). */
  @Value.Default
  public int growMinCollaborations() {
    return 3;
  }

  /** A trial that ends within this many days must be decided (DECIDE_TRIAL). */
  @Value.Default
  public int trialDecisionDays() {
    return 14;
  }

  /** A channel joined less than this many days ago is too new to scale back. */
  @Value.Default
  public int newChannelGraceDays() {
    return 90;
  }

  @Value.Check
  protected void check() {
    checkArgument(windowMonths() >= 1, "analysis windowMonths must be at least 1: %s", windowMonths());
    checkArgument(concentrationThreshold() > 0 && concentrationThreshold() <= 1,
        "analysis concentrationThreshold must be in (0, 1]: %s", concentrationThreshold());
    checkArgument(concentrationMinContacts() >= 1, "analysis concentrationMinContacts must be at least 1: %s",
        concentrationMinContacts());
    checkArgument(unansweredMinOutbound() >= 1, "analysis unansweredMinOutbound must be at least 1: %s",
        unansweredMinOutbound());
    checkArgument(unreciprocatedMinHelp() >= 1, "analysis unreciprocatedMinHelp must be at least 1: %s",
        unreciprocatedMinHelp());
    checkArgument(responseDays() >= 0, "analysis responseDays must not be negative: %s", responseDays());
    checkArgument(quarters() >= 1, "analysis quarters must be at least 1: %s", quarters());
    checkArgument(topPerQuarter() >= 1, "analysis topPerQuarter must be at least 1: %s", topPerQuarter());
    checkArgument(maxIntroductions() >= 0, "analysis maxIntroductions must not be negative: %s", maxIntroductions());
    checkArgument(collaborativeMinCollaborations() >= 1,
        "analysis collaborativeMinCollaborations must be at least 1: %s", collaborativeMinCollaborations());
    checkArgument(conversationalMinTouches() >= 1, "analysis conversationalMinTouches must be at least 1: %s",
        conversationalMinTouches());
    checkArgument(growMinCollaborations() >= collaborativeMinCollaborations(),
        "analysis growMinCollaborations must be at least collaborativeMinCollaborations: %s", growMinCollaborations());
    checkArgument(trialDecisionDays() >= 0, "analysis trialDecisionDays must not be negative: %s", trialDecisionDays());
    checkArgument(newChannelGraceDays() >= 0, "analysis newChannelGraceDays must not be negative: %s",
        newChannelGraceDays());
  }
}
