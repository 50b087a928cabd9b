package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The network sliced by one dimension: each value's count and share (the unknown ones
 * included, so the shares sum to one), and the Herfindahl index over the known values.
 */
public record Composition(Dimension dimension, int total, List<Share> shares, double herfindahl) {

  /** @throws IllegalArgumentException for a negative total or an index outside [0, 1] */
  public Composition {
    checkNotNull(dimension, "composition dimension");
    checkArgument(total >= 0, "composition total must not be negative: %s", total);
    checkArgument(herfindahl >= 0 && herfindahl <= 1 + 1e-9, "herfindahl must be between 0 and 1: %s", herfindahl);
    shares = ImmutableList.copyOf(shares);
  }

  /** The contacts whose file names a value in this dimension. */
  public int known() {
    return shares.stream().filter(s -> s.value().isPresent()).mapToInt(Share::count).sum();
  }
}
