package dev.rapport.adapter.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.port.in.NetworkReport;
import java.io.StringWriter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  static final List<String> SECTIONS = List.of("agenda", "health", "goals", "composition", "channels", "special-days",
      "patterns", "start-small");

  private static NetworkReport report;
  private static String html;
  private static Document page;

  @BeforeAll
  static void render() {
    report = HostileNetwork.report();
    html = HtmlReport.render(report);
    page = Jsoup.parse(html);
  }

  @Test
  void givenHostileNames_thePage_showsThemAsText_andHasNoScriptImageOrHandler() {
    assertThat(page.select("script, img, iframe, object, embed, link, base, form")).isEmpty();
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
      }
    }
    assertThat(page.select("b, i, u")).isEmpty();
    assertThat(page.select("svg")).allSatisfy(svg -> assertThat(svg.attributes().asList())
        .extracting(Attribute::getKey).noneMatch(k -> k.startsWith("on")));
    String text = page.body().text();
    assertThat(text).contains(HostileNetwork.SCRIPT, HostileNetwork.IMG, HostileNetwork.COMPANY, HostileNetwork.CHANNEL,
        HostileNetwork.GOAL);
    assertThat(page.select("section#health td.contact").eachText()).contains(HostileNetwork.IMG);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void thePage_hasEverySection_eachWithItsAdvice() {
    for (String id : SECTIONS) {
      Element section = page.getElementById(id);
      assertThat(section).as("section %s", id).isNotNull();
      assertThat(section.select("h2").text()).isNotBlank();
      assertThat(section.select("p.advice").text()).startsWith("What to do:").hasSizeGreaterThan(20);
    }
    assertThat(page.select("section#agenda p.advice").text()).endsWith(report.agenda().advice());
    assertThat(page.select("section#patterns p.advice").text()).endsWith(report.patterns().advice());
  }

  @Test
  void thePage_isSelfContained_withAPolicyThatForbidsScriptsAndRemoteLoads() {
    Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertThat(csp).isNotNull();
    assertThat(csp.attr("content")).contains("default-src 'none'", "script-src 'none'", "img-src 'none'",
        "connect-src 'none'", "form-action 'none'", "base-uri 'none'");
    assertThat(page.select("[href]")).allSatisfy(e -> assertThat(e.attr("href")).startsWith("#"));
    assertThat(page.select("[src], [srcset], [xlink:href], [action], [poster], [data]")).isEmpty();
    assertThat(page.select("style").html()).doesNotContain("url(", "@import");
  }

  @Test
  void everyChart_hasATitleAndATextEquivalent() {
    assertThat(page.select("svg")).isNotEmpty().allSatisfy(svg -> {
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.selectFirst("title").text()).isNotBlank();
      assertThat(svg.selectFirst("desc").text()).isNotBlank();
      for (String id : svg.attr("aria-labelledby").split(" ")) {
        assertThat(svg.getElementById(id)).as("%s labelled by %s", svg.attr("aria-labelledby"), id).isNotNull();
      }
    });
    Element bands = page.selectFirst("section#health svg");
    assertThat(bands.select("text.label").eachText()).containsExactly("thriving", "healthy", "cooling", "at risk",
        "dormant", "new");
    assertThat(bands.selectFirst("desc").text()).contains("at risk: " + report.health().bands().get(
        dev.rapport.core.policy.HealthBand.AT_RISK));
  }

  @Test
  void aLongList_isCut_withACountOfTheRest() {
    assertThat(report.composition().dimensions()).isNotEmpty();
    NetworkReport.DimensionShares company = report.composition().dimensions().get(1);
    assertThat(company.dimension().label()).isEqualTo("company");
    // Five contacts at four companies: all shown (six a chart), nothing cut.
    assertThat(company.shares().more()).isZero();
    assertThat(page.select("section#composition svg").get(1).select("rect")).hasSize(company.shares().shown().size());
  }

  @Test
  void write_givesTheSamePageAsRender() {
    StringWriter out = new StringWriter();
    HtmlReport.write(report, out);
    assertThat(out.toString()).isEqualTo(html);
  }
}
