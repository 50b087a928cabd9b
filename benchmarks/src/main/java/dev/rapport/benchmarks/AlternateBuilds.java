package dev.rapport.benchmarks;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.annotations.Setup;

/**
 * Compares two or more builds of {@link CsvImportBenchmark} in one JVM: each build's benchmarks
 * jar gets a class loader of its own, and their benchmark methods are called in turn, build after
 * build, so every build sees the machine at the same moments. On a VM whose speed drifts from
 * minute to minute and whose JMH forks differ by a third, that tells two builds apart where a few
 * forks cannot. It decides between changes; the figures that count are JMH's.
 *
 * <pre>
 * java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *   dev.rapport.benchmarks.AlternateBuilds 150 50 bareParse,importIntoMemoryWithHelper before.jar after.jar
 * </pre>
 *
 * <p>Arguments: rounds measured, rounds of warm-up, the benchmark methods (comma-separated), then
 * the jars. A method may take one state object whose {@code @Setup} methods take the benchmark
 * (such as {@link CsvImportBenchmark.ReadBatch}); it is set up once.
 */
public final class AlternateBuilds {

  private AlternateBuilds() {}

  /** One build's benchmark, its methods and their state objects. */
  private record Build(String name, Object benchmark, List<Method> methods, Object[] states) {

    static Build load(Path jar, List<String> methodNames) throws ReflectiveOperationException, IOException {
      URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> type = loader.loadClass(CsvImportBenchmark.class.getName());
      Object benchmark = type.getConstructor().newInstance();
      type.getField("rows").setInt(benchmark, CsvImportBenchmark.ROWS);
      type.getMethod("writeFile").invoke(benchmark);
      List<Method> methods = methodNames.stream().map(name -> method(type, name)).toList();
      Object[] states = new Object[methods.size()];
      for (int i = 0; i < methods.size(); i++) {
        if (methods.get(i).getParameterCount() == 1) {
          states[i] = state(methods.get(i).getParameterTypes()[0], type, benchmark);
        }
      }
      return new Build(jar.getFileName().toString(), benchmark, methods, states);
    }

    long time(int method) throws ReflectiveOperationException {
      Method m = methods.get(method);
      long start = System.nanoTime();
      Object result = states[method] == null ? m.invoke(benchmark) : m.invoke(benchmark, states[method]);
      long took = System.nanoTime() - start;
      if (result == null) {
        throw new IllegalStateException(m.getName() + " returned nothing");
      }
      return took;
    }
  }

  private static Method method(Class<?> type, String name) {
    return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no benchmark method " + name + " in " + type.getName()));
  }

  /** A state object, set up by its {@code @Setup} methods that take the benchmark (matched by name: another loader's annotation). */
  private static Object state(Class<?> stateType, Class<?> benchmarkType, Object benchmark) throws ReflectiveOperationException {
    Object state = stateType.getConstructor().newInstance();
    for (Method setup : stateType.getMethods()) {
      boolean isSetup = Arrays.stream(setup.getAnnotations())
          .anyMatch(a -> a.annotationType().getName().equals(Setup.class.getName()));
      if (isSetup && setup.getParameterCount() == 1 && setup.getParameterTypes()[0] == benchmarkType) {
        setup.invoke(state, benchmark);
      }
    }
    return state;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: AlternateBuilds ROUNDS WARMUP_ROUNDS METHOD[,METHOD...] JAR JAR...");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[0]);
    int warmup = Integer.parseInt(args[1]);
    List<String> methods = List.of(args[2].split(","));
    List<Build> builds = new ArrayList<>();
    for (String jar : Arrays.asList(args).subList(3, args.length)) {
      builds.add(Build.load(Path.of(jar), methods));
    }
    long[][][] nanos = new long[builds.size()][methods.size()][rounds];
    for (int round = -warmup; round < rounds; round++) {
      for (int b = 0; b < builds.size(); b++) {
        // every other round the other way round: neither build always runs right after the other
        int build = round % 2 == 0 ? b : builds.size() - 1 - b;
        for (int m = 0; m < methods.size(); m++) {
          long took = builds.get(build).time(m);
          if (round >= 0) {
            nanos[build][m][round] = took;
          }
        }
      }
    }
    for (int b = 0; b < builds.size(); b++) {
      StringBuilder line = new StringBuilder(builds.get(b).name());
      for (int m = 0; m < methods.size(); m++) {
        long[] sorted = nanos[b][m].clone();
        Arrays.sort(sorted);
        line.append(String.format("%n  %-28s median %6.2f ms  mean %6.2f  p10 %6.2f  p90 %6.2f", methods.get(m),
            sorted[rounds / 2] / 1e6, Arrays.stream(sorted).average().orElse(0) / 1e6, sorted[rounds / 10] / 1e6,
            sorted[rounds * 9 / 10] / 1e6));
      }
      System.out.println(line);
    }
  }
}
