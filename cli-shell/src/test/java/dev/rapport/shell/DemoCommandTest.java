package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.core.domain.ChannelStatus;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.policy.CadencePolicy;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.TouchDraft;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  private final Harness shell = new Harness();

  @TempDir
  Path home;

  @BeforeEach
  void dataFolder() {
    shell.env.put("RAPPORT_HOME", home.toString()); // the demo writes its report there
  }

  @Test
  void demo_fillsAnEmptyStoreWithARealisticNetwork() {
    shell.ok("--as-of", "2026-11-20", "--db", "/tmp/ignored-by-the-fake.db", "demo");

    List<Contact> contacts = shell.storage.contacts().findAll();
    assertThat(contacts).hasSize(150);
    Map<Tier, Long> tiers = contacts.stream().collect(Collectors.groupingBy(Contact::tier, Collectors.counting()));
    assertThat(tiers.keySet()).containsExactlyInAnyOrder(Tier.values());
    assertThat(contacts.stream().map(c -> c.industry().orElse("")).distinct().count()).isGreaterThanOrEqualTo(5);
    List<Touch> touches = shell.storage.touches().findAll();
    assertThat(touches).hasSizeGreaterThan(500);
    assertThat(touches).extracting(Touch::direction).contains(Direction.OUTBOUND, Direction.INBOUND, Direction.MUTUAL);
    assertThat(touches).allSatisfy(t -> assertThat(t.at().atZone(ZoneOffset.UTC).toLocalDate())
        .isBetween(LocalDate.of(2026, 11, 20).minusMonths(DemoNetwork.MONTHS + 1), LocalDate.of(2026, 11, 20)));
    assertThat(shell.storage.channels().findAll()).extracting(c -> c.status()).contains(ChannelStatus.TRIAL);
    assertThat(shell.storage.specialDays().findAll()).hasSizeGreaterThan(50);
    assertThat(shell.storage.resources().findAll()).isNotEmpty();
    assertThat(shell.storage.collaborations().findAll()).isNotEmpty();
    assertThat(shell.out).contains("150 contacts", "Try next", "agenda");
    assertThat(shell.out).contains("The demo's report: " + home.resolve("demo-report.html"));
    assertThat(home.resolve("demo-report.html")).content().contains("<section id=\"agenda\"", "<section id=\"start-small\"");
  }

  @Test
  void givenADatabaseWithContacts_demo_refusesAndLeavesItAlone() {
    shell.ok("contact", "add", "Ada Lovelace");

    int code = shell.run("--db", "/tmp/mine.db", "demo");

    assertThat(code).isEqualTo(1);
    assertThat(shell.err).contains("already holds 1 contact;");
    assertThat(shell.storage.contacts().findAll()).hasSize(1);
  }

  @Test
  void theSameSeed_givesTheSameNetwork() {
    LocalDate today = LocalDate.of(2026, 11, 20);
    Function<Long, ImportBatch> network = seed -> DemoNetwork.generate(seed, 40, today, ZoneOffset.UTC);

    assertThat(network.apply(7L)).isEqualTo(network.apply(7L));
    assertThat(network.apply(7L)).isNotEqualTo(network.apply(8L));
  }

  @Test
  void theDemo_looksLikeAnActivePersonsNetwork_mostNearTheirCadence_aHandfulLongLost() {
    LocalDate today = LocalDate.of(2026, 11, 20);
    ImportBatch batch = DemoNetwork.generate(42, 150, today, ZoneOffset.UTC);

    Map<String, LocalDate> lastOutreach = new java.util.HashMap<>();
    for (TouchDraft touch : batch.touches()) {
      if (touch.direction().fromOwner()) {
        lastOutreach.merge(touch.contact().key().orElseThrow(), touch.at().atZone(ZoneOffset.UTC).toLocalDate(),
            (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    int near = 0;
    int lost = 0;
    for (ContactDraft contact : batch.contacts()) {
      int interval = CadencePolicy.defaults().tierCadences().get(contact.details().tier()).nominalDays();
      LocalDate since = lastOutreach.getOrDefault(contact.key(), contact.details().connectedOn().orElseThrow());
      double intervalsAgo = (double) java.time.temporal.ChronoUnit.DAYS.between(since, today) / interval;
      near += intervalsAgo <= 2.5 ? 1 : 0;
      lost += intervalsAgo > 3 ? 1 : 0;
    }
    assertThat(near).as("contacts last reached within two and a half intervals").isGreaterThanOrEqualTo(135);
    assertThat(lost).as("contacts long lost").isBetween(3, 12);
  }

  @Test
  void theDemosFirstAgenda_readsLikeAPlausibleWeek() {
    shell.ok("--as-of", "2026-11-20", "demo");

    List<JsonNode> agenda = JsonOutput.rows(shell.ok("--as-of", "2026-11-20", "agenda", "--format", "json"));

    LocalDate today = LocalDate.of(2026, 11, 20);
    List<JsonNode> planned = agenda.stream().filter(s -> !s.get("deferred").asBoolean()).toList();
    assertThat(planned).hasSizeBetween(5, 20);
    // a long-lost tie may come back as a reconnection, but the week is not a list of years-old debts
    assertThat(planned).filteredOn(s -> LocalDate.parse(s.get("due").asText()).isBefore(today.minusDays(365))).hasSizeLessThanOrEqualTo(2);
    assertThat(planned).extracting(s -> s.get("action").asText()).contains("reply");
  }
}
