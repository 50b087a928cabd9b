package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo network's report, loaded in a real browser (headless Chromium): every section is in
 * the browser's own DOM and on the screenshot, the page made no network request, and no script
 * ran. The screenshot stays in {@code target/report-in-chromium/} as a build artifact. Skipped,
 * with the reason, where no Chromium is installed ({@code apt-get install chromium}).
 */
class ReportInChromiumIT {

  private static final List<String> SECTIONS = List.of("agenda", "health", "goals", "composition", "channels",
      "special-days", "patterns", "start-small");
  private static final String CANARY =
      "<script>document.documentElement.setAttribute('data-script-ran', 'yes')</script>";
  private static final Path WORK = Path.of("target", "report-in-chromium").toAbsolutePath();

  private static Optional<Chromium> chromium;
  private static Path report;
  private static String source;

  @BeforeAll
  static void renderTheDemosReport() throws IOException {
    Files.createDirectories(WORK);
    chromium = Chromium.find(WORK);
    Harness shell = new Harness();
    shell.env.put("RAPPORT_HOME", WORK.resolve("home").toString());
    shell.ok("--as-of", "2026-11-20", "--db", WORK.resolve("ignored-by-the-fake.db").toString(), "demo");
    report = WORK.resolve("report.html");
    shell.ok("--as-of", "2026-11-20", "report", "--out", report.toString());
    source = Files.readString(report);
  }

  private static Chromium browser() {
    assumeTrue(chromium.isPresent(), "no Chromium on the PATH (apt-get install chromium): the browser check is skipped");
    return chromium.get();
  }

  @Test
  void inTheBrowsersDom_everySectionIsThere_andNoScriptRan() {
    Document dom = Jsoup.parse(browser().dumpDom(report, "report").out());

    for (String id : SECTIONS) {
      Element section = dom.getElementById(id);
      assertThat(section).as("section %s in Chromium's DOM", id).isNotNull();
      assertThat(section.selectFirst("h2").text()).isNotBlank();
      assertThat(section.selectFirst("p.advice").text()).startsWith("What to do:");
    }
    assertThat(dom.select("section#channels svg polyline")).isNotEmpty();
    assertThat(dom.select("script")).isEmpty();
    assertThat(dom.select("[data-script-ran]")).isEmpty();
    assertThat(dom.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("script-src 'none'");
    // What Chromium holds after loading is what the file says: nothing rewrote the page.
    Document parsed = Jsoup.parse(source);
    assertThat(dom.body().text()).isEqualTo(parsed.body().text());
    assertThat(dom.getAllElements().stream().map(Element::tagName).toList())
        .isEqualTo(parsed.getAllElements().stream().map(Element::tagName).toList());
  }

  @Test
  void thePage_madeNoNetworkRequest_andNamesNoExternalUrl() throws IOException {
    Chromium.Run run = browser().dumpDom(report, "report-network");

    assertThat(requestedUrls(run.netLog())).as("requests made for the page").isEmpty();
    Document dom = Jsoup.parse(run.out());
    assertThat(dom.select("[href]").eachAttr("href")).allSatisfy(href -> assertThat(href).startsWith("#"));
    assertThat(dom.select("[src], [srcset], [action], [poster], [data], link, base, iframe, object, embed")).isEmpty();
    assertThat(dom.select("style").html()).doesNotContain("url(", "@import");
  }

  @Test
  void theChecks_areLive_aLoadAndAScriptAreSeenWhereThePolicyDoesNotForbidThem() throws IOException {
    Chromium browser = browser();
    // The report's policy blocks a script put into it ...
    Path blocked = WORK.resolve("canary-with-policy.html");
    Files.writeString(blocked, source.replace("</body>", CANARY + "</body>"));
    assertThat(Jsoup.parse(browser.dumpDom(blocked, "canary-with-policy").out()).select("[data-script-ran]")).isEmpty();
    // ... which runs, and a stylesheet on a closed local port is requested, once the policy is gone.
    String open = source.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>",
        "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/probe.css\">");
    assertThat(open).isNotEqualTo(source);
    Path allowed = WORK.resolve("canary-without-policy.html");
    Files.writeString(allowed, open.replace("</body>", CANARY + "</body>"));
    Chromium.Run run = browser.dumpDom(allowed, "canary-without-policy");
    assertThat(Jsoup.parse(run.out()).select("html[data-script-ran=yes]")).hasSize(1);
    assertThat(requestedUrls(run.netLog())).contains("http://127.0.0.1:9/probe.css");
  }

  @Test
  void theScreenshot_showsTheWholePage_withItsCharts() throws IOException {
    Path png = WORK.resolve("report.png");
    Files.deleteIfExists(png);

    browser().screenshot(report, png, 1280, 9000);

    BufferedImage shot = ImageIO.read(png.toFile());
    assertThat(shot.getWidth()).isEqualTo(1280);
    int lastInk = lastRowWithInk(shot);
    assertThat(lastInk).as("the page ends before the window does, so all of it is on the screenshot")
        .isBetween(2000, shot.getHeight() - 50);
    // The bars are painted in the page's colours: the at-risk band, the planned minutes.
    assertThat(pixelsOf(shot, 0xb3261e)).isGreaterThan(200);
    assertThat(pixelsOf(shot, 0x1a56a6)).isGreaterThan(200);
  }

  /**
   * Every URL the network log says a request was started for on the page's behalf: its network
   * isolation key is the page's file origin (Chromium's own requests carry another key).
   */
  private static List<String> requestedUrls(Path netLog) throws IOException {
    JsonNode log = new ObjectMapper().readTree(Files.readString(netLog, StandardCharsets.UTF_8));
    int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
    assertThat(startJob).as("the network log names its request events").isNotNegative();
    List<String> urls = new ArrayList<>();
    for (JsonNode event : log.path("events")) {
      JsonNode params = event.path("params");
      if (event.path("type").asInt() == startJob && params.path("network_isolation_key").asText().contains("file://")) {
        urls.add(params.path("url").asText());
      }
    }
    return urls;
  }

  private static int lastRowWithInk(BufferedImage image) {
    for (int y = image.getHeight() - 1; y >= 0; y--) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
          return y;
        }
      }
    }
    return -1;
  }

  private static int pixelsOf(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          count++;
        }
      }
    }
    return count;
  }
}
