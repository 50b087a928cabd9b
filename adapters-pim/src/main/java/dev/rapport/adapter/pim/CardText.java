package dev.rapport.adapter.pim;

import dev.rapport.core.port.in.imports.ImportProblem;
import dev.rapport.core.port.in.imports.Origin;
import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.scribe.KeyScribe;
import ezvcard.io.scribe.LogoScribe;
import ezvcard.io.scribe.PhotoScribe;
import ezvcard.io.scribe.ScribeIndex;
import ezvcard.io.scribe.SoundScribe;
import ezvcard.io.text.VCardReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The cards of one {@code .vcf} text, each with the line it begins on. ez-vcard reads 2.1, 3.0 and
 * 4.0 (folded lines, quoted-printable, CHARSET, groups) leniently; what it only warns about and
 * would lose (a line that is no property, a value that is no quoted-printable, a card never
 * ended) becomes a problem here, so a broken file is reported rather than half read.
 */
final class CardText {

  /** A file of rubbish would give a problem a line: the first ones say enough. */
  static final int MAX_PROBLEMS_PER_FILE = 100;
  private static final int SKIPPED_LINE = 27;
  private static final int BAD_QUOTED_PRINTABLE = 38;

  private CardText() {}

  /**
   * Hands each card of {@code file} to {@code each} with where it begins, and adds what is wrong
   * with the text to {@code problems}.
   */
  static void read(CardFile file, List<ImportProblem> problems, BiConsumer<VCard, Origin> each) {
    int before = problems.size();
    List<Long> begins = begins(file, problems);
    if (problems.size() > before) {
      return;
    }
    try (VCardReader reader = new VCardReader(file.text())) {
      reader.setScribeIndex(withoutMedia());
      int index = 0;
      for (VCard card = reader.readNext(); card != null; card = reader.readNext()) {
        long line = index < begins.size() ? begins.get(index) : 0;
        index++;
        for (ParseWarning warning : reader.getWarnings()) {
          problem(file, warning).ifPresent(problems::add);
        }
        if (problems.size() - before >= MAX_PROBLEMS_PER_FILE) {
          problems.add(new ImportProblem(file.name(), 0, 0, "stopped reading after " + MAX_PROBLEMS_PER_FILE
              + " problems: is this a vCard file?"));
          return;
        }
        each.accept(card, new Origin(file.name(), line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a reader over a string does not fail
    }
  }

  /**
   * The lines the top-level cards begin on (a 2.1 AGENT may nest one), with a problem for a card
   * that never ends, an end without a card, or a file with no card at all.
   */
  private static List<Long> begins(CardFile file, List<ImportProblem> problems) {
    List<Long> begins = new ArrayList<>();
    String text = file.text();
    int depth = 0;
    long line = 0;
    long open = 0;
    int at = 0;
    while (at < text.length()) {
      line++;
      int end = lineEnd(text, at);
      if (startsWithIgnoreCase(text, at, end, "BEGIN:VCARD")) {
        if (depth++ == 0) {
          begins.add(line);
          open = line;
        }
      } else if (startsWithIgnoreCase(text, at, end, "END:VCARD")) {
        if (depth == 0) {
          problems.add(new ImportProblem(file.name(), line, 1, "expected BEGIN:VCARD before this END:VCARD"));
        } else {
          depth--;
        }
      }
      at = next(text, end);
    }
    if (depth > 0) {
      problems.add(new ImportProblem(file.name(), open, 1,
          "the card beginning here never ends: expected END:VCARD before the end of the file"));
    }
    if (begins.isEmpty() && problems.isEmpty()) {
      problems.add(new ImportProblem(file.name(), 0, 0, "expected vCards (BEGIN:VCARD … END:VCARD), found none"));
    }
    return begins;
  }

  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }

  private static int next(String text, int end) {
    if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
      return end + 2;
    }
    return end + 1;
  }

  /** Whether the line is {@code word}, trailing blanks aside; a folded continuation starts with a blank, so never matches. */
  private static boolean startsWithIgnoreCase(String text, int from, int end, String word) {
    if (end - from < word.length() || !text.regionMatches(true, from, word, 0, word.length())) {
      return false;
    }
    for (int i = from + word.length(); i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Optional<ImportProblem> problem(CardFile file, ParseWarning warning) {
    Integer code = warning.getCode();
    long line = warning.getLineNumber() == null ? 0 : warning.getLineNumber();
    if (code != null && code == SKIPPED_LINE) {
      return Optional.of(new ImportProblem(file.name(), line, 1,
          "expected a property such as NAME:value, found a line that is none (" + warning.getMessage() + ")"));
    }
    if (code != null && code == BAD_QUOTED_PRINTABLE) {
      String property = warning.getPropertyName() == null ? "a property" : warning.getPropertyName();
      return Optional.of(new ImportProblem(file.name(), line, 0,
          "expected quoted-printable text in " + property + " (" + warning.getMessage() + ")"));
    }
    return Optional.empty();
  }

  /**
   * ez-vcard's scribes without those that decode photos, logos, sounds and keys: unknown to the
   * index, such a property stays the text it was, never decoded, and Rapport never reads it.
   */
  private static ScribeIndex withoutMedia() {
    ScribeIndex index = new ScribeIndex();
    index.unregister(new PhotoScribe());
    index.unregister(new LogoScribe());
    index.unregister(new SoundScribe());
    index.unregister(new KeyScribe());
    return index;
  }
}
