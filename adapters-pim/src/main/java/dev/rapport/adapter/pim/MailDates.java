package dev.rapport.adapter.pim;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Date field read as mail clients write it, not only as RFC 5322 §3.3 wants it: comments
 * ({@code (PST)}), no weekday, two-digit years (§4.3), obsolete zone names (UT, GMT, EST ...),
 * no seconds, a missing zone (read as UTC), and ISO 8601 as some tools write it.
 */
final class MailDates {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  /** RFC 5322 §4.3's obsolete zones, in hours from UTC; military letters other than Z mean "unknown" (UTC). */
  private static final Map<String, Integer> ZONES = Map.ofEntries(
      Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
      Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
      Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7));

  private MailDates() {}

  /** The instant the field names; empty when it names none. */
  static Optional<Instant> parse(String field) {
    if (field == null) {
      return Optional.empty();
    }
    String text = withoutComments(field).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(rfc5322(text));
    } catch (RuntimeException notRfc) {
      try {
        return Optional.of(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException notIso) {
        return Optional.empty();
      }
    }
  }

  private static Instant rfc5322(String text) {
    String[] words = text.replace(',', ' ').trim().split("\\s+");
    int i = 0;
    if (!Character.isDigit(words[0].charAt(0))) {
      i++; // a weekday, whatever its spelling
    }
    int day = Integer.parseInt(words[i++]);
    Integer month = MONTHS.get(words[i++].toLowerCase(Locale.ROOT).substring(0, 3));
    if (month == null) {
      throw new DateTimeException("no month");
    }
    int year = Integer.parseInt(words[i++]);
    if (year < 50) {
      year += 2000;
    } else if (year < 1000) {
      year += 1900;
    }
    String[] time = words[i++].split(":");
    int hour = Integer.parseInt(time[0]);
    int minute = Integer.parseInt(time[1]);
    int second = time.length > 2 ? Integer.parseInt(time[2]) : 0;
    if (second == 60) {
      second = 59; // a leap second
    }
    ZoneOffset offset = i < words.length ? offset(words[i]) : ZoneOffset.UTC;
    return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(offset);
  }

  private static ZoneOffset offset(String zone) {
    char sign = zone.charAt(0);
    if ((sign == '+' || sign == '-') && zone.length() == 5) {
      int hours = Integer.parseInt(zone.substring(1, 3));
      int minutes = Integer.parseInt(zone.substring(3, 5));
      int seconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
      return ZoneOffset.ofTotalSeconds(seconds);
    }
    Integer hours = ZONES.get(zone.toUpperCase(Locale.ROOT));
    return hours == null ? ZoneOffset.UTC : ZoneOffset.ofHours(hours);
  }

  private static String withoutComments(String text) {
    if (text.indexOf('(') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
