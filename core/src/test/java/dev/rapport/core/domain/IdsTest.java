package dev.rapport.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Ids are equal exactly when their values are and their kinds are, and hash as their values. */
class IdsTest {

  @Property
  void contactIds_areEqualByValue(@ForAll @LongRange(min = 1) long a, @ForAll @LongRange(min = 1) long b) {
    assertThat(new ContactId(a).equals(new ContactId(b))).isEqualTo(a == b);
    assertThat(new ContactId(a).hashCode()).isEqualTo(Long.hashCode(a));
    assertThat(new ContactId(a)).isNotEqualTo(new ResourceId(a)).isNotEqualTo(null);
  }

  @Property
  void resourceIds_areEqualByValue(@ForAll @LongRange(min = 1) long a, @ForAll @LongRange(min = 1) long b) {
    assertThat(new ResourceId(a).equals(new ResourceId(b))).isEqualTo(a == b);
    assertThat(new ResourceId(a).hashCode()).isEqualTo(Long.hashCode(a));
    assertThat(new ResourceId(a)).isNotEqualTo(new ContactId(a)).isNotEqualTo(null);
  }
}
