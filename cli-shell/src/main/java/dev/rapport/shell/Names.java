package dev.rapport.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum constants as the shell writes and reads them: lower case with dashes ({@code career-update}). */
public final class Names {

  private Names() {}

  /** {@code CAREER_UPDATE} as {@code career-update}. */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Reads {@code career-update}, {@code career_update} or {@code CAREER-UPDATE}.
   *
   * @throws IllegalArgumentException naming {@code what}, the value and the choices
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    String wanted = text.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(what + " must be one of " + choices(type) + ": '" + text + "'");
  }

  /** The choices of an enum, as the shell writes them. */
  public static String choices(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Names::of).collect(Collectors.joining(", "));
  }
}
