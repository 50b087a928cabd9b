package dev.rapport.shell;

import static dev.rapport.shell.FirstWeekExport.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.adapter.csv.CsvFormat;
import dev.rapport.adapter.csv.CsvImports;
import dev.rapport.adapter.jdbc.JdbcStore;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.policy.Agenda;
import dev.rapport.core.policy.Suggestion;
import dev.rapport.core.policy.analysis.TriageCandidate;
import dev.rapport.core.port.in.AgendaRequest;
import dev.rapport.core.port.in.ContactHealth;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.port.in.SetTierCommand;
import dev.rapport.core.port.in.TriageQueueRequest;
import dev.rapport.core.service.Rapport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22's first week through the library: a fresh SQLite store, a LinkedIn export, then the use-case ports. */
class FirstWeekApiTest {

  /** Two intervals of the acquaintances' cadence (twice a year, 182 days). */
  static final int TWO_INTERVALS = 2 * 182;
  private static final Pattern OVERDUE = Pattern.compile("overdue by (\\d+) days?");

  @TempDir
  Path home;

  private JdbcStore store;
  private Rapport rapport;

  @BeforeEach
  void importTheExport() {
    store = JdbcStore.openSqlite(home.resolve("rapport.db"));
    rapport = Rapport.over(store, Clock.fixed(AS_OF.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    ImportReport report = CsvImports.importInto(rapport.imports(), CsvFormat.LINKEDIN, FirstWeekExport.write(home.resolve("export")), false);
    assertThat(report.added()).isEqualTo(FirstWeekExport.CONNECTIONS);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void theAgenda_repliesFirst_thenWelcomes_thenAtMostTwoReconnections() {
    Agenda agenda = rapport.outreach().agenda(AgendaRequest.asOf(AS_OF));
    List<Suggestion> planned = agenda.planned();

    assertThat(planned.subList(0, 3)).extracting(Suggestion::rule).containsOnly(Suggestion.Rule.REPLY);
    assertThat(planned.subList(0, 3)).extracting(Suggestion::contactName).containsExactlyInAnyOrder(correspondents());
    assertThat(planned.subList(3, 8)).extracting(Suggestion::rule).containsOnly(Suggestion.Rule.WELCOME);
    assertThat(planned.subList(3, 8)).extracting(Suggestion::contactName).containsExactlyInAnyOrder(newConnections());
    assertThat(planned.subList(8, 10)).extracting(Suggestion::rule).containsOnly(Suggestion.Rule.RECONNECT);
    assertThat(agenda.suggestions()).filteredOn(s -> s.rule() == Suggestion.Rule.RECONNECT).hasSize(2);
    assertThat(agenda.lapsedUnplanned()).isPositive();
  }

  @Test
  void noSuggestionOrHealthReason_saysOverdueByMoreThanTwoIntervals() {
    Agenda agenda = rapport.outreach().agenda(AgendaRequest.asOf(AS_OF));
    List<String> texts = new ArrayList<>();
    for (Suggestion s : agenda.suggestions()) {
      texts.add(s.reason());
      texts.addAll(s.otherReasons());
    }
    List<ContactHealth> health = rapport.health().all(AS_OF, Optional.empty());
    health.forEach(h -> texts.addAll(h.reasons()));

    assertThat(texts).isNotEmpty().allSatisfy(FirstWeekApiTest::withinTwoIntervals);
    assertThat(health.stream().flatMap(h -> h.reasons().stream())).anyMatch(r -> r.startsWith("lapsed: connected 2016-"));
    assertThat(health).filteredOn(h -> h.reasons().get(0).startsWith("lapsed: ")).isNotEmpty()
        .allSatisfy(h -> assertThat(h.nextDue()).as("a lapsed tie is due now").contains(AS_OF));
  }

  static void withinTwoIntervals(String text) {
    Matcher overdue = OVERDUE.matcher(text);
    while (overdue.find()) {
      assertThat(Integer.parseInt(overdue.group(1))).as(text).isLessThanOrEqualTo(TWO_INTERVALS);
    }
    assertThat(text).as("no tie is counted in thousands of days").doesNotContainPattern("\\d{4,} days");
  }

  @Test
  void theReconnections_listEveryLapsedTie_theLatestConnectedFirst() {
    Agenda agenda = rapport.outreach().agenda(AgendaRequest.asOf(AS_OF));
    List<Suggestion> lapsed = rapport.outreach().reconnections(AgendaRequest.asOf(AS_OF));

    assertThat(lapsed).hasSize(agenda.lapsedUnplanned() + 2).allSatisfy(s -> {
      assertThat(s.rule()).isEqualTo(Suggestion.Rule.RECONNECT);
      assertThat(s.reason()).startsWith("reconnect: ");
    });
    List<String> plannedReconnections = agenda.planned().stream()
        .filter(s -> s.rule() == Suggestion.Rule.RECONNECT).map(Suggestion::contactName).toList();
    assertThat(lapsed.subList(0, 2)).extracting(Suggestion::contactName).containsExactlyInAnyOrderElementsOf(plannedReconnections);
    assertThat(lapsed).extracting(Suggestion::reason)
        .contains("reconnect: last touch 2019-03-02")
        .anyMatch(r -> r.matches("reconnect: connected 2016-\\d\\d-\\d\\d, never in touch"));
  }

  @Test
  void theTriageQueue_ranksCorrespondentsAndNewConnectionsAboveSilentConnectionsOf2016() {
    List<TriageCandidate> queue = rapport.triage().queue(TriageQueueRequest.asOf(AS_OF));
    List<String> names = queue.stream().map(c -> c.contact().displayName()).toList();

    assertThat(queue).hasSize(FirstWeekExport.CONNECTIONS);
    assertThat(names.subList(0, 8)).containsExactlyInAnyOrderElementsOf(
        Stream.concat(Stream.of(correspondents()), Stream.of(newConnections())).toList());
    assertThat(queue.subList(0, 3)).allSatisfy(c -> assertThat(c.signals()).anyMatch(s -> s.startsWith("wrote to you on ")));
    assertThat(queue.subList(3, 8)).allSatisfy(c -> assertThat(c.signals()).anyMatch(s -> s.startsWith("connected ")));
    for (String silent : FirstWeekExport.silentOf2016()) {
      assertThat(names.indexOf(silent)).as(silent).isGreaterThanOrEqualTo(8);
      assertThat(queue.get(names.indexOf(silent)).signals()).isEmpty();
    }
  }

  @Test
  void settingATierThroughTriage_changesTheNextAgenda() {
    TriageCandidate next = rapport.triage().queue(TriageQueueRequest.asOf(AS_OF)).get(8);
    assertThat(rapport.outreach().agenda(AgendaRequest.asOf(AS_OF)).suggestions())
        .noneMatch(s -> s.contact().equals(next.contact().id()));

    rapport.triage().setTier(new SetTierCommand(next.contact().id(), Tier.CLOSE));

    // a close tie, due every two weeks since connecting a month ago: a meeting to set up
    assertThat(rapport.outreach().agenda(AgendaRequest.asOf(AS_OF)).suggestions())
        .anySatisfy(s -> {
          assertThat(s.contact()).isEqualTo(next.contact().id());
          assertThat(s.tier()).isEqualTo(Tier.CLOSE);
          assertThat(s.action()).isEqualTo(dev.rapport.core.policy.OutreachAction.MEET);
        });
    assertThat(rapport.triage().untriagedCount()).isEqualTo(FirstWeekExport.CONNECTIONS - 1);
    assertThat(rapport.triage().queue(TriageQueueRequest.asOf(AS_OF))).noneMatch(c -> c.contact().id().equals(next.contact().id()));
  }

  static String[] correspondents() {
    return java.util.Arrays.stream(FirstWeekExport.CORRESPONDENTS).mapToObj(FirstWeekExport::name).toArray(String[]::new);
  }

  static String[] newConnections() {
    String[] names = new String[FirstWeekExport.NEW_DAYS_AGO.length];
    for (int i = 0; i < names.length; i++) {
      names[i] = FirstWeekExport.name(i);
    }
    return names;
  }
}
