package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.imports.ImportBatch;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads the real files in {@code ../shared/data} (never copied into the project): the RFC 4180
 * edge cases with their expected records, other projects' CSV fixtures that must read without
 * error, and contact exports checked against the vCards beside them. Skipped when the folder is absent.
 */
class SharedDataConformanceTest {

  private static Path data;

  @BeforeAll
  static void locate() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared/data"))) {
        data = dir.resolve("shared/data");
        return;
      }
    }
  }

  private static Path folder(String name) {
    assumeTrue(data != null && Files.isDirectory(data.resolve(name)),
        "../shared/data/" + name + " is absent: the conformance files live beside the project, not in it");
    return data.resolve(name);
  }

  private static List<Path> files(Path dir, String glob) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).filter(p -> dir.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
          .sorted().forEach(files::add);
    }
    return files;
  }

  private static List<CsvRecord> records(Path file) throws IOException {
    String text = CsvText.decode(file.toString(), Files.readAllBytes(file));
    return CsvText.records(file.toString(), text, CsvText.Quoting.LENIENT);
  }

  @TestFactory
  Stream<DynamicTest> csvSpectrumFilesReadAsTheirJsonSays() throws IOException {
    Path spectrum = folder("csv-edge-cases/csv-spectrum");
    return files(spectrum.resolve("csvs"), "*.csv").stream().map(csv -> DynamicTest.dynamicTest(csv.getFileName().toString(), () -> {
      String name = csv.getFileName().toString().replace(".csv", ".json");
      List<Map<String, String>> expected = Json.objects(Files.readString(spectrum.resolve("json").resolve(name)));
      List<CsvRecord> records = records(csv);
      List<String> header = records.get(0).getFields();
      List<Map<String, String>> actual = new ArrayList<>();
      for (CsvRecord record : records.subList(1, records.size())) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < record.getFieldCount() ? record.getField(i) : "");
        }
        actual.add(row);
      }
      if (name.equals("location_coordinates.json")) {
        // upstream's expectation holds another phone number than its CSV (2095257564); the rest must match
        actual.forEach(row -> row.remove("Contact Phone Number"));
        expected.forEach(row -> row.remove("Contact Phone Number"));
      }
      assertThat(actual).isEqualTo(expected);
    }));
  }

  @Test
  void givenACommonsCsvRfc4180Case_read_givesTheExpectedRecords() throws IOException {
    Path parser = folder("csv-edge-cases/commons-csv/CSVFileParser");
    // importers strip every cell, so the records are compared stripped: commons-csv drops the
    // blank after a closing quote where the lenient reader keeps it
    List<String> expected = Files.readAllLines(parser.resolve("test_rfc4180.txt"), StandardCharsets.UTF_8).stream()
        .skip(2).filter(line -> !line.startsWith("#") && !line.equals("1:[]"))
        .map(line -> line.substring(line.indexOf(':') + 2, line.length() - 1))
        .map(fields -> Stream.of(fields.split(", ", -1)).map(String::strip).toList().toString()).toList();

    List<String> actual = records(parser.resolve("test.csv")).stream()
        .map(r -> r.getFields().stream().map(String::strip).toList().toString()).toList();

    assertThat(actual).isEqualTo(expected);
  }

  @TestFactory
  Stream<DynamicTest> otherProjectsFixturesReadWithoutError() throws IOException {
    List<Path> all = new ArrayList<>(files(folder("csv-edge-cases/commons-csv"), "*.csv"));
    all.addAll(files(folder("csv-edge-cases/horde-data"), "*.csv"));
    return all.stream().map(file -> DynamicTest.dynamicTest(data.relativize(file).toString(), () -> {
      List<CsvRecord> records = records(file);
      assertThat(records).isNotNull();
      if (file.getFileName().toString().equals("bom.csv")) {
        assertThat(Table.key(records.get(0).getField(0))).doesNotStartWith("\uFEFF");
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> outlookStyleHordeExportsImportWithoutProblems() throws IOException {
    return files(folder("csv-edge-cases/horde-data/getcsv"), "bug_63*.csv").stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
          ImportBatch batch = CsvImports.read(CsvFormat.OUTLOOK, file);
          assertThat(batch.problems()).isEmpty();
          assertThat(batch.contacts().size() + batch.skipped()).as("every row a contact or one naming nobody")
              .isEqualTo(records(file).size() - 1);
        }));
  }

  @TestFactory
  Stream<DynamicTest> contactExportsHoldTheContactsOfTheirVcards() throws IOException {
    Path exports = folder("contacts-exports/roundcube-csv2vcard");
    return files(exports, "*.csv").stream().map(csv -> DynamicTest.dynamicTest(csv.getFileName().toString(), () -> {
      CsvFormat format = csv.getFileName().toString().startsWith("gmail") ? CsvFormat.GOOGLE : CsvFormat.OUTLOOK;
      String vcf = Files.readString(exports.resolve(csv.getFileName().toString().replace(".csv", ".vcf")));
      Rapport rapport = Rapport.over(new InMemoryStorage(), NativeRoundTripTest.CLOCK);

      ImportReport report = CsvImports.importInto(rapport.imports(), format, csv, false);

      assertThat(report.problems()).isEmpty();
      assertThat(report.added()).isEqualTo(count(vcf, "BEGIN:VCARD"));
      List<String> emails = rapport.contacts().list().stream().flatMap(c -> c.emails().stream())
          .map(e -> e.toLowerCase(Locale.ROOT)).toList();
      Matcher email = Pattern.compile("(?m)^EMAIL[^:]*:(.+)$").matcher(vcf);
      while (email.find()) {
        assertThat(emails).contains(email.group(1).strip().toLowerCase(Locale.ROOT));
      }
      Matcher name = Pattern.compile("(?m)^FN[^:]*:(.+)$").matcher(vcf);
      List<String> names = rapport.contacts().list().stream().map(Contact::displayName).toList();
      while (name.find()) {
        assertThat(names).contains(name.group(1).strip());
      }
    }));
  }

  private static int count(String text, String word) {
    int count = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      count++;
    }
    return count;
  }

  /** Just enough JSON for csv-spectrum's expectations: an array of objects with string values. */
  static final class Json {
    private final String text;
    private int at;

    private Json(String text) {
      this.text = text;
    }

    static List<Map<String, String>> objects(String text) {
      Json json = new Json(text);
      List<Map<String, String>> objects = new ArrayList<>();
      boolean single = json.peek() == '{';
      if (!single) {
        json.expect('[');
      }
      while (json.at < text.length() && json.peek() != ']') {
        json.expect('{');
        Map<String, String> object = new LinkedHashMap<>();
        while (json.peek() != '}') {
          String key = json.string();
          json.expect(':');
          object.put(key, json.string());
          if (json.peek() == ',') {
            json.expect(',');
          }
        }
        json.expect('}');
        objects.add(object);
        if (single) {
          break;
        }
        if (json.peek() == ',') {
          json.expect(',');
        }
      }
      return objects;
    }

    private char peek() {
      while (Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      return text.charAt(at);
    }

    private void expect(char c) {
      if (peek() != c) {
        throw new IllegalStateException("expected " + c + " at " + at);
      }
      at++;
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
        if (c == '\\') {
          char escaped = text.charAt(at++);
          switch (escaped) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              at += 4;
            }
            default -> out.append(escaped);
          }
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
  }
}
