package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.ExportException;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.RecordActivityUseCase;
import dev.rapport.core.port.in.imports.ContactDraft;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.ImportSource;
import dev.rapport.core.port.in.imports.ResourceDraft;
import dev.rapport.core.port.in.imports.TouchDraft;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class NativeFormatTest {

  private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)",
      "\tTab", "\rReturn", "'already marked");

  final InMemoryStorage storage = new InMemoryStorage();
  final Rapport rapport = Rapport.over(storage, NativeRoundTripTest.CLOCK);

  @Test
  void givenAFolderInsideARegularFile_export_failsWithAnExportExceptionNamingTheFolder(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    Path target = file.resolve("export");
    rapport.contacts().add(NewContact.named("Ada Lovelace"));

    assertThatThrownBy(() -> CsvImports.export(rapport.contacts(), rapport.activity(), rapport.profile(), target))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining(target.toString())
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void givenAFileOfTheExportThatCannotBeWritten_export_failsWithAnExportExceptionNamingTheFile(@TempDir Path dir)
      throws IOException {
    // a folder where the export's contacts file goes: no one, root included, can write it as a file
    Files.createDirectories(dir.resolve(NativeFormat.CONTACTS));
    rapport.contacts().add(NewContact.named("Ada Lovelace"));

    assertThatThrownBy(() -> CsvImports.export(rapport.contacts(), rapport.activity(), rapport.profile(), dir))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining(dir.resolve(NativeFormat.CONTACTS).toString())
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  @Timeout(30)
  void givenTheTouchesFailToBeReadMidway_export_failsWithThatFailure_andLeavesNothingWriting(@TempDir Path dir) {
    Contact ada = rapport.contacts().add(NewContact.named("Ada Lovelace"));
    for (int i = 0; i < 5_000; i++) {
      rapport.activity().log(LogTouch.outbound(ada.id(), InteractionKind.MESSAGE).at(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
    }
    IllegalStateException lost = new IllegalStateException("storage failed: the disk went away");
    RecordActivityUseCase failing = (RecordActivityUseCase) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {RecordActivityUseCase.class}, (proxy, method, args) -> {
          if (!method.getName().equals("eachTouch")) {
            return method.invoke(rapport.activity(), args);
          }
          @SuppressWarnings("unchecked")
          Consumer<Object> action = (Consumer<Object>) args[0];
          int[] handed = {0};
          rapport.activity().eachTouch(touch -> {
            if (++handed[0] == 3_000) {
              throw lost;
            }
            action.accept(touch);
          });
          return null;
        });
    Set<Thread> before = Thread.getAllStackTraces().keySet();

    assertThatThrownBy(() -> CsvImports.export(rapport.contacts(), failing, rapport.profile(), dir)).isSameAs(lost);
    assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> !before.contains(t) && t.isAlive())
        .noneMatch(t -> t.getName().startsWith("rapport-export"));
  }

  @Test
  void exportNeutralisesFormulas_andRapportReadsBackTheOriginalText(@TempDir Path dir) throws IOException {
    for (String formula : FORMULAS) {
      Contact contact = rapport.contacts().add(NewContact.named(formula).company(formula).tags(Set.of(formula)));
      rapport.activity().log(LogTouch.outbound(contact.id(), InteractionKind.MESSAGE)
          .at(Instant.parse("2024-01-02T03:04:05Z")).summary(formula));
    }

    CsvImports.export(rapport.contacts(), rapport.activity(), rapport.profile(), dir);

    for (String file : NativeFormat.FILES) {
      try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(dir.resolve(file), StandardCharsets.UTF_8)) {
        for (CsvRecord record : reader) {
          for (String cell : record.getFields()) {
            assertThat(cell).as("a cell of %s", file).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
          }
        }
      }
    }
    assertThat(Files.readString(dir.resolve(NativeFormat.CONTACTS))).contains("'=HYPERLINK(");
    Rapport copy = Rapport.over(new InMemoryStorage(), NativeRoundTripTest.CLOCK);
    CsvImports.importInto(copy.imports(), CsvFormat.RAPPORT, dir, false);
    NativeRoundTripTest.assertSameNetwork(rapport, copy);
    assertThat(copy.contacts().list()).extracting(Contact::displayName).containsExactlyElementsOf(FORMULAS);
  }

  @Test
  void givenAFolderWithoutContacts_import_saysWhatItExpected(@TempDir Path dir) {
    assertThatThrownBy(() -> CsvImports.importInto(rapport.imports(), CsvFormat.RAPPORT, dir, false))
        .isInstanceOf(ImportException.class).hasMessageContaining("expected contacts.csv");
  }

  @Test
  void givenBrokenFiles_import_listsEveryProblemWithLineAndColumn_andWritesNothing(@TempDir Path dir) throws IOException {
    rapport.contacts().add(NewContact.named("Ada Lovelace"));
    rapport.contacts().add(NewContact.named("Grace Hopper"));
    CsvImports.export(rapport.contacts(), rapport.activity(), rapport.profile(), dir);
    Path contacts = dir.resolve(NativeFormat.CONTACTS);
    Files.writeString(contacts, Files.readString(contacts).replace("ACQUAINTANCE", "BEST_FRIEND"));
    Files.writeString(dir.resolve(NativeFormat.TOUCHES),
        "contact,at,direction,kind,channel,summary,minutes,resource,introduced_to\r\n"
            + "1,2024-13-01T00:00:00Z,OUTBOUND,MESSAGE,,hi,,,\r\n"
            + "9,2024-01-01T00:00:00Z,OUTBOUND,MESSAGE,,hi,,,\r\n"
            + "1,2024-01-01T00:00:00Z,OUTBOUND,MESSAGE,,\"hi\"x,,,\r\n");
    Files.writeString(dir.resolve(NativeFormat.NOTES), "contact,text\r\n");
    InMemoryStorage target = new InMemoryStorage();

    assertThatThrownBy(() -> CsvImports.importInto(Rapport.over(target, NativeRoundTripTest.CLOCK).imports(), CsvFormat.RAPPORT, dir, false))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).extracting(ImportProblem::toString)
            .anySatisfy(p -> assertThat(p).endsWith(
                "contacts.csv:2:15: column 15 (tier): expected one of INNER, CLOSE, ACTIVE, WIDER, ACQUAINTANCE, found 'BEST_FRIEND'"))
            .anySatisfy(p -> assertThat(p).endsWith("notes.csv:1: expected a column 'on' in the header: contact,on,text"))
            .anySatisfy(p -> assertThat(p).endsWith(
                "touches.csv:4:6: expected a comma or the end of the line after the closing quote, found 'x'")));
    assertThat(target.contacts().findAll()).isEmpty();
  }

  @Test
  void givenATouchesFileEndingInAnUnclosedQuote_import_namesTheRecordAndWritesNothing(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(NativeFormat.CONTACTS), Files.readString(exported(dir.resolve("source"))
        .resolve(NativeFormat.CONTACTS)));
    Files.writeString(dir.resolve(NativeFormat.TOUCHES),
        "contact,at,direction,kind,channel,summary,minutes,resource,introduced_to\r\n"
            + "1,2024-01-01T00:00:00Z,OUTBOUND,MESSAGE,,hi,,,\r\n"
            + "1,2024-01-02T00:00:00Z,OUTBOUND,MESSAGE,,\"hi,,,\r\n");
    InMemoryStorage target = new InMemoryStorage();

    assertThatThrownBy(() -> CsvImports.importInto(Rapport.over(target, NativeRoundTripTest.CLOCK).imports(), CsvFormat.RAPPORT, dir, false))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("touches.csv:3:6: expected a closing quote for the field that starts here, found the end of the file");
    assertThat(target.contacts().findAll()).isEmpty();
    assertThat(target.touches().findAll()).isEmpty();
  }

  @Test
  void readingAFolder_handsTouchesAndTheirResourcesOverAsTheyAreRead_notInTheBatch(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(NativeFormat.CONTACTS), Files.readString(exported(dir.resolve("source"))
        .resolve(NativeFormat.CONTACTS)));
    Files.writeString(dir.resolve(NativeFormat.RESOURCES), "id,title,link,topics,found_on\r\n"
        + "r1,Guide,,,2024-01-01\r\n");
    Files.writeString(dir.resolve(NativeFormat.TOUCHES),
        "contact,at,direction,kind,channel,summary,minutes,resource,introduced_to\r\n"
            + "1,2024-01-02T00:00:00Z,OUTBOUND,RESOURCE_SHARED,,,,r1,\r\n"
            + "1,2024-01-03T00:00:00Z,INBOUND,MESSAGE,,thanks,,,\r\n");
    List<String> handed = new java.util.ArrayList<>();

    ImportBatch rest = CsvImports.source(CsvFormat.RAPPORT, dir).read(new ImportSource.Contacts() {
      @Override
      public void add(ContactDraft draft) {
        handed.add("contact " + draft.key());
      }

      @Override
      public void addResource(ResourceDraft resource) {
        handed.add("resource " + resource.key());
      }

      @Override
      public void addTouch(TouchDraft touch) {
        handed.add("touch " + touch.kind());
      }
    });

    assertThat(handed).containsExactly("contact 1", "resource r1", "touch RESOURCE_SHARED", "touch MESSAGE");
    assertThat(rest.touches()).isEmpty();
    assertThat(rest.resources()).isEmpty();
    assertThat(rest.problems()).isEmpty();
  }

  /** A folder exported from a network of one contact, Ada, with id 1. */
  private Path exported(Path dir) {
    rapport.contacts().add(NewContact.named("Ada Lovelace"));
    CsvImports.export(rapport.contacts(), rapport.activity(), rapport.profile(), dir);
    return dir;
  }

  @Test
  void givenABadCellInATouch_import_namesItsColumn(@TempDir Path dir) throws IOException {
    rapport.contacts().add(NewContact.named("Ada Lovelace"));
    CsvImports.export(rapport.contacts(), rapport.activity(), rapport.profile(), dir);
    Files.writeString(dir.resolve(NativeFormat.TOUCHES),
        "contact,at,direction,kind,channel,summary,minutes,resource,introduced_to\r\n"
            + "1,2024-13-01T00:00:00Z,OUTBOUND,MESSAGE,,hi,,,\r\n"
            + "9,2024-01-01T00:00:00Z,OUTBOUND,MESSAGE,,hi,,,\r\n"
            + "1,2024-01-01T00:00:00Z,OUTBOUND,MESSAGE,,hi,,\r\n");
    InMemoryStorage target = new InMemoryStorage();

    assertThatThrownBy(() -> CsvImports.importInto(Rapport.over(target, NativeRoundTripTest.CLOCK).imports(), CsvFormat.RAPPORT, dir, false))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).extracting(ImportProblem::toString)
            .anySatisfy(p -> assertThat(p).endsWith(
                "touches.csv:2:2: column 2 (at): expected an instant like 2023-06-01T14:03:22Z, found '2024-13-01T00:00:00Z'"))
            .anySatisfy(p -> assertThat(p).endsWith("touches.csv:3: expected the key of a contact in this import: '9'"))
            .anySatisfy(p -> assertThat(p).endsWith("touches.csv:4:9: expected 9 fields as in the header, found 8")));
    assertThat(target.contacts().findAll()).isEmpty();
  }

  @Test
  void theUntriagedFlag_roundTrips_andAnExportWrittenBeforeItImportsAsTriaged(@TempDir Path dir) throws IOException {
    // Only an import leaves a contact untriaged: the contact is stored as one would have left it.
    storage.contacts().save(Contact.builder().from(rapport.contacts().add(NewContact.named("Ada Lovelace")))
        .untriaged(true).build());
    rapport.contacts().add(NewContact.named("Grace Hopper"));
    CsvImports.export(rapport.contacts(), rapport.activity(), rapport.profile(), dir);
    Rapport copy = Rapport.over(new InMemoryStorage(), java.time.Clock.systemUTC());
    CsvImports.importInto(copy.imports(), CsvFormat.RAPPORT, dir, false);

    assertThat(copy.contacts().list()).extracting(c -> c.displayName(), c -> c.untriaged())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada Lovelace", true),
            org.assertj.core.groups.Tuple.tuple("Grace Hopper", false));

    Path contacts = dir.resolve(NativeFormat.CONTACTS);
    List<String> lines = Files.readAllLines(contacts);
    Files.write(contacts, lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList());
    Rapport older = Rapport.over(new InMemoryStorage(), java.time.Clock.systemUTC());
    CsvImports.importInto(older.imports(), CsvFormat.RAPPORT, dir, false);

    assertThat(lines.get(0)).endsWith(",archived,untriaged");
    assertThat(older.contacts().list()).hasSize(2).noneMatch(c -> c.untriaged());
  }

  @Test
  void givenAFileThatIsNotUtf8_import_namesTheLineAndColumnOfTheFirstBadByte(@TempDir Path dir) throws IOException {
    rapport.contacts().add(NewContact.named("Ada Lovelace"));
    CsvImports.export(rapport.contacts(), rapport.activity(), rapport.profile(), dir);
    Path contacts = dir.resolve(NativeFormat.CONTACTS);
    byte[] bytes = Files.readString(contacts).replace("Ada Lovelace", "Zoë").getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Files.write(contacts, bytes);

    assertThatThrownBy(() -> CsvImports.importInto(rapport.imports(), CsvFormat.RAPPORT, dir, false))
        .isInstanceOf(ImportException.class).hasMessageContaining("contacts.csv:2:5: expected UTF-8 text");
  }
}
