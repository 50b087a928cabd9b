package dev.rapport.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** One pass over the bytes finds what a byte-by-byte look and the JDK's strict decoder find. */
class ByteScanTest {

  @Property(tries = 2000)
  void findsTheNulsQuotesAndLineFeedsAByteByByteCountFinds(@ForAll("plainish") byte[] bytes,
      @ForAll @IntRange(max = 9) int skip) {
    int from = Math.min(skip, bytes.length);
    boolean nul = false;
    int quotes = 0;
    int lineFeeds = 0;
    for (int i = from; i < bytes.length; i++) {
      nul |= bytes[i] == 0;
      quotes += bytes[i] == '"' ? 1 : 0;
      lineFeeds += bytes[i] == '\n' ? 1 : 0;
    }

    ByteScan scan = ByteScan.of(bytes, from);

    assertThat(scan.nul()).isEqualTo(nul);
    assertThat(scan.quotesPaired()).isEqualTo(quotes % 2 == 0);
    assertThat(scan.lineFeeds()).isEqualTo(lineFeeds);
  }

  @Property(tries = 3000)
  void findsStrictUtf8WhatTheJdksStrictDecoderDecodes(@ForAll("utf8ish") byte[] bytes,
      @ForAll @IntRange(max = 9) int skip) {
    int from = Math.min(skip, bytes.length);

    assertThat(ByteScan.of(bytes, from).strictUtf8()).isEqualTo(!Utf8ReaderTest.jdk(bytes, from).equals("malformed"));
  }

  /** Mostly quotes, NULs, line feeds and their neighbours in value (a byte off by one, the high bit set), at every offset. */
  @Provide
  Arbitrary<byte[]> plainish() {
    Arbitrary<Byte> near = Arbitraries.of((byte) '"', (byte) 0, (byte) '!', (byte) '#', (byte) 1, (byte) 0x80,
        (byte) 0xA2, (byte) 0xFF, (byte) 'a', (byte) '\n', (byte) '\t', (byte) 0x0B, (byte) 0x8A);
    return Arbitraries.oneOf(near, Arbitraries.bytes()).array(byte[].class).ofMaxSize(40);
  }

  @Provide
  Arbitrary<byte[]> utf8ish() {
    return Utf8ReaderTest.utf8ish();
  }
}
