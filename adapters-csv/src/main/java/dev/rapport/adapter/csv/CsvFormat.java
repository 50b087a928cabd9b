package dev.rapport.adapter.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The CSV sources Rapport imports: LinkedIn's export, Google Contacts, Outlook, and its own format. */
public enum CsvFormat {
  /** LinkedIn's data export: its zip, its folder, or one of Connections.csv, messages.csv, Invitations.csv. */
  LINKEDIN,
  /** A Google Contacts CSV, current or older header. */
  GOOGLE,
  /** An Outlook contacts CSV (and look-alikes such as Thunderbird's), mapped by header name. */
  OUTLOOK,
  /** A folder written by Rapport's own export. */
  RAPPORT;

  /**
   * The format named in lower case, as the shell takes it: {@code linkedin}, {@code google},
   * {@code outlook}, {@code rapport}.
   *
   * @throws IllegalArgumentException naming the known formats when it is none of them
   */
  public static CsvFormat parse(String name) {
    for (CsvFormat format : values()) {
      if (format.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException("import format must be one of "
        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
        + ": '" + name + "'");
  }
}
