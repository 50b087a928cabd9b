package dev.rapport.shell;

import static dev.rapport.shell.JsonOutput.field;
import static dev.rapport.shell.JsonOutput.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.domain.Touch;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactCommandsTest {

  private final Harness shell = new Harness();

  @Test
  void contactAdd_savesEveryDetailGiven_andTheBirthdayAsASpecialDay() {
    shell.ok("contact", "add", "Ada Lovelace", "--email", "ada@example.org", "--company", "Engines Ltd",
        "--title", "CTO", "--industry", "fintech", "--location", "London, UK", "--tier", "close",
        "--cadence", "every 2 weeks", "--interests", "math,poetry", "--tags", "mentor",
        "--birthday", "12-10", "--connected-on", "2024-03-01", "--channel", "LinkedIn");

    Contact ada = shell.storage.contacts().findAll().get(0);
    assertThat(ada.displayName()).isEqualTo("Ada Lovelace");
    assertThat(ada.emails()).containsExactly("ada@example.org");
    assertThat(ada.company()).contains("Engines Ltd");
    assertThat(ada.tier()).isEqualTo(Tier.CLOSE);
    assertThat(ada.cadence().map(Object::toString)).contains("every 2 weeks");
    assertThat(ada.interests()).containsExactlyInAnyOrder("math", "poetry");
    assertThat(ada.location().country()).contains("UK");
    assertThat(ada.connectedOn()).contains(LocalDate.of(2024, 3, 1));
    assertThat(shell.storage.specialDays().forContact(ada.id()))
        .singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(SpecialDayKind.BIRTHDAY));
  }

  @Test
  void givenABadTier_contactAdd_exitsOneNamingTheOptionAndWritesNothing() {
    int code = shell.run("contact", "add", "Ada", "--tier", "bestie");

    assertThat(code).isEqualTo(1);
    assertThat(shell.err).contains("--tier", "'bestie'", "inner, close, active, wider, acquaintance");
    assertThat(shell.storage.contacts().findAll()).isEmpty();
  }

  @Test
  void givenAnImpossibleBirthday_contactAdd_exitsOneAndWritesNothing() {
    int code = shell.run("contact", "add", "Ada", "--birthday", "02-30");

    assertThat(code).isEqualTo(1);
    assertThat(shell.err).contains("02-30");
    assertThat(shell.storage.contacts().findAll()).isEmpty();
  }

  @Test
  void givenTwoContactsMatchingAFragment_aCommand_exitsOneListingBoth() {
    shell.ok("contact", "add", "Ada Lovelace");
    shell.ok("contact", "add", "Ada Byron");

    int code = shell.run("contact", "show", "ada");

    assertThat(code).isEqualTo(1);
    assertThat(shell.err).contains("Ada Lovelace", "Ada Byron");
  }

  @Test
  void givenNoMatch_aCommand_exitsOneSayingSo() {
    int code = shell.run("note", "add", "nobody", "hello");

    assertThat(code).isEqualTo(1);
    assertThat(shell.err).contains("no contact matches 'nobody'");
  }

  @Test
  void contactEdit_changesOnlyTheDetailsGiven() {
    shell.ok("contact", "add", "Grace Hopper", "--company", "Navy", "--tier", "active");

    shell.ok("contact", "edit", "grace", "--title", "Rear Admiral");

    Contact grace = shell.storage.contacts().findAll().get(0);
    assertThat(grace.title()).contains("Rear Admiral");
    assertThat(grace.company()).contains("Navy");
    assertThat(grace.tier()).isEqualTo(Tier.ACTIVE);
  }

  @Test
  void contactEdit_anAddressGiven_becomesThePrimaryOne_andTheOthersStay() {
    shell.ok("contact", "add", "Grace Hopper", "--email", "grace@navy.example");

    shell.ok("contact", "edit", "grace", "--email", "grace@yale.example");
    shell.ok("contact", "edit", "grace", "--email", "GRACE@navy.example");

    assertThat(shell.storage.contacts().findAll().get(0).emails())
        .containsExactly("GRACE@navy.example", "grace@yale.example");
  }

  @Test
  void givenSomethingThatIsNoAddress_contactAddAndEdit_exitOneNamingTheOption() {
    assertThat(shell.run("contact", "add", "Grace Hopper", "--email", "grace at navy")).isEqualTo(1);
    assertThat(shell.err).contains("--email", "'grace at navy'");
    assertThat(shell.storage.contacts().findAll()).isEmpty();

    shell.ok("contact", "add", "Grace Hopper");
    assertThat(shell.run("contact", "edit", "grace", "--email", "grace@")).isEqualTo(1);
    assertThat(shell.err).contains("--email", "'grace@'");
    assertThat(shell.storage.contacts().findAll().get(0).emails()).isEmpty();
  }

  @Test
  void log_recordsATouchOnTheDayGiven_inTheOwnersZone() {
    shell.ok("contact", "add", "Grace Hopper");

    shell.ok("log", "grace", "--kind", "career-update", "--direction", "in", "--on", "2026-11-02",
        "--channel", "LinkedIn", "--minutes", "15", "--summary", "new job");

    List<Touch> touches = shell.storage.touches().findAll();
    assertThat(touches).singleElement().satisfies(t -> {
      assertThat(t.kind()).isEqualTo(InteractionKind.CAREER_UPDATE);
      assertThat(t.direction()).isEqualTo(Direction.INBOUND);
      assertThat(t.at().atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 2));
      assertThat(t.channel()).contains("LinkedIn");
      assertThat(t.summary()).isEqualTo("new job");
    });
  }

  @Test
  void changesReportAsOneJsonArray_forScripts() {
    shell.ok("contact", "add", "Grace Hopper");

    String json = shell.ok("log", "grace", "--kind", "greeting", "--format", "json");

    JsonNode logged = rows(json).get(0);
    assertThat(field(logged, "message", JsonNodeType.STRING).asText()).startsWith("logged greeting to Grace Hopper");
    assertThat(field(logged, "contactId", JsonNodeType.NUMBER).asLong()).isEqualTo(1);
  }

  @Test
  void givenAnUnknownKind_log_exitsOneListingTheKinds() {
    shell.ok("contact", "add", "Grace Hopper");

    int code = shell.run("log", "grace", "--kind", "lunch");

    assertThat(code).isEqualTo(1);
    assertThat(shell.err).contains("--kind", "'lunch'", "career-update", "meeting");
  }

  @Test
  void givenNoKind_log_isAUsageError() {
    shell.ok("contact", "add", "Grace Hopper");

    assertThat(shell.run("log", "grace")).isEqualTo(2);
  }

  @Test
  void contactShow_printsTheFileWithNotesDaysAndTimeline() {
    shell.ok("contact", "add", "Grace Hopper", "--company", "Navy", "--birthday", "1906-12-09");
    shell.ok("note", "add", "grace", "likes", "nanoseconds", "--on", "2026-10-01");
    shell.ok("--as-of", "2026-11-20", "log", "grace", "--kind", "meeting", "--on", "2026-11-02", "--summary", "coffee");

    String file = shell.ok("--as-of", "2026-11-20", "contact", "show", "grace");

    assertThat(file).contains("Grace Hopper", "Navy", "likes nanoseconds", "9 Dec 1906", "birthday",
        "2 Nov", "meeting", "coffee").doesNotContain("1906-12-09", "2026-11-02");
  }

  @Test
  void contactShowAsJson_isOneArrayWithTheFile() {
    shell.ok("contact", "add", "Grace Hopper");
    shell.ok("log", "grace", "--kind", "greeting", "--on", "2026-11-02");

    String json = shell.ok("contact", "show", "grace", "--format", "json");

    JsonNode file = rows(json).get(0);
    assertThat(field(file, "contact", JsonNodeType.STRING).asText()).isEqualTo("Grace Hopper");
    assertThat(field(file, "contactId", JsonNodeType.NUMBER).asLong()).isEqualTo(1);
    assertThat(field(file, "touches", JsonNodeType.ARRAY)).singleElement().satisfies(t -> {
      assertThat(field(t, "kind", JsonNodeType.STRING).asText()).isEqualTo("greeting");
      assertThat(field(t, "date", JsonNodeType.STRING).asText()).isEqualTo("2026-11-02");
    });
    assertThat(field(file, "reasons", JsonNodeType.ARRAY)).isNotEmpty();
    assertThat(field(file, "score", JsonNodeType.NUMBER).asDouble()).isBetween(0.0, 100.0);
  }

  @Test
  void forget_removesTheContactAndTheirTouchesAndDays() {
    shell.ok("contact", "add", "Grace Hopper", "--birthday", "12-09");
    shell.ok("log", "grace", "--kind", "greeting");

    shell.ok("forget", "grace");

    assertThat(shell.storage.contacts().findAll()).isEmpty();
    assertThat(shell.storage.touches().findAll()).isEmpty();
    assertThat(shell.storage.specialDays().findAll()).isEmpty();
  }

  @Test
  void profile_changesWhatIsGiven_andReadsGoals() {
    shell.ok("profile", "--budget", "90", "--zone", "Europe/Paris", "--goal", "industry:fintech=5",
        "--goal", "location:Berlin=3");

    String shown = shell.ok("profile", "--format", "json");

    JsonNode profile = rows(shown).get(0);
    assertThat(field(profile, "zone", JsonNodeType.STRING).asText()).isEqualTo("Europe/Paris");
    assertThat(field(profile, "budget", JsonNodeType.NUMBER).asInt()).isEqualTo(90);
    JsonNode goals = field(profile, "goals", JsonNodeType.ARRAY);
    assertThat(goals).extracting(g -> g.get("kind").asText() + ":" + g.get("value").asText() + "=" + g.get("wanted").asInt())
        .containsExactlyInAnyOrder("industry:fintech=5", "location:Berlin=3");
  }

  @Test
  void givenABadGoal_profile_exitsOneShowingTheForm() {
    assertThat(shell.run("profile", "--goal", "fintech")).isEqualTo(1);
    assertThat(shell.err).contains("KIND:VALUE=WANTED");
  }

  @Test
  void contactListAsCsv_hasAHeaderAndQuotesCommas() {
    shell.ok("contact", "add", "Hopper, Grace", "--tier", "inner");

    String csv = shell.ok("contact", "list", "--format", "csv");

    assertThat(csv.lines().toList()).first().asString().startsWith("contact,contactId,tier");
    assertThat(csv).contains("\"Hopper, Grace\",1,inner");
  }

  @Test
  void contactList_isByNameWhateverTheCase_thenById_andSaysHowManyArchivedItLeavesOut() {
    for (String name : List.of("bob", "Ada", "carl", "ada", "Dora")) {
      shell.ok("contact", "add", name);
    }
    Contact dora = shell.storage.contacts().findAll().get(4);
    shell.storage.contacts().save(Contact.builder().from(dora).archived(true).build());

    String csv = shell.ok("contact", "list", "--format", "csv");

    assertThat(csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(',', line.indexOf(',') + 1))).toList())
        .containsExactly("Ada,2", "ada,4", "bob,1", "carl,3");
    assertThat(shell.ok("contact", "list")).contains("1 archived contacts not shown").doesNotContain("Dora");
  }
}
