package dev.rapport.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The export of issue 22's first week: a LinkedIn {@code Connections.csv} of 500 connections made
 * over ten years, five of them in the last 14 days, and a {@code messages.csv} in which three people
 * wrote in the last week and got no answer, plus one exchange of 2019 with a connection of 2016.
 */
final class FirstWeekExport {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  static final int CONNECTIONS = 500;
  static final String OWNER = "Olive Owner";
  private static final String OWNER_URL = "https://www.linkedin.com/in/olive-owner";
  private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "John",
      "Karen", "Leslie", "Margaret", "Niklaus", "Radia", "Tim", "Sophie", "Ken", "Dennis", "Hedy", "Ivan", "Jean"};
  private static final String[] LAST = {"Iyer", "Johnson", "Okafor", "Schmidt", "Tanaka", "Moreau", "Silva", "Kowalski",
      "Nguyen", "Haddad", "Larsen", "Rossi", "Novak", "Costa", "Fischer", "Ward", "Bauer", "Khan", "Dubois", "Ortiz",
      "Meyer", "Ibrahim", "Lindqvist", "Park", "Quinn"};
  private static final DateTimeFormatter CONNECTED_ON = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
  private static final LocalDate FIRST_CONNECTED = LocalDate.of(2016, 1, 15);
  /** Connections 0-4 are the new ones; the others spread evenly from 2016-01-15 to a month ago. */
  static final int[] NEW_DAYS_AGO = {1, 3, 6, 9, 13};
  /** The connections who wrote last week (2, 4 and 6 days ago) and got no answer. */
  static final int[] CORRESPONDENTS = {180, 300, 420};
  /** The connection of 2016 the owner exchanged messages with in March 2019. */
  static final int OLD_FRIEND = 495;

  private FirstWeekExport() {}

  static String name(int i) {
    return FIRST[i % FIRST.length] + " " + LAST[i / FIRST.length];
  }

  static String url(int i) {
    return "https://www.linkedin.com/in/" + name(i).toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + i;
  }

  static LocalDate connectedOn(int i) {
    if (i < NEW_DAYS_AGO.length) {
      return AS_OF.minusDays(NEW_DAYS_AGO[i]);
    }
    long span = ChronoUnit.DAYS.between(FIRST_CONNECTED, AS_OF.minusDays(30));
    int older = CONNECTIONS - NEW_DAYS_AGO.length;
    return AS_OF.minusDays(30).minusDays((i - NEW_DAYS_AGO.length) * span / (older - 1));
  }

  /** The names of the connections made in 2016 that have no signal (no message). */
  static List<String> silentOf2016() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < CONNECTIONS; i++) {
      if (connectedOn(i).getYear() == 2016 && i != OLD_FRIEND) {
        names.add(name(i));
      }
    }
    return names;
  }

  /** Writes Connections.csv and messages.csv into {@code dir}; returns {@code dir}. */
  static Path write(Path dir) {
    StringBuilder connections = new StringBuilder("Notes:\n\"When exporting your connection data, you may notice that "
        + "some of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (int i = 0; i < CONNECTIONS; i++) {
      String[] parts = name(i).split(" ");
      connections.append(parts[0]).append(',').append(parts[1]).append(',').append(url(i)).append(",,")
          .append("Company ").append(i % 40).append(',').append(i % 3 == 0 ? "Engineer" : "Analyst").append(',')
          .append(connectedOn(i).format(CONNECTED_ON)).append('\n');
    }
    StringBuilder messages = new StringBuilder(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n");
    int conversation = 1;
    for (int k = 0; k < CORRESPONDENTS.length; k++) {
      int i = CORRESPONDENTS[k];
      messages.append(message(conversation++, name(i), url(i), OWNER, OWNER_URL, AS_OF.minusDays(2L * (k + 1)), "Hello again"));
    }
    messages.append(message(conversation, OWNER, OWNER_URL, name(OLD_FRIEND), url(OLD_FRIEND), LocalDate.of(2019, 3, 1), "Coffee?"));
    messages.append(message(conversation, name(OLD_FRIEND), url(OLD_FRIEND), OWNER, OWNER_URL, LocalDate.of(2019, 3, 2), "Re: Coffee?"));
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("Connections.csv"), connections, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("messages.csv"), messages, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  private static String message(int conversation, String from, String fromUrl, String to, String toUrl, LocalDate on,
      String subject) {
    return "conv-" + conversation + ",," + from + "," + fromUrl + "," + to + "," + toUrl + "," + on + " 10:15:00 UTC,"
        + subject + ",\"" + subject + ", how are you?\",INBOX\n";
  }
}
