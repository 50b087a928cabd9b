package dev.rapport.adapter.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * WCAG AA contrast of the page's colours on its white background: text at least 4.5:1, the marks
 * of charts (fills and strokes) at least 3:1 (success criteria 1.4.3 and 1.4.11).
 */
class ContrastTest {

  private static final Pattern DECLARATION = Pattern.compile("(?<![-\\w])(color|fill|stroke)\\s*:\\s*#([0-9a-fA-F]{6})");

  @Test
  void everyColourOfThePage_meetsWcagAaOnWhite() {
    String css = Jsoup.parse(HtmlReport.render(HostileNetwork.report())).select("style").html();
    Matcher m = DECLARATION.matcher(css);
    List<String> checked = new ArrayList<>();
    while (m.find()) {
      String property = m.group(1);
      int rgb = Integer.parseInt(m.group(2), 16);
      if (rgb == 0xffffff) {
        continue; // the background itself
      }
      double needed = property.equals("color") ? 4.5 : 3.0;
      assertThat(contrast(rgb, 0xffffff)).as("%s: #%s", property, m.group(2)).isGreaterThanOrEqualTo(needed);
      checked.add(property + " #" + m.group(2));
    }
    assertThat(checked).hasSizeGreaterThan(15);
  }

  @Test
  void theCheck_isLive_aLightGreyFailsIt() {
    assertThat(contrast(0xaaaaaa, 0xffffff)).isLessThan(3.0);
    assertThat(contrast(0x000000, 0xffffff)).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
  }

  /** The WCAG 2 contrast ratio of two sRGB colours. */
  static double contrast(int a, int b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(int rgb) {
    return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
