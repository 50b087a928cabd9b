package dev.rapport.adapter.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.rapport.adapter.jdbc.Rows.RelationshipRow;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code contacts.relationship} value: what the rules read of a contact (its
 * {@link RelationshipRow} and its interests and goals) packed into one binary value, written with
 * the contact. Reading the network's relationships through JDBC costs a native call per cell;
 * from the contact's columns and its topics' rows that was twelve cells a contact, packed it is
 * two. The value, big-endian:
 * <pre>
 *   display name, tier                            text
 *   cadence, connected on, snoozed until          text, or a length of -1 for none
 *   archived                                      byte 0 or 1
 *   interests, goals                              int n, n texts
 * </pre>
 * A text is an int length and that many bytes of UTF-8. The columns stay as they were: the
 * other queries read them, and the value is rebuilt from them when a schema without it is upgraded.
 */
final class RelationshipRows {

  private static final int NONE = -1;

  private RelationshipRows() {}

  /** A contact's relationship as read back: the row, and its topics (each once, in their order). */
  record Packed(RelationshipRow row, List<String> interests, List<String> goals) {}

  /** The value of {@code row} with these topics. */
  static byte[] pack(RelationshipRow row, Collection<String> interests, Collection<String> goals) {
    // Encoded once, in layout order, so the value's size is known before it is written.
    List<byte[]> texts = new ArrayList<>(5 + interests.size() + goals.size());
    for (String text : new String[] {row.displayName(), row.tier(), row.cadence(), row.connectedOn(), row.snoozedUntil()}) {
      texts.add(text == null ? null : text.getBytes(UTF_8));
    }
    interests.forEach(t -> texts.add(t.getBytes(UTF_8)));
    goals.forEach(t -> texts.add(t.getBytes(UTF_8)));
    int size = 1 + 4 + 4;
    for (byte[] text : texts) {
      size += 4 + (text == null ? 0 : text.length);
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    Iterator<byte[]> next = texts.iterator();
    putTexts(out, next, 5);
    out.put((byte) (row.archived() ? 1 : 0));
    out.putInt(interests.size());
    putTexts(out, next, interests.size());
    out.putInt(goals.size());
    putTexts(out, next, goals.size());
    return out.array();
  }

  private static void putTexts(ByteBuffer out, Iterator<byte[]> texts, int count) {
    for (int i = 0; i < count; i++) {
      putText(out, texts.next());
    }
  }

  /**
   * The relationship of contact {@code id} from its value.
   *
   * @throws IllegalStateException naming the contact when the value is missing or not valid
   */
  static Packed unpack(long id, byte[] value) {
    if (value == null) {
      throw new IllegalStateException("contacts row " + id + " has no relationship value");
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(value);
      String displayName = text(in);
      String tier = text(in);
      String cadence = text(in);
      String connectedOn = text(in);
      String snoozedUntil = text(in);
      boolean archived = in.get() != 0;
      RelationshipRow row = new RelationshipRow(id, displayName, tier, cadence, connectedOn, snoozedUntil, archived);
      List<String> interests = texts(in);
      List<String> goals = texts(in);
      checkArgument(!in.hasRemaining(), "%s bytes left over after the relationship", in.remaining());
      return new Packed(row, interests, goals);
    } catch (IllegalArgumentException | IndexOutOfBoundsException | BufferUnderflowException e) {
      String why = e instanceof BufferUnderflowException ? "it ends early, after " + value.length + " bytes"
          : e.getMessage();
      throw new IllegalStateException("the relationship value of contacts row " + id + " is not valid: " + why, e);
    }
  }

  private static void putText(ByteBuffer out, byte[] text) {
    if (text == null) {
      out.putInt(NONE);
    } else {
      out.putInt(text.length).put(text);
    }
  }

  private static String text(ByteBuffer in) {
    int length = in.getInt();
    if (length == NONE) {
      return null;
    }
    checkArgument(length >= 0 && length <= in.remaining(), "a text of %s bytes where %s are left", length, in.remaining());
    String text = new String(in.array(), in.position(), length, UTF_8);
    in.position(in.position() + length);
    return text;
  }

  /** A list the relationship's builder copies into its own set: a set here would be built twice. */
  private static List<String> texts(ByteBuffer in) {
    int n = in.getInt();
    checkArgument(n >= 0 && n <= in.remaining() / 4, "%s texts where %s bytes are left", n, in.remaining());
    if (n == 0) {
      return List.of();
    }
    String[] texts = new String[n];
    for (int i = 0; i < n; i++) {
      texts[i] = text(in);
      checkArgument(texts[i] != null, "a topic with no text");
    }
    return Arrays.asList(texts);
  }
}
