package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's page and the shell's JSON, for the demo network on the same as-of day, state the
 * same facts: each section's page text is parsed and compared with the command that answers it.
 */
class ReportStatesTheJsonFactsTest {

  private static final String AS_OF = "2026-11-20";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Harness SHELL = new Harness();
  private static Document page;

  @BeforeAll
  static void demoAndItsReport(@TempDir Path folder) throws Exception {
    SHELL.env.put("RAPPORT_HOME", folder.toString());
    SHELL.ok("--as-of", AS_OF, "--db", folder.resolve("ignored-by-the-fake.db").toString(), "demo");
    Path file = folder.resolve("report.html");
    SHELL.ok("--as-of", AS_OF, "report", "--out", file.toString());
    page = Jsoup.parse(file.toFile(), "UTF-8");
  }

  private static List<JsonNode> json(String... command) throws Exception {
    List<String> args = new ArrayList<>(List.of("--as-of", AS_OF, "--format", "json"));
    args.addAll(List.of(command));
    JsonNode array = JSON.readTree(SHELL.ok(args.toArray(String[]::new)));
    assertThat(array.isArray()).isTrue();
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static List<String> texts(String selector) {
    return page.select(selector).eachText();
  }

  /** "and 76 more …" under a list, or zero. */
  private static int more(Element section, String tableClass) {
    Element table = section.selectFirst("table." + tableClass);
    Element next = table == null ? null : table.nextElementSibling();
    if (next == null || !next.hasClass("more") || !next.text().matches("^… and [\\d,]+ more .*$")) {
      return 0;
    }
    return Integer.parseInt(next.text().replaceAll("^… and ([\\d,]+) more.*$", "$1").replace(",", ""));
  }

  private static String word(String name) {
    return name.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
  }

  @Test
  void agenda_plannedAndDeferred_areTheAgendasJson() throws Exception {
    List<JsonNode> agenda = json("agenda");
    List<JsonNode> planned = agenda.stream().filter(s -> !s.get("deferred").asBoolean()).toList();
    List<JsonNode> deferred = agenda.stream().filter(s -> s.get("deferred").asBoolean()).toList();
    Element section = page.getElementById("agenda");

    List<String> shown = section.select("table.planned-list td.contact").eachText();
    assertThat(shown).isNotEmpty().isEqualTo(planned.stream().limit(shown.size()).map(s -> s.get("contact").asText()).toList());
    assertThat(section.select("table.planned-list td.due time").eachAttr("datetime"))
        .isEqualTo(planned.stream().limit(shown.size()).map(s -> s.get("due").asText()).toList());
    assertThat(section.select("table.planned-list td.minutes").eachText())
        .isEqualTo(planned.stream().limit(shown.size()).map(s -> s.get("minutes").asText()).toList());
    assertThat(shown.size() + more(section, "planned-list")).isEqualTo(planned.size());
    List<String> shownDeferred = section.select("table.deferred-list td.contact").eachText();
    assertThat(shownDeferred).isEqualTo(deferred.stream().limit(shownDeferred.size()).map(s -> s.get("contact").asText()).toList());
    assertThat(shownDeferred.size() + more(section, "deferred-list")).isEqualTo(deferred.size());
    int minutes = planned.stream().mapToInt(s -> s.get("minutes").asInt()).sum();
    assertThat(section.text()).contains(minutes + " of 120 minutes planned");
  }

  @Test
  void health_bandCountsAndCoolingCloseTies_areTheHealthJson() throws Exception {
    List<JsonNode> health = json("health");
    Map<String, Integer> bands = new LinkedHashMap<>();
    health.forEach(h -> bands.merge(word(h.get("band").asText()), 1, Integer::sum));
    Element chart = page.selectFirst("section#health svg");
    List<String> labels = chart.select("text.label").eachText();
    List<String> values = chart.select("text.value").eachText();
    for (int i = 0; i < labels.size(); i++) {
      assertThat(Integer.parseInt(values.get(i).replace(",", ""))).as(labels.get(i))
          .isEqualTo(bands.getOrDefault(labels.get(i), 0));
    }
    assertThat(page.select("section#health > p").get(1).text()).startsWith(health.size() + " contacts");

    List<String> cooling = health.stream()
        .filter(h -> Set.of("inner", "close").contains(h.get("tier").asText()))
        .filter(h -> Set.of("cooling", "at risk", "dormant").contains(word(h.get("band").asText())))
        .map(h -> h.get("contact").asText()).toList();
    List<String> shown = texts("section#health table.ties td.contact");
    assertThat(shown).isNotEmpty().isEqualTo(cooling.subList(0, shown.size()));
    assertThat(shown.size() + more(page.getElementById("health"), "ties")).isEqualTo(cooling.size());
  }

  @Test
  void goals_andConcentrations_areTheGapsJson() throws Exception {
    List<JsonNode> gaps = json("gaps");
    List<List<String>> goals = gaps.stream().filter(g -> g.get("kind").asText().equals("goal"))
        .map(g -> List.of(g.get("subject").asText(), g.get("wanted").asText(), g.get("have").asText(),
            g.get("healthy").asText()))
        .toList();
    List<List<String>> rows = page.select("section#goals table.goals tbody tr").stream()
        .map(tr -> List.of(tr.selectFirst("td.goal").text(), tr.selectFirst("td.wanted-n").text(),
            tr.selectFirst("td.have-n").text(), tr.selectFirst("td.healthy-n").text()))
        .toList();
    assertThat(rows).isNotEmpty().isEqualTo(goals);

    List<String> concentrations = gaps.stream().filter(g -> g.get("kind").asText().equals("concentration"))
        .map(g -> g.get("detail").asText()).toList();
    assertThat(texts("section#composition p.warn")).isEqualTo(concentrations);
  }

  @Test
  void channels_areTheChannelsJson() throws Exception {
    List<JsonNode> channels = json("channels");
    List<List<String>> expected = channels.stream().map(c -> List.of(c.get("channel").asText(),
        c.get("outbound").asText(), c.get("inbound").asText(), c.get("collaborations").asText(),
        word(c.get("class").asText()), word(c.get("recommendation").asText()))).toList();
    List<List<String>> rows = page.select("section#channels table.channel-list tbody tr").stream()
        .map(tr -> List.of(tr.selectFirst("td.channel").text(), tr.selectFirst("td.outbound").text(),
            tr.selectFirst("td.inbound").text(), tr.selectFirst("td.collaborations").text(),
            tr.selectFirst("td.class").text(), tr.selectFirst(".recommendation").text()))
        .toList();
    assertThat(rows).isNotEmpty().isEqualTo(expected.subList(0, rows.size()));
  }

  @Test
  void patterns_areThePatternsJson_quarterByQuarter() throws Exception {
    List<JsonNode> rows = json("patterns");
    List<Element> quarters = page.select("section#patterns table.quarters tbody tr");
    assertThat(quarters).isNotEmpty();
    assertThat(quarters.stream().map(tr -> tr.selectFirst("td.quarter").text()).toList())
        .containsAll(rows.stream().map(r -> r.get("quarter").asText()).distinct().toList());
    for (Element quarter : quarters) {
      String name = quarter.selectFirst("td.quarter").text();
      for (String[] kind : new String[][] {{PatternsCommand.SPOKEN_WITH, "td.spoken"}, {PatternsCommand.HELPER, "td.helpers"}}) {
        List<String> expected = rows.stream()
            .filter(r -> r.get("quarter").asText().equals(name) && r.get("pattern").asText().equals(kind[0]))
            .map(r -> r.get("contact").asText() + " (" + r.get("count").asInt() + " ").toList();
        String cell = quarter.selectFirst(kind[1]).text();
        if (expected.isEmpty()) {
          assertThat(cell).as("%s %s", name, kind[0]).isEqualTo("nobody");
        } else {
          assertThat(cell.split(", (?=[^,]+ \\(\\d)")).as("%s %s", name, kind[0]).hasSameSizeAs(expected);
          expected.forEach(e -> assertThat(cell).contains(e));
        }
      }
    }
  }

  @Test
  void specialDays_areTheSpecialDaysJson_overThirtyDays() throws Exception {
    List<JsonNode> days = json("special-days", "--days", "30");
    List<Element> rows = page.select("section#special-days table.days tbody tr");
    assertThat(rows).isNotEmpty();
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).selectFirst("time").attr("datetime")).isEqualTo(days.get(i).get("date").asText());
      assertThat(rows.get(i).selectFirst("td.who").text()).startsWith(days.get(i).get("contact").asText());
      assertThat(rows.get(i).selectFirst("td.kind").text()).isEqualTo(word(days.get(i).get("kind").asText()));
    }
    assertThat(rows.size() + more(page.getElementById("special-days"), "days")).isEqualTo(days.size());
  }
}
