package dev.rapport.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CoarseKeySortTest {

  record Item(double value, String name, int id) {}

  private static final Comparator<Item> ORDER =
      Comparator.comparingDouble(Item::value).thenComparing(Item::name).thenComparingInt(Item::id);

  @Property
  void sorted_isTheComparatorsOrder_howeverCoarseTheKey(
      @ForAll("items") List<Item> items, @ForAll @IntRange(min = 0, max = 31) int coarseness) {
    List<Item> expected = new ArrayList<>(items);
    expected.sort(ORDER);

    assertThat(CoarseKeySort.sorted(items, i -> CoarseKeySort.ordered((float) i.value()) >> coarseness, ORDER))
        .containsExactlyElementsOf(expected);
  }

  @Property
  void ordered_keepsTheOrderOfFloats(@ForAll float a, @ForAll float b) {
    if (!Float.isNaN(a) && !Float.isNaN(b)) {
      assertThat(Integer.signum(Integer.compare(CoarseKeySort.ordered(a), CoarseKeySort.ordered(b))))
          .isEqualTo(Integer.signum(Float.compare(a, b)));
    }
  }

  @Provide
  Arbitrary<List<Item>> items() {
    Arbitrary<Double> values = Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e6, 1e6),
        Arbitraries.of(0.0, -0.0, 1.0, 1.0000000001, -2.5, Double.MAX_VALUE, -Double.MAX_VALUE));
    return Combinators.combine(values, Arbitraries.of("Ada", "Bo", "Cy"), Arbitraries.integers().between(0, 5))
        .as(Item::new).list().ofMaxSize(60);
  }
}
