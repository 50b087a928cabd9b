package dev.rapport.core.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.policy.analysis.Composition;
import dev.rapport.core.policy.analysis.Gap;
import dev.rapport.core.policy.analysis.GapKind;
import dev.rapport.core.policy.analysis.QuarterPattern;
import java.time.LocalDate;
import java.util.List;

/**
 * The network seen whole on one day (SPEC §5): its composition in every dimension; its gaps
 * (goals first, then cooling ties, imbalances, concentrations and thin files); and who you spoke
 * with most and who helped you, quarter by quarter.
 */
public record NetworkAnalysis(LocalDate asOf, List<Composition> composition, List<Gap> gaps,
    List<QuarterPattern> patterns) {

  public NetworkAnalysis {
    checkNotNull(asOf, "asOf");
    composition = ImmutableList.copyOf(composition);
    gaps = ImmutableList.copyOf(gaps);
    patterns = ImmutableList.copyOf(patterns);
  }

  /** The gaps of one kind, in report order. */
  public List<Gap> gaps(GapKind kind) {
    return gaps.stream().filter(g -> g.kind() == kind).collect(ImmutableList.toImmutableList());
  }
}
