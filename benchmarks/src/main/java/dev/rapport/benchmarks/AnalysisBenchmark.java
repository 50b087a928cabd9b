package dev.rapport.benchmarks;

import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.domain.TouchSummary;
import dev.rapport.core.policy.Rules;
import dev.rapport.core.domain.ActivityWindow;
import dev.rapport.core.policy.analysis.AnalysisPolicy;
import dev.rapport.core.policy.analysis.ChannelReport;
import dev.rapport.core.policy.analysis.Introduction;
import dev.rapport.core.domain.NetworkActivity;
import dev.rapport.core.port.in.NetworkAnalysis;
import dev.rapport.core.service.Rapport;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The network analysis (SPEC §5) and channel results (SPEC §6) over a generated network of
 * 30,000 contacts and 1,000,000 touches, next to a baseline that only reads the same touches
 * once: the ratio of the two is the figure in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AnalysisBenchmark {

  @Param("30000")
  public int contacts;

  @Param("1000000")
  public int touches;

  private FrozenStorage storage;
  private Rapport rapport;

  @Setup(Level.Trial)
  public void generate() {
    storage = AnalysisNetwork.generate(contacts, touches, 42);
    rapport = Rapport.over(storage, Clock.fixed(AnalysisNetwork.AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  /** The read-only baseline: every touch read once, each field the analysis looks at touched. */
  @Benchmark
  public long baselineReadTouches() {
    long sum = 0;
    for (Touch touch : storage.touches().findAll()) {
      sum += touch.at().getEpochSecond() + touch.contact().value() + touch.direction().ordinal() + touch.kind().ordinal()
          + (touch.channel().isPresent() ? 1 : 0);
    }
    return sum;
  }

  /** The analysis's own touch aggregates (one pass), as TouchRepository.activity computes them in memory. */
  @Benchmark
  public NetworkActivity activityTally() {
    return storage.touches().activity(AnalysisPolicy.defaults().activityWindow(ZoneOffset.UTC, AnalysisNetwork.AS_OF));
  }

  /** The rules' per-contact summaries (one pass), which the gaps need for health. */
  @Benchmark
  public Map<ContactId, TouchSummary> healthSummaries() {
    return storage.touches().summaries(Rules.defaults().health().queryAsOf(AnalysisNetwork.AS_OF, ZoneOffset.UTC));
  }

  /** Suggested introductions. */
  @Benchmark
  public List<Introduction> introductions() {
    return rapport.analysis().introductions();
  }

  /** Composition, gaps (goals with health, cooling ties, imbalances, concentration, thin files) and quarterly patterns. */
  @Benchmark
  public NetworkAnalysis networkAnalysis() {
    return rapport.analysis().analyse(AnalysisNetwork.AS_OF);
  }

  /** Channel results over twelve months with the monthly series and the start-small check. */
  @Benchmark
  public ChannelReport channelResults() {
    return rapport.channels().channels(AnalysisNetwork.AS_OF);
  }

  /** Everything the shell's gaps, channels and intros commands compute. */
  @Benchmark
  public void wholeAnalysis(Blackhole blackhole) {
    blackhole.consume(rapport.analysis().analyse(AnalysisNetwork.AS_OF));
    blackhole.consume(rapport.channels().channels(AnalysisNetwork.AS_OF));
    blackhole.consume(rapport.analysis().introductions());
  }
}
