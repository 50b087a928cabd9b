package dev.rapport.shell;

/** Counts written with their noun in agreement: "1 contact", "2 contacts". */
final class Nouns {

  static final Noun CONTACT = new Noun("contact", "contacts");
  static final Noun TOUCH = new Noun("touch", "touches");
  static final Noun PROBLEM = new Noun("problem", "problems");
  static final Noun DAY = new Noun("day", "days");
  static final Noun NOTE = new Noun("note", "notes");
  static final Noun SPECIAL_DAY = new Noun("special day", "special days");
  static final Noun JOB_CHANGE = new Noun("job change", "job changes");
  static final Noun ROW_SKIPPED = new Noun("row skipped", "rows skipped");

  private Nouns() {}

  /** A noun's singular and plural. */
  record Noun(String one, String many) {

    /** {@code n} and the noun that agrees with it. */
    String count(long n) {
      return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
  }
}
