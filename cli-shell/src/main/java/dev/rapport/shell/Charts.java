package dev.rapport.shell;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;

/** Small text charts for monthly trends: sparklines and bars. */
public final class Charts {

  private static final char[] LEVELS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

  private Charts() {}

  /** One character a value, its height relative to the largest; a blank line stays flat. */
  public static String sparkline(int[] values) {
    int max = 0;
    for (int v : values) {
      max = Math.max(max, v);
    }
    StringBuilder line = new StringBuilder();
    for (int v : values) {
      int level = max == 0 ? 0 : (int) Math.round((double) v / max * (LEVELS.length - 1));
      line.append(v == 0 ? ' ' : LEVELS[Math.max(level, 0)]);
    }
    return line.toString();
  }

  /** A horizontal bar {@code width} characters long at most, for a share between 0 and 1. */
  public static String bar(double share, int width) {
    int full = (int) Math.round(Math.max(0, Math.min(1, share)) * width);
    return "█".repeat(full) + "·".repeat(width - full);
  }

  /** How many of {@code instants} fall in each of the {@code months} months ending with {@code last}. */
  public static int[] perMonth(Collection<Instant> instants, YearMonth last, int months, ZoneId zone) {
    int[] counts = new int[months];
    YearMonth first = last.minusMonths(months - 1L);
    for (Instant at : instants) {
      YearMonth month = YearMonth.from(at.atZone(zone));
      if (!month.isBefore(first) && !month.isAfter(last)) {
        counts[(int) (first.until(month, java.time.temporal.ChronoUnit.MONTHS))]++;
      }
    }
    return counts;
  }
}
