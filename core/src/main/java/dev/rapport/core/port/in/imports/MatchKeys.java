package dev.rapport.core.port.in.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * How an import recognises a person: by e-mail, by profile URL, or by normalized name and company.
 * Two values with the same key are the same to an import.
 */
public final class MatchKeys {

  /** Legal-form words that do not tell two employers apart ("Northwind, Inc." is "Northwind"). */
  private static final Set<String> LEGAL_FORMS =
      Set.of("inc", "llc", "ltd", "limited", "gmbh", "corp", "corporation", "co", "company", "plc", "ag", "sa", "bv", "nv");

  private MatchKeys() {}

  /** An e-mail address stripped and in lower case. */
  public static String email(String email) {
    return lowerCase(email.strip());
  }

  /** A profile URL or handle without scheme, {@code www.}, trailing slashes or case. */
  public static String profile(String handle) {
    // found in place and cut once: this runs for every row of a large import
    String text = handle.strip();
    int scheme = text.indexOf("://");
    int start = scheme < 0 ? 0 : scheme + 3;
    if (text.startsWith("www.", start) || text.regionMatches(true, start, "www.", 0, 4)) {
      start += 4;
    }
    int end = text.length();
    int query = text.indexOf('?', start);
    if (query >= 0 && text.indexOf('/', start) >= 0) {
      end = query;
    }
    while (end > start && text.charAt(end - 1) == '/') {
      end--;
    }
    return lowerCase(text.substring(start, end));
  }

  /**
   * {@code text.toLowerCase(Locale.ROOT)}, found unchanged by a plain ASCII scan in the common case
   * (the JDK's own check looks every character up in the Unicode tables).
   */
  private static String lowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z') || c > 127) {
        return text.toLowerCase(Locale.ROOT);
      }
    }
    return text;
  }

  /** Lower case, accents and punctuation gone, single spaces: "  José  O'Neil" is "jose o neil". */
  public static String name(String name) {
    String plain = asciiName(name);
    if (plain != null) {
      return plain;
    }
    String text = name;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        text = Normalizer.normalize(text, Normalizer.Form.NFKD);
        break;
      }
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(Character.toLowerCase(c));
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        space = true;
      }
    }
    return out.toString();
  }

  /** {@link #name} for plain ASCII text, the common case, without the Unicode tables; null otherwise. */
  private static String asciiName(String name) {
    char[] out = new char[name.length()];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > 127) {
        return null;
      }
      boolean letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
        letter = true;
      }
      if (letter) {
        if (space && length > 0) {
          out[length++] = ' ';
        }
        space = false;
        out[length++] = c;
      } else {
        space = true;
      }
    }
    return new String(out, 0, length);
  }

  /** A company's name without its legal form. */
  public static String company(String company) {
    String text = name(company);
    int cut = text.length();
    while (cut > 0) {
      int space = text.lastIndexOf(' ', cut - 1);
      if (space < 0 || !LEGAL_FORMS.contains(text.substring(space + 1, cut))) {
        break;
      }
      cut = space;
    }
    return text.substring(0, cut);
  }

  /** A person's name and employer, each normalized, as one key. */
  public static String nameAndCompany(String name, String company) {
    return name(name) + '|' + company(company);
  }
}
