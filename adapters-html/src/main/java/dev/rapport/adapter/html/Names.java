package dev.rapport.adapter.html;

import java.util.Locale;

/** How the page writes the core's enum names: as words for people, as dashed names for CSS classes. */
final class Names {

  private Names() {}

  /** {@code AT_RISK} as "at risk". */
  static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code AT_RISK} as "at-risk". */
  static String css(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
