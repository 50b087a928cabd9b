package dev.rapport.shell;

import java.util.regex.Pattern;

/** ANSI colours for terminal output, or plain text when colours are off. */
public final class Style {

  private static final String RESET = "\u001b[0m";
  private static final Pattern COLOUR_CODE = Pattern.compile("\u001b\\[[0-9;]*m");

  private final boolean enabled;

  /** A style that colours only when {@code enabled}. */
  public Style(boolean enabled) {
    this.enabled = enabled;
  }

  /** Whether colours are on. */
  public boolean enabled() {
    return enabled;
  }

  /** Bold, for headers and names. */
  public String bold(String text) {
    return paint("1", text);
  }

  /** Dim, for secondary detail. */
  public String dim(String text) {
    return paint("2", text);
  }

  /** Red, for what needs attention. */
  public String red(String text) {
    return paint("31", text);
  }

  /** Yellow, for what is cooling. */
  public String yellow(String text) {
    return paint("33", text);
  }

  /** Green, for what is well. */
  public String green(String text) {
    return paint("32", text);
  }

  /** Cyan, for dates and hints. */
  public String cyan(String text) {
    return paint("36", text);
  }

  private String paint(String code, String text) {
    return enabled && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
  }

  /** The width of {@code text} on screen, without its colour codes. */
  public static int visibleLength(String text) {
    String plain = text.indexOf('\u001b') < 0 ? text : COLOUR_CODE.matcher(text).replaceAll("");
    return plain.codePointCount(0, plain.length());
  }
}
