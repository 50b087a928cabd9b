package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Rapport's UTF-8 reader decodes exactly what the JDK's strict decoder does, and fails where it fails. */
class Utf8ReaderTest {

  @Property(tries = 2000)
  void readsWhatTheJdksStrictDecoderReads(@ForAll("utf8ish") byte[] bytes, @ForAll @IntRange(min = 1, max = 20) int buffer,
      @ForAll @IntRange(min = 0, max = 3) int skip) {
    int from = Math.min(skip, bytes.length);

    assertThat(read(bytes, from, buffer)).isEqualTo(jdk(bytes, from));
  }

  @Example
  void aCharacterBeyondTheBasicPlaneFitsABufferOfOneCharInTwoReads() {
    byte[] bytes = "a😀b".getBytes(StandardCharsets.UTF_8);

    assertThat(read(bytes, 0, 1)).isEqualTo("a😀b");
  }

  /**
   * Valid text of every length of sequence, ASCII runs long enough for the fast path, and what a
   * strict decoder refuses: stray continuation bytes, overlong forms, surrogates, sequences cut
   * short, code points past U+10FFFF, bytes no UTF-8 has.
   */
  @Provide
  static Arbitrary<byte[]> utf8ish() {
    Arbitrary<byte[]> text = Arbitraries.strings().withChars("abc,\"\n é€😀\u0080\u07FF\u0800\uFFFF")
        .ofMaxLength(12).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> ascii = Arbitraries.strings().ascii().ofMinLength(8).ofMaxLength(24)
        .map(s -> s.getBytes(StandardCharsets.US_ASCII));
    Arbitrary<byte[]> refused = Arbitraries.of(List.of(
        bytes(0x80), bytes(0xBF), bytes(0xC0, 0x80), bytes(0xC1, 0xBF), bytes(0xC3), bytes(0xE0, 0x80, 0x80),
        bytes(0xE0, 0x9F, 0xBF), bytes(0xED, 0xA0, 0x80), bytes(0xE2, 0x82), bytes(0xF0, 0x8F, 0xBF, 0xBF),
        bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF0, 0x9F, 0x98), bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xFF),
        bytes(0xC3, 0x41), bytes(0xE2, 0x41, 0x80), bytes(0xF0, 0x9F, 0x41, 0x80)));
    Arbitrary<byte[]> piece = Arbitraries.frequencyOf(
        Tuple.of(4, text), Tuple.of(3, ascii), Tuple.of(1, refused));
    return piece.list().ofMaxSize(6).map(pieces -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pieces.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  /** The text read through buffers of {@code buffer} chars, or "malformed". */
  private static String read(byte[] bytes, int from, int buffer) {
    StringBuilder text = new StringBuilder();
    char[] chars = new char[buffer + 2];
    try (Utf8Reader reader = new Utf8Reader(bytes, from)) {
      // read into the middle of the array, as FastCSV does with the rest of its buffer
      for (int n = reader.read(chars, 1, buffer); n >= 0; n = reader.read(chars, 1, buffer)) {
        text.append(chars, 1, n);
      }
    } catch (IOException e) {
      return "malformed";
    }
    return text.toString();
  }

  static String jdk(byte[] bytes, int from) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
    } catch (CharacterCodingException e) {
      return "malformed";
    }
  }
}
