package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.SpecialDay;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.port.out.SpecialDayRepository;
import dev.rapport.core.port.out.Storage;
import java.util.List;
import java.util.stream.StreamSupport;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bugs a first-time user met (issue 18, B2–B7), each shown through the shell. */
class FirstUserBugsTest {

  private static final String TODAY = "2026-11-20";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Harness shell = new Harness();

  @Test
  void b2_logWithTheResourceShared_recordsIt_andNeitherShareNorTheAgendaSuggestItToThemAgain() throws Exception {
    shell.ok("--as-of", TODAY, "contact", "add", "Ada Lovelace", "--tier", "active", "--interests", "payments",
        "--connected-on", "2024-01-01");
    shell.ok("--as-of", TODAY, "resource", "add", "Payments in 2026", "--topics", "payments");
    assertThat(recipients()).containsExactly("Ada Lovelace");
    assertThat(JSON.readTree(shell.ok("--as-of", TODAY, "agenda", "--format", "json")).get(0).get("action").asText())
        .isEqualTo("resource-shared");

    shell.ok("--as-of", TODAY, "log", "ada", "--kind", "resource-shared", "--resource", "payments", "--on", "2026-10-01");

    Touch logged = shell.storage.touches().findAll().get(0);
    assertThat(logged.kind()).isEqualTo(InteractionKind.RESOURCE_SHARED);
    assertThat(logged.resource()).contains(shell.storage.resources().findAll().get(0).id());
    assertThat(recipients()).isEmpty();
    for (JsonNode suggestion : JSON.readTree(shell.ok("--as-of", TODAY, "agenda", "--format", "json"))) {
      assertThat(suggestion.get("action").asText()).isNotEqualTo("resource-shared");
      assertThat(suggestion.get("resourceId").isNull()).isTrue();
    }
  }

  @Test
  void b2_aResourceGivenWithAnotherKind_orUnknown_isWrongInputNamingTheOption() {
    shell.ok("contact", "add", "Ada Lovelace");
    shell.ok("resource", "add", "Payments in 2026", "--topics", "payments");

    assertThat(shell.run("log", "ada", "--kind", "call", "--resource", "payments")).isEqualTo(1);
    assertThat(shell.err).contains("--resource", "resource-shared");
    assertThat(shell.run("log", "ada", "--kind", "resource-shared", "--resource", "cooking")).isEqualTo(1);
    assertThat(shell.err).contains("--resource", "'cooking'");
    assertThat(shell.storage.touches().findAll()).isEmpty();
  }

  private List<String> recipients() throws Exception {
    JsonNode rows = JSON.readTree(shell.ok("--as-of", TODAY, "share", "payments", "--format", "json"));
    return StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("contact").asText()).toList();
  }

  @Test
  void b3_editingTheBirthday_replacesIt_andKeepsTheOtherDays() {
    shell.ok("contact", "add", "Ada Lovelace", "--birthday", "12-10");
    shell.ok("day", "add", "ada", "--kind", "work-anniversary", "--date", "03-01");

    shell.ok("contact", "edit", "ada", "--birthday", "11-25");

    List<SpecialDay> days = shell.storage.specialDays().findAll();
    assertThat(days).filteredOn(d -> d.kind() == SpecialDayKind.BIRTHDAY).singleElement()
        .satisfies(d -> assertThat(d.date()).isEqualTo(PartialDate.parse("11-25")));
    assertThat(days).filteredOn(d -> d.kind() == SpecialDayKind.WORK_ANNIVERSARY).hasSize(1);
  }

  @Test
  void b4_csvOutput_neutralisesFormulas() throws Exception {
    String csv = shell.ok("contact", "add", "=HYPERLINK(\"http://evil.example\",\"x\")", "--company", "@SUM(A1)",
        "--tier", "inner", "--format", "csv");

    List<NamedCsvRecord> records = CsvReader.builder().ofNamedCsvRecord(csv).stream().toList();
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.getField("contact")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
      assertThat(r.getField("company")).isEqualTo("'@SUM(A1)");
      assertThat(r.getField("tier")).isEqualTo("inner");
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "contact add Ada --cadence 'every 99999999999 days'   | --cadence | 99999999999",
      "contact add Ada --cadence 'every 0 days'              | --cadence | 0",
      "profile --goal industry:fintech=99999999999            | --goal    | 99999999999",
      "agenda --days 0                                        | --days    | '0'",
      "agenda --days 99999999999                              | --days    | 99999999999",
      "agenda --budget -5                                     | --budget  | '-5'",
      "special-days --days 0                                  | --days    | '0'",
      "log ada --kind call --minutes -3                       | --minutes | '-3'",
      "profile --max-sites -1                                 | --max-sites | '-1'",
      "contact add Ada --birthday 13-45                       | --birthday | 13-45",
  })
  void b5b6_aBadNumberOrRange_isWrongInputNamingTheOptionAndTheValue(String line, String option, String value) {
    shell.ok("contact", "add", "Ada Lovelace");

    int code = shell.run(words(line));

    assertThat(code).isEqualTo(1);
    assertThat(shell.err).contains(option, value.replace("'", ""))
        .doesNotContain("For input string", "horizonDays", "budgetMinutes", "Exception");
  }

  /** Splits a command line on spaces, keeping 'quoted words' together. */
  private static String[] words(String line) {
    List<String> words = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return words.toArray(String[]::new);
  }

  @Test
  void b7_contactAddWithABirthday_isOneTransaction_soAFailedBirthdayLeavesNoContact() {
    Storage failingDays = new FailingSpecialDays(shell.storage);
    shell.opener = location -> failingDays;

    int code = shell.run("contact", "add", "Ada Lovelace", "--birthday", "12-10");

    assertThat(code).isNotZero();
    assertThat(shell.storage.contacts().findAll()).as("the contact of a failed add").isEmpty();
  }

  /** A store whose special days cannot be written, to see what else a failed write leaves. */
  private static final class FailingSpecialDays extends DelegatingStorage {

    FailingSpecialDays(Storage storage) {
      super(storage);
    }

    @Override
    public SpecialDayRepository specialDays() {
      SpecialDayRepository real = super.specialDays();
      return new SpecialDayRepository() {
        @Override
        public void add(SpecialDay day) {
          throw new IllegalStateException("the disk is full");
        }

        @Override
        public List<SpecialDay> findAll() {
          return real.findAll();
        }

        @Override
        public List<SpecialDay> forContact(dev.rapport.core.domain.ContactId contact) {
          return real.forContact(contact);
        }

        @Override
        public int deleteForContact(dev.rapport.core.domain.ContactId contact) {
          return real.deleteForContact(contact);
        }
      };
    }
  }
}
