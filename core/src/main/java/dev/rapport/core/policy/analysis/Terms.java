package dev.rapport.core.policy.analysis;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
    for (int i = 0; i < term.length(); i++) {
      if (term.charAt(i) >= 128) {
        String decomposed = Normalizer.normalize(term, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(bare).replaceAll(" ").strip();
      }
    }
    return ascii(term);
  }

  /** The same for plain ASCII, without regular expressions: the analysis normalizes every file it reads. */
  private static String ascii(String term) {
    StringBuilder out = new StringBuilder(term.length());
    boolean gap = false;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    String result = out.toString();
    return result.equals(term) ? term : result;
  }

  /**
   * Whether a free-text field (a title, an industry, a city) names the normalized term: equal, or
   * holding it as whole words ("Senior Engineering Manager" holds "engineering manager").
   */
  static boolean holds(String normalizedField, String normalizedTerm) {
    if (normalizedTerm.isEmpty() || normalizedField.isEmpty()) {
      return false;
    }
    int at = normalizedField.indexOf(normalizedTerm);
    while (at >= 0) {
      int end = at + normalizedTerm.length();
      if ((at == 0 || normalizedField.charAt(at - 1) == ' ')
          && (end == normalizedField.length() || normalizedField.charAt(end) == ' ')) {
        return true;
      }
      at = normalizedField.indexOf(normalizedTerm, at + 1);
    }
    return false;
  }

  /**
   * A normalizer that remembers what it has seen, for one pass over a network in which the same
   * companies, industries and topics come back again and again; not for sharing between threads.
   */
  static Function<String, String> memo() {
    Map<String, String> seen = new HashMap<>();
    return term -> {
      String known = seen.get(term);
      if (known == null) {
        known = normalize(term);
        seen.put(term, known);
      }
      return known;
    };
  }
}
