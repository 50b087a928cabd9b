package dev.rapport.core.policy.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the analysis compares words from a contact's file with goals and topics: case, accents,
 * punctuation and spacing do not count, so "FinTech", "fintech" and "Fin-tech" are one term.
 */
public final class Terms {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Terms() {}

  /** The comparable form of a term: no accents, lower case, words separated by one space. */
  public static String normalize(String term) {
    String decomposed = Normalizer.normalize(term, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(bare).replaceAll(" ").strip();
  }

  /**
   * Whether a free-text field (a title, an industry, a city) names the normalized term: equal, or
   * holding it as whole words ("Senior Engineering Manager" holds "engineering manager").
   */
  static boolean holds(String normalizedField, String normalizedTerm) {
    if (normalizedTerm.isEmpty() || normalizedField.isEmpty()) {
      return false;
    }
    if (normalizedField.equals(normalizedTerm)) {
      return true;
    }
    return (" " + normalizedField + " ").contains(" " + normalizedTerm + " ");
  }
}
