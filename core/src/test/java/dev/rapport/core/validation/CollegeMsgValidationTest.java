package dev.rapport.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.fake.InMemoryStorage;
import dev.rapport.core.port.in.ContactHealth;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.NewContact;
import dev.rapport.core.service.Rapport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Does health mean something? The protocol of shared/data/README.md on SNAP's CollegeMsg network:
 * for every student with at least 10 partners before the cut (60 % of the time span), each partner
 * is a contact (connected at the pair's first message, cadence none) and each message a touch;
 * Rapport scores every pair at the cut day, and the ROC AUC of the score says how well it ranks
 * the pairs that talk both ways in the 30 days after the cut above those that do not.
 */
class CollegeMsgValidationTest {

  private static final String DATA = "interactions/CollegeMsg.txt";
  private static final double CUT_SHARE = 0.6;
  private static final int MIN_PARTNERS = 10;
  private static final long LABEL_WINDOW_SECONDS = 30L * 86_400;

  private record Message(int from, int to, long at) {}

  private record Scored(double score, double recency, double strength, boolean live) {}

  @Test
  void healthRanksTiesThatStayLiveAboveTheOthers_withAnAucOfAtLeast0_815() throws IOException {
    Optional<Path> file = locate(DATA);
    assumeTrue(file.isPresent(), "validation skipped: shared/data/" + DATA + " not found above " + Path.of("").toAbsolutePath());
    List<Message> messages = read(file.get());
    long first = messages.stream().mapToLong(Message::at).min().orElseThrow();
    long last = messages.stream().mapToLong(Message::at).max().orElseThrow();
    long cut = first + (long) (CUT_SHARE * (last - first));

    // Per owner, per partner: the messages before the cut, and whether each direction happens after it.
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
    List<Scored> scored = new ArrayList<>();
    int owners = 0;
    for (Map.Entry<Integer, Map<Integer, List<Message>>> owner : before.entrySet()) {
      if (owner.getValue().size() < MIN_PARTNERS) {
        continue;
      }
      owners++;
      scored.addAll(scoreOwner(owner.getKey(), owner.getValue(), cutInstant, cutDay, after));
    }

    double auc = auc(scored, Scored::score);
    double recencyAuc = auc(scored, Scored::recency);
    double strengthAuc = auc(scored, Scored::strength);
    long live = scored.stream().filter(Scored::live).count();
    // One line in the build log, so the figure of docs/validation.md can be checked on every run.
    System.err.println(String.format(Locale.ROOT, "CollegeMsg validation: owners=%d pairs=%d live=%d, ROC AUC health=%.4f (recency alone %.4f, strength alone %.4f)", owners, scored.size(), live, auc, recencyAuc, strengthAuc));
    assertThat(auc).as("ROC AUC of health over %d pairs (%d live) of %d owners", scored.size(), live, owners)
        .isGreaterThanOrEqualTo(0.815);
  }

  private static List<Scored> scoreOwner(
      int owner, Map<Integer, List<Message>> partners, Instant cut, LocalDate cutDay, Map<Long, boolean[]> after) {
    Rapport rapport = Rapport.over(new InMemoryStorage(), Clock.fixed(cut, ZoneOffset.UTC));
    Map<ContactId, Integer> partnerOf = new HashMap<>();
    List<LogTouch> touches = new ArrayList<>();
    for (Map.Entry<Integer, List<Message>> partner : partners.entrySet()) {
      List<Message> pairMessages = partner.getValue();
      LocalDate connected = LocalDate.ofInstant(Instant.ofEpochSecond(pairMessages.get(0).at()), ZoneOffset.UTC);
      Contact contact = rapport.contacts().add(NewContact.named("student " + partner.getKey())
          .connectedOn(connected).cadence(Cadence.none()));
      partnerOf.put(contact.id(), partner.getKey());
      for (Message m : pairMessages) {
        touches.add(LogTouch.of(contact.id(), m.from() == owner ? Direction.OUTBOUND : Direction.INBOUND,
            InteractionKind.MESSAGE).at(Instant.ofEpochSecond(m.at())));
      }
    }
    touches.sort(java.util.Comparator.comparing(touch -> touch.at().orElseThrow()));
    touches.forEach(rapport.activity()::log);

    List<Scored> scored = new ArrayList<>();
    for (ContactHealth health : rapport.health().all(cutDay, Optional.empty())) {
      boolean[] directions = after.get(pair(owner, partnerOf.get(health.contactId())));
      boolean live = directions != null && directions[0] && directions[1];
      scored.add(new Scored(health.score(), health.report().recency(), health.report().strength(), live));
    }
    return scored;
  }

  /** The key of the ordered pair (owner, partner). */
  private static long pair(int owner, int partner) {
    return ((long) owner << 32) | (partner & 0xffffffffL);
  }

  /** ROC AUC by the Mann–Whitney statistic; tied scores share their mean rank. */
  static double auc(List<Scored> scored, ToDoubleFunction<Scored> score) {
    return RocAuc.of(scored, score, Scored::live);
  }

  private static List<Message> read(Path file) throws IOException {
    List<Message> messages = new ArrayList<>(60_000);
    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 3) {
        continue;
      }
      int from = Integer.parseInt(f[0]);
      int to = Integer.parseInt(f[1]);
      if (from != to) {
        messages.add(new Message(from, to, Long.parseLong(f[2])));
      }
    }
    return messages;
  }

  /** shared/data/{name} in the first folder above the working directory that has it. */
  static Optional<Path> locate(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(name);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @Test
  void theAuc_countsTiesAsHalf() {
    List<Scored> scored = List.of(new Scored(1, 0, 0, true), new Scored(1, 0, 0, false),
        new Scored(2, 0, 0, true), new Scored(0, 0, 0, false));
    // Pairs (positive, negative): (1 vs 1) tie = ½, (1 vs 0) = 1, (2 vs 1) = 1, (2 vs 0) = 1 → 3.5 / 4.
    assertThat(auc(scored, Scored::score)).isEqualTo(0.875);
  }
}
