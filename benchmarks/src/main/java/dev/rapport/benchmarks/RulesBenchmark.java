package dev.rapport.benchmarks;

import dev.rapport.core.domain.Touch;
import dev.rapport.core.port.in.AgendaRequest;
import dev.rapport.core.service.Rapport;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The relationship rules over a generated network of 30,000 contacts and 1,000,000 touches:
 * everyone's health, the week's agenda, and both, next to a baseline that only reads the same
 * touches once (one field of each, summed per contact). The storage keeps per-contact touch
 * stats as a database adapter does; the {@code OnePass} variants summarize every touch instead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class RulesBenchmark {

  @Param({"30000"})
  public int contacts;

  @Param({"1000000"})
  public int touches;

  private GeneratedNetwork network;
  private Rapport rapport;
  private Rapport onePass;

  /** Generates the network once. */
  @Setup(Level.Trial)
  public void setUp() {
    network = GeneratedNetwork.generate(contacts, touches, 42);
    Clock clock = Clock.fixed(GeneratedNetwork.AS_OF.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    rapport = Rapport.over(network, clock);
    onePass = Rapport.over(network.withoutKeptStats(), clock);
  }

  /** The floor: read every touch once and fold one field of it into its contact's slot. */
  @Benchmark
  public long baselineReadTouchesOnce() {
    List<Touch> all = network.touches().findAll();
    long[] perContact = new long[contacts + 1];
    for (Touch touch : all) {
      perContact[(int) touch.contact().value()] += touch.at().getEpochSecond();
    }
    long sum = 0;
    for (long value : perContact) {
      sum ^= value;
    }
    return sum;
  }

  /** Everyone's health, worst first. */
  @Benchmark
  public Object healthOfEveryone() {
    return rapport.health().all(GeneratedNetwork.AS_OF, Optional.empty());
  }

  /** This week's agenda. */
  @Benchmark
  public Object agendaThisWeek() {
    return rapport.outreach().agenda(AgendaRequest.asOf(GeneratedNetwork.AS_OF));
  }

  /** What a "health, then agenda" session asks for. */
  @Benchmark
  public Object healthThenAgenda() {
    return List.of(healthOfEveryone(), agendaThisWeek());
  }

  /** Everyone's health from a storage that summarizes every touch when asked. */
  @Benchmark
  public Object healthOnePass() {
    return onePass.health().all(GeneratedNetwork.AS_OF, Optional.empty());
  }

  /** This week's agenda from a storage that summarizes every touch when asked. */
  @Benchmark
  public Object agendaOnePass() {
    return onePass.outreach().agenda(AgendaRequest.asOf(GeneratedNetwork.AS_OF));
  }
}
