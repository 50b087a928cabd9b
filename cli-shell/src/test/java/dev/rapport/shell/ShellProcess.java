package dev.rapport.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the built shell, {@code target/rapport.jar}, as a separate process, the way a person would. */
final class ShellProcess {

  /** What a run printed and how it ended. */
  record Result(int code, String out, String err) {}

  private final Path home;
  private final Map<String, String> environment;

  /** Runs with {@code home} as RAPPORT_HOME, so nothing touches the real data folder. */
  ShellProcess(Path home) {
    this(home, Map.of());
  }

  /** Runs with {@code home} as RAPPORT_HOME and these environment variables set. */
  ShellProcess(Path home, Map<String, String> environment) {
    this.home = home;
    this.environment = Map.copyOf(environment);
  }

  static Path jar() {
    Path jar = Path.of("target", "rapport.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("the shell is not built: " + jar + " (run mvn package first)");
    }
    return jar;
  }

  /** Runs one command line with no input. */
  Result run(String... args) {
    return runWithInput("", args);
  }

  /** Runs one command line, feeding {@code input} to it. */
  Result runWithInput(String input, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
        "-jar", jar().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("RAPPORT_HOME", home.toString());
    builder.environment().put("NO_COLOR", "1");
    builder.environment().remove("RAPPORT_JDBC_PASSWORD");
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      CompletableFuture<String> out = read(process.getInputStream());
      CompletableFuture<String> err = read(process.getErrorStream());
      try (OutputStream in = process.getOutputStream()) {
        in.write(input.getBytes(StandardCharsets.UTF_8));
      }
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the shell did not finish in 60 s: " + args.length + " args " + List.of(args));
      }
      return new Result(process.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Runs a command that must succeed and returns its output. */
  String ok(String... args) {
    Result result = run(args);
    if (result.code() != 0) {
      throw new AssertionError("exit " + result.code() + " for " + List.of(args) + ":\n" + result.err() + result.out());
    }
    return result.out();
  }

  private static CompletableFuture<String> read(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
