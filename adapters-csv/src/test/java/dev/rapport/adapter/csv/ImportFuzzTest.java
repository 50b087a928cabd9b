package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportCommand;
import dev.rapport.core.port.in.imports.ImportException;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever bytes an import is given, it either reads them or fails with an {@link ImportException}
 * naming where; no other exception escapes, and a failed import writes nothing.
 */
class ImportFuzzTest {

  private static final String NATIVE_CONTACTS = "id,display_name,given_name,family_name,emails,phones,company,title,"
      + "seniority,industry,city,region,country,tags,tier,cadence,interests,goals,offers,source_channel,connected_on,"
      + "profiles,watch_keywords,snoozed_until,archived\r\n"
      + "1,'=Ada,Ada,,ada@x.org;'b@y,,\"Northwind, Inc.\",CTO,,,Paris,,France,a;\"b;c\",CLOSE,fridays,,,,LinkedIn,"
      + "2021-03-12,LinkedIn;https://www.linkedin.com/in/ada,,,false\r\n";

  /** One change to a valid file: at a position, delete some characters and insert others. */
  record Edit(int at, int delete, String insert) {}

  @Provide
  Arbitrary<Edit> edits() {
    return Combinators.combine(Arbitraries.integers().between(0, 2000), Arbitraries.integers().between(0, 4),
        Arbitraries.strings().withChars("\",;\r\n\t=@-+'\0\uFEFFé:/ 0123456789abc*").ofMaxLength(4)).as(Edit::new);
  }

  @Provide
  Arbitrary<CsvFormat> formats() {
    return Arbitraries.of(CsvFormat.class);
  }

  @Property(tries = 300)
  void givenArbitraryBytes_import_givesAReportOrAnImportException(@ForAll("formats") CsvFormat format,
      @ForAll @Size(max = 400) byte[] bytes) {
    importOrFail(format, bytes);
  }

  @Property(tries = 400)
  void givenMangledRows_import_givesAReportOrAnImportException(@ForAll("formats") CsvFormat format,
      @ForAll @Size(min = 1, max = 6) List<@From("edits") Edit> edits) {
    StringBuilder text = new StringBuilder(valid(format));
    for (Edit edit : edits) {
      int at = Math.min(edit.at(), text.length());
      text.replace(at, Math.min(text.length(), at + edit.delete()), edit.insert());
    }
    importOrFail(format, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A valid file of the format, to mangle. */
  static String valid(CsvFormat format) {
    return switch (format) {
      case LINKEDIN -> LinkedInImportTest.CONNECTIONS + LinkedInImportTest.MESSAGES;
      case GOOGLE -> AddressBookImportTest.GOOGLE;
      case OUTLOOK -> AddressBookImportTest.OUTLOOK;
      case RAPPORT -> NATIVE_CONTACTS;
    };
  }

  private static void importOrFail(CsvFormat format, byte[] bytes) {
    InMemoryStorage storage = new InMemoryStorage();
    Rapport rapport = Rapport.over(storage, NativeRoundTripTest.CLOCK);
    try {
      ImportBatch batch = CsvImports.read(format, "fuzz.csv", bytes);
      ImportReport dry = rapport.imports().importNetwork(ImportCommand.dryRun(batch));
      try {
        ImportReport real = rapport.imports().importNetwork(ImportCommand.of(batch));
        assertThat(real.added()).isEqualTo(dry.added());
        assertThat(dry.problems()).isEmpty();
      } catch (ImportException e) {
        assertThat(dry.problems()).isNotEmpty();
        assertThat(storage.contacts().findAll()).isEmpty();
        assertThat(storage.touches().findAll()).isEmpty();
      }
    } catch (ImportException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isNotEmpty());
    }
  }
}
