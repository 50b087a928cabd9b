package dev.rapport.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, run as a process on a local file: what its DOM is after loading,
 * a screenshot, and a log of every network request it made. Each run has a fresh profile and the
 * flags that keep Chromium from calling home, so the log holds only what the page asked for.
 */
final class Chromium {

  private final Path binary;
  private final Path work;

  private Chromium(Path binary, Path work) {
    this.binary = binary;
    this.work = work;
  }

  /** Chromium from the PATH, if there is one. */
  static Optional<Chromium> find(Path work) {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(new Chromium(candidate, work));
        }
      }
    }
    return Optional.empty();
  }

  /** What a run gave: its standard output (the DOM, with --dump-dom) and its network log. */
  record Run(String out, Path netLog) {}

  /** The DOM of {@code page} after loading, with the network log of that load. */
  Run dumpDom(Path page, String name) {
    return run(name, List.of("--dump-dom"), page);
  }

  /** A screenshot of {@code page} in a window {@code width} by {@code height}, into {@code png}. */
  Run screenshot(Path page, Path png, int width, int height) {
    return run(png.getFileName().toString(), List.of("--screenshot=" + png.toAbsolutePath(),
        "--window-size=" + width + "," + height, "--hide-scrollbars"), page);
  }

  private Run run(String name, List<String> what, Path page) {
    try {
      Path profile = Files.createTempDirectory("rapport-chromium-");
      Path netLog = work.resolve(name + ".netlog.json");
      List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-extensions", "--disable-default-apps", "--no-default-browser-check",
          // Chromium's own calls home (updates, time, accounts) go to a closed local port and stop there;
          // loopback addresses bypass the proxy, as Chromium always has them.
          "--proxy-server=http://127.0.0.1:9",
          "--user-data-dir=" + profile, "--log-net-log=" + netLog, "--net-log-capture-mode=Everything"));
      command.addAll(what);
      command.add(page.toAbsolutePath().toUri().toString());
      Path out = work.resolve(name + ".out");
      Path err = work.resolve(name + ".err");
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("chromium did not finish within 120 s: " + command);
      }
      if (process.exitValue() != 0) {
        throw new AssertionError("chromium exited " + process.exitValue() + ": " + Files.readString(err));
      }
      deleteQuietly(profile);
      return new Run(Files.readString(out, StandardCharsets.UTF_8), netLog);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while chromium ran", e);
    }
  }

  private static void deleteQuietly(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
