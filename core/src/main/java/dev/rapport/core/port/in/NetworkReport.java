package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import dev.rapport.core.policy.HealthBand;
import dev.rapport.core.policy.Suggestion;
import dev.rapport.core.policy.UpcomingDay;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.policy.analysis.ChannelResult;
import dev.rapport.core.policy.analysis.Dimension;
import dev.rapport.core.policy.analysis.Gap;
import dev.rapport.core.policy.analysis.QuarterPattern;
import dev.rapport.core.policy.analysis.Share;
import dev.rapport.core.policy.analysis.StartSmallCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The network on one page, as of one day: a section for each question the seed asks, each with
 * its one line of what to do about it ({@code advice}). Long lists are {@link Shortlist}s.
 */
public record NetworkReport(LocalDate asOf, AgendaSection agenda, HealthSection health, GoalsSection goals,
    CompositionSection composition, ChannelsSection channels, SpecialDaysSection specialDays,
    PatternsSection patterns, StartSmallSection startSmall) {

  /** @throws NullPointerException when a section is missing */
  public NetworkReport {
    checkNotNull(asOf, "asOf");
    checkNotNull(agenda, "agenda");
    checkNotNull(health, "health");
    checkNotNull(goals, "goals");
    checkNotNull(composition, "composition");
    checkNotNull(channels, "channels");
    checkNotNull(specialDays, "specialDays");
    checkNotNull(patterns, "patterns");
    checkNotNull(startSmall, "startSmall");
  }

  /**
   * The agenda over its horizon: planned and deferred suggestions with their reasons, the minutes
   * planned against the budget, and how many lapsed ties wait beyond this week's reconnections.
   */
  public record AgendaSection(LocalDate from, int horizonDays, int budgetMinutes, int plannedMinutes,
      int outreachThisMonth, int minOutreachPerMonth, Shortlist<Suggestion> planned, Shortlist<Suggestion> deferred,
      int lapsedUnplanned, String advice) {

    /** @throws NullPointerException when a part is missing */
    public AgendaSection {
      checkNotNull(from, "from");
      checkNotNull(planned, "planned");
      checkNotNull(deferred, "deferred");
      checkNotNull(advice, "advice");
    }
  }

  /**
   * How many contacts are in each band, and the INNER and CLOSE ties that are cooling, at risk or
   * dormant, the worst first, with their reasons.
   */
  public record HealthSection(int contacts, Map<HealthBand, Integer> bands, Shortlist<ContactHealth> closeTiesCooling,
      String advice) {

    /** @throws IllegalArgumentException when a band is missing or the counts do not add up */
    public HealthSection {
      checkArgument(bands.keySet().containsAll(List.of(HealthBand.values())), "every band needs a count: %s", bands);
      checkArgument(bands.values().stream().mapToInt(Integer::intValue).sum() == contacts,
          "band counts must add up to %s: %s", contacts, bands);
      bands = Maps.immutableEnumMap(bands);
      checkNotNull(closeTiesCooling, "closeTiesCooling");
      checkNotNull(advice, "advice");
    }
  }

  /** Each owner goal against the network: contacts that match, how many are healthy, how many are wanted. */
  public record GoalsSection(List<Gap.GoalGap> goals, String advice) {

    /** Copies the goals. */
    public GoalsSection {
      goals = ImmutableList.copyOf(goals);
      checkNotNull(advice, "advice");
    }
  }

  /** The network by industry, company, location and tier, and the concentration warnings. */
  public record CompositionSection(List<DimensionShares> dimensions, List<Gap.Concentration> concentrations,
      String advice) {

    /** Copies the lists. */
    public CompositionSection {
      dimensions = ImmutableList.copyOf(dimensions);
      concentrations = ImmutableList.copyOf(concentrations);
      checkNotNull(advice, "advice");
    }
  }

  /**
   * One dimension's largest values, most contacts first.
   *
   * @param dimension the dimension
   * @param contacts the contacts counted (unknown values included)
   * @param herfindahl the concentration index over the known values
   * @param shares the largest values (the unknown ones among them as an empty value)
   */
  public record DimensionShares(Dimension dimension, int contacts, double herfindahl, Shortlist<Share> shares) {

    /** @throws NullPointerException when a part is missing */
    public DimensionShares {
      checkNotNull(dimension, "dimension");
      checkNotNull(shares, "shares");
    }
  }

  /** Each channel's results over the window with its monthly series, class and recommendation. */
  public record ChannelsSection(ActivityWindow window, Shortlist<ChannelResult> channels, String advice) {

    /** @throws NullPointerException when a part is missing */
    public ChannelsSection {
      checkNotNull(window, "window");
      checkNotNull(channels, "channels");
      checkNotNull(advice, "advice");
    }
  }

  /** The special days in the next {@code days} days, by date. */
  public record SpecialDaysSection(int days, Shortlist<UpcomingDay> upcoming, String advice) {

    /** @throws NullPointerException when a part is missing */
    public SpecialDaysSection {
      checkNotNull(upcoming, "upcoming");
      checkNotNull(advice, "advice");
    }
  }

  /** Who you spoke with most and who helped you, quarter by quarter, the earliest first. */
  public record PatternsSection(List<QuarterPattern> quarters, String advice) {

    /** Copies the quarters. */
    public PatternsSection {
      quarters = ImmutableList.copyOf(quarters);
      checkNotNull(advice, "advice");
    }
  }

  /** The start-small checks: sites, groups, minutes and outreach against the profile's limits. */
  public record StartSmallSection(StartSmallCheck check, String advice) {

    /** @throws NullPointerException when a part is missing */
    public StartSmallSection {
      checkNotNull(check, "check");
      checkNotNull(advice, "advice");
    }
  }
}
