package dev.rapport.adapter.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The report's charts as geometry: horizontal bars and monthly sparklines, drawn as inline SVG by
 * the templates. Every chart has a title and a description that states its numbers in words, and
 * every bar has its label and value written beside it, so neither colour nor shape carries a fact
 * alone.
 */
final class Charts {

  /** Width of the drawing area of a bar, in SVG units. */
  static final int BAR_AREA = 240;
  /** Width of the label column left of the bars. */
  static final int LABEL_WIDTH = 170;
  /** Height of one bar row. */
  static final int ROW = 22;

  private Charts() {}

  /**
   * One bar: its label, value as text, where it sits and how long it is.
   *
   * @param tone a CSS class naming its colour (the label says the same in words)
   */
  record Bar(String label, String valueText, int y, int length, String tone) {

    /** Where the value's text starts, just right of the bar. */
    int valueX() {
      return LABEL_WIDTH + length + 6;
    }

    /** The baseline of the row's text. */
    int textY() {
      return y + 15;
    }
  }

  /** A horizontal bar chart. */
  record BarChart(String id, String title, String description, List<Bar> bars) {

    int width() {
      return LABEL_WIDTH + BAR_AREA + 70;
    }

    int height() {
      return bars.size() * ROW + 4;
    }

    int barX() {
      return LABEL_WIDTH;
    }

    int labelX() {
      return LABEL_WIDTH - 8;
    }
  }

  /** A value for a bar chart. */
  record Entry(String label, int value, String valueText, String tone) {
    static Entry of(String label, int value, String tone) {
      return new Entry(label, value, String.format(Locale.ROOT, "%,d", value), tone);
    }
  }

  /** Bars scaled so that the largest value (at least {@code floor}) fills the drawing area. */
  static BarChart bars(String id, String title, List<Entry> entries, int floor) {
    int max = Math.max(floor, entries.stream().mapToInt(Entry::value).max().orElse(0));
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      int length = max == 0 ? 0 : (int) Math.round((double) e.value() * BAR_AREA / max);
      // A non-zero value always shows a sliver, so it is not mistaken for zero.
      bars.add(new Bar(e.label(), e.valueText(), i * ROW + 2, e.value() > 0 ? Math.max(2, length) : 0, e.tone()));
    }
    String description = entries.stream().map(e -> e.label() + ": " + e.valueText()).collect(Collectors.joining("; "));
    return new BarChart(id, title, description + ".", bars);
  }

  /** One line of a sparkline: its name, its points and its dash style (so lines differ without colour). */
  record Line(String name, String points, String tone, String dash, int last, int labelY) {}

  /** A few monthly series drawn small, one above the other on a common scale. */
  record Sparkline(String id, String title, String description, List<Line> lines, int width, int height) {}

  /** Width of one month's step in a sparkline. */
  static final int STEP = 12;
  /** Height of one line's band in a sparkline. */
  static final int BAND = 18;
  /** Width of the names left of a sparkline. */
  static final int NAME_WIDTH = 52;

  /**
   * Sparklines of {@code series}, each drawn in a band of its own on a shared scale; the
   * description states every month's numbers.
   */
  static Sparkline sparkline(String id, String title, List<String> monthNames, List<String> names,
      List<int[]> series, List<String> tones) {
    int max = Math.max(1, series.stream().flatMapToInt(IntStream::of).max().orElse(0));
    int months = monthNames.size();
    List<Line> lines = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    String[] dashes = {"", "4 2", "1 2"};
    for (int s = 0; s < series.size(); s++) {
      int[] values = series.get(s);
      int top = s * BAND + 2;
      StringBuilder points = new StringBuilder();
      for (int m = 0; m < months; m++) {
        int x = NAME_WIDTH + m * STEP;
        double y = top + (BAND - 4) * (1 - (double) values[m] / max);
        points.append(String.format(Locale.ROOT, "%s%d,%.1f", m == 0 ? "" : " ", x, y));
      }
      lines.add(new Line(names.get(s), points.toString(), tones.get(s), dashes[s % dashes.length],
          months == 0 ? 0 : values[months - 1], top + BAND - 6));
      description.append(s == 0 ? "" : "; ").append(names.get(s)).append(" per month from ")
          .append(monthNames.isEmpty() ? "" : monthNames.get(0)).append(" to ")
          .append(monthNames.isEmpty() ? "" : monthNames.get(months - 1)).append(": ")
          .append(IntStream.of(values).mapToObj(Integer::toString).collect(Collectors.joining(", ")));
    }
    int width = NAME_WIDTH + Math.max(0, months - 1) * STEP + 34;
    return new Sparkline(id, title, description.append('.').toString(), lines, width, series.size() * BAND + 4);
  }
}
