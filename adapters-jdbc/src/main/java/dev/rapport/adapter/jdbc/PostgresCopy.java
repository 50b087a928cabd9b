package dev.rapport.adapter.jdbc;

import dev.rapport.adapter.jdbc.Rows.TouchRow;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk inserts of touches on PostgreSQL with {@code COPY ... FROM STDIN}, several times faster
 * than batched INSERTs for an import. The rows travel as data in COPY's text format (escaped
 * here), never as SQL, so they are as safe as prepared-statement parameters.
 */
final class PostgresCopy {

  static final String COPY_TOUCHES = "COPY touches (contact_id, at_second, at_nano, direction, kind, channel, "
      + "summary, minutes, resource_id, introduced_to, external_key) FROM STDIN";
  private static final int FLUSH_CHARS = 1 << 20;

  private PostgresCopy() {}

  static void copyTouches(Connection connection, List<TouchRow> rows) throws SQLException {
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_TOUCHES);
    try {
      StringBuilder text = new StringBuilder(FLUSH_CHARS + 4096);
      for (TouchRow row : rows) {
        text.append(row.contactId()).append('\t').append(row.atSecond()).append('\t').append(row.atNano()).append('\t');
        field(text, row.direction()).append('\t');
        field(text, row.kind()).append('\t');
        field(text, row.channel()).append('\t');
        field(text, row.summary()).append('\t');
        field(text, row.minutes()).append('\t');
        field(text, row.resourceId()).append('\t');
        field(text, row.introducedTo()).append('\t');
        field(text, row.externalKey()).append('\n');
        if (text.length() >= FLUSH_CHARS) {
          write(copy, text);
        }
      }
      write(copy, text);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private static void write(CopyIn copy, StringBuilder text) throws SQLException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    text.setLength(0);
  }

  private static StringBuilder field(StringBuilder text, Object value) {
    if (value == null) {
      return text.append("\\N");
    }
    String s = value.toString();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
    return text;
  }
}
