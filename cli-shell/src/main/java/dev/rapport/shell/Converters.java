package dev.rapport.shell;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads option values, with messages that say what was expected. */
final class Converters {

  private Converters() {}

  /**
   * Reads an option's value with a parser of the core, whose message says what is wrong with the
   * value: the message then names the option too.
   *
   * @throws IllegalArgumentException {@code option: the parser's message}
   */
  static <T> T named(String option, Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }

  /** Reads a whole number of at least 1, such as {@code --days}. */
  static final class Positive implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, 1);
    }
  }

  /** Reads a whole number of at least 0, such as {@code --budget} or {@code --minutes}. */
  static final class NonNegative implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, 0);
    }
  }

  private static int whole(String value, int least) {
    String text = value.strip();
    long number;
    try {
      number = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
    if (number < least || number > Integer.MAX_VALUE) {
      throw new TypeConversionException("'" + value + "' is out of range: it must be " + least + " or more"
          + (number > Integer.MAX_VALUE ? ", and at most " + Integer.MAX_VALUE : ""));
    }
    return (int) number;
  }

  /** Reads a {@code YYYY-MM-DD} day. */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
      }
    }
  }

  /** Reads {@code table}, {@code csv} or {@code json}. */
  static final class Format implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not one of table, csv, json");
      }
    }
  }
}
