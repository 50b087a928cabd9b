package dev.rapport.adapter.pim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.ContactHealth;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.port.in.ProfileChanges;
import dev.rapport.core.port.in.imports.ImportReport;
import dev.rapport.core.service.Rapport;
import dev.rapport.core.validation.RocAuc;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Does a mailbox imported by header rank live ties as well as the same messages logged through the
 * API? The protocol of shared/data/README.md on SNAP's CollegeMsg network (cut at 60 % of the time
 * span, owners with at least 10 partners before it, partners as contacts connected at the pair's
 * first message with cadence none, a pair live when it talks both ways in the 30 days after the
 * cut), run twice per owner: once logging each message before the cut as a touch, once writing the
 * owner's messages before the cut as one mbox (the owner at {@code student<id>@college.example})
 * and importing it. The health AUCs must agree within 0.01.
 *
 * <p>To keep the run short, every second owner (by id) of the 692 is taken: 346 owners.
 */
class CollegeMsgMailValidationTest {

  private static final String DATA = "interactions/CollegeMsg.txt";
  private static final double CUT_SHARE = 0.6;
  private static final int MIN_PARTNERS = 10;
  private static final long LABEL_WINDOW_SECONDS = 30L * 86_400;
  /** Every OWNER_STRIDE-th owner is validated. */
  private static final int OWNER_STRIDE = 2;
  private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

  private record Message(int index, int from, int to, long at) {}

  private record Scored(double score, boolean live) {}

  @TempDir
  Path dir;

  @Test
  void healthFromAMailboxImportedByHeader_ranksLiveTiesAsTheSameMessagesLoggedThroughTheApi() throws IOException {
    Optional<Path> file = SharedDataConformanceTest.locate(DATA);
    assumeThat(file).as("validation skipped: shared/data/" + DATA + " not found above " + Path.of("").toAbsolutePath())
        .isPresent();
    List<Message> messages = read(file.get());
    long first = messages.stream().mapToLong(Message::at).min().orElseThrow();
    long last = messages.stream().mapToLong(Message::at).max().orElseThrow();
    long cut = first + (long) (CUT_SHARE * (last - first));

    Map<Integer, Map<Integer, List<Message>>> before = new TreeMap<>();
    Map<Long, boolean[]> after = new HashMap<>();
    for (Message m : messages) {
      if (m.at() < cut) {
        before.computeIfAbsent(m.from(), k -> new TreeMap<>()).computeIfAbsent(m.to(), k -> new ArrayList<>()).add(m);
        before.computeIfAbsent(m.to(), k -> new TreeMap<>()).computeIfAbsent(m.from(), k -> new ArrayList<>()).add(m);
      } else if (m.at() <= cut + LABEL_WINDOW_SECONDS) {
        after.computeIfAbsent(pair(m.from(), m.to()), k -> new boolean[2])[0] = true;
        after.computeIfAbsent(pair(m.to(), m.from()), k -> new boolean[2])[1] = true;
      }
    }

    Instant cutInstant = Instant.ofEpochSecond(cut);
    LocalDate cutDay = LocalDate.ofInstant(cutInstant, ZoneOffset.UTC);
    List<Scored> logged = new ArrayList<>();
    List<Scored> imported = new ArrayList<>();
    int owners = 0;
    int eligible = 0;
    long touches = 0;
    for (Map.Entry<Integer, Map<Integer, List<Message>>> owner : before.entrySet()) {
      if (owner.getValue().size() < MIN_PARTNERS || eligible++ % OWNER_STRIDE != 0) {
        continue;
      }
      owners++;
      logged.addAll(score(owner.getKey(), owner.getValue(), cutInstant, cutDay, after, false));
      List<Scored> fromMail = score(owner.getKey(), owner.getValue(), cutInstant, cutDay, after, true);
      imported.addAll(fromMail);
      touches += owner.getValue().values().stream().mapToInt(List::size).sum();
    }

    double loggedAuc = auc(logged);
    double importedAuc = auc(imported);
    System.err.println(String.format(Locale.ROOT, "CollegeMsg mail validation: owners=%d of %d, pairs=%d, messages=%d, "
        + "ROC AUC logged=%.4f, imported from mbox=%.4f", owners, eligible, imported.size(), touches, loggedAuc, importedAuc));
    assertThat(imported).hasSameSizeAs(logged);
    assertThat(importedAuc).isCloseTo(loggedAuc, org.assertj.core.data.Offset.offset(0.01));
    assertThat(importedAuc).as("health still means something when imported from mail").isGreaterThan(0.75);
  }

  private List<Scored> score(int owner, Map<Integer, List<Message>> partners, Instant cut, LocalDate cutDay,
      Map<Long, boolean[]> after, boolean byMail) throws IOException {
    Rapport rapport = Rapport.over(new InMemoryStorage(), Clock.fixed(cut, ZoneOffset.UTC));
    Map<ContactId, Integer> partnerOf = new HashMap<>();
    List<LogTouch> touches = new ArrayList<>();
    List<Message> mailbox = new ArrayList<>();
    for (Map.Entry<Integer, List<Message>> partner : partners.entrySet()) {
      List<Message> pairMessages = partner.getValue();
      LocalDate connected = LocalDate.ofInstant(Instant.ofEpochSecond(pairMessages.get(0).at()), ZoneOffset.UTC);
      Contact contact = rapport.contacts().add(NewContact.named("student " + partner.getKey())
          .emails(List.of(address(partner.getKey()))).connectedOn(connected).cadence(Cadence.none()));
      partnerOf.put(contact.id(), partner.getKey());
      for (Message m : pairMessages) {
        touches.add(LogTouch.of(contact.id(), m.from() == owner ? Direction.OUTBOUND : Direction.INBOUND,
            InteractionKind.MESSAGE).at(Instant.ofEpochSecond(m.at())));
        mailbox.add(m);
      }
    }
    if (byMail) {
      rapport.profile().update(ProfileChanges.none().clearEmails(true).addEmails(address(owner)));
      mailbox.sort(Comparator.comparingLong(Message::at).thenComparingInt(Message::index));
      Path mbox = dir.resolve("student" + owner + ".mbox");
      write(mbox, mailbox);
      ImportReport report = rapport.imports().importNetwork(Mailbox.of(mbox, List.of(address(owner))).source(), false);
      assertThat(report.problems()).isEmpty();
      assertThat(report.touches()).isEqualTo(mailbox.size());
      Files.delete(mbox);
    } else {
      touches.sort(Comparator.comparing(touch -> touch.at().orElseThrow()));
      touches.forEach(rapport.activity()::log);
    }
    List<Scored> scored = new ArrayList<>();
    for (ContactHealth health : rapport.health().all(cutDay, Optional.empty())) {
      boolean[] directions = after.get(pair(owner, partnerOf.get(health.contactId())));
      scored.add(new Scored(health.score(), directions != null && directions[0] && directions[1]));
    }
    return scored;
  }

  /** The owner's mailbox as a mail client exports it: one message per line of the data, by header. */
  private static void write(Path mbox, List<Message> messages) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(mbox, StandardCharsets.UTF_8)) {
      for (Message m : messages) {
        String date = RFC_5322.format(Instant.ofEpochSecond(m.at()).atOffset(ZoneOffset.UTC));
        out.write("From " + address(m.from()) + " " + date + "\n");
        out.write("From: Student " + m.from() + " <" + address(m.from()) + ">\n");
        out.write("To: Student " + m.to() + " <" + address(m.to()) + ">\n");
        out.write("Date: " + date + "\n");
        out.write("Message-ID: <" + m.index() + "@college.example>\n");
        out.write("Subject: hi\n\nA private message.\n\n");
      }
    }
  }

  private static String address(int student) {
    return "student" + student + "@college.example";
  }

  private static long pair(int owner, int partner) {
    return ((long) owner << 32) | (partner & 0xffffffffL);
  }

  /** ROC AUC by the Mann–Whitney statistic; tied scores share their mean rank. */
  private static double auc(List<Scored> scored) {
    return RocAuc.of(scored, Scored::score, Scored::live);
  }

  private static List<Message> read(Path file) throws IOException {
    List<Message> messages = new ArrayList<>(60_000);
    int index = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 3) {
        continue;
      }
      int from = Integer.parseInt(f[0]);
      int to = Integer.parseInt(f[1]);
      if (from != to) {
        messages.add(new Message(index++, from, to, Long.parseLong(f[2])));
      }
    }
    return messages;
  }
}
