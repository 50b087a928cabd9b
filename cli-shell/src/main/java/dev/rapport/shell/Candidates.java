package dev.rapport.shell;

import dev.rapport.core.domain.ChannelKind;
import dev.rapport.core.domain.ChannelStatus;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.NetworkingStyle;
import dev.rapport.core.domain.SpecialDayKind;
import dev.rapport.core.domain.Tier;
import java.util.Arrays;
import java.util.Iterator;

/** The values an option takes, for help texts and tab completion. */
final class Candidates {

  private Candidates() {}

  private abstract static class Of<E extends Enum<E>> implements Iterable<String> {
    private final Class<E> type;

    Of(Class<E> type) {
      this.type = type;
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(type.getEnumConstants()).map(Names::of).iterator();
    }
  }

  static final class Tiers extends Of<Tier> {
    Tiers() {
      super(Tier.class);
    }
  }

  static final class Kinds extends Of<InteractionKind> {
    Kinds() {
      super(InteractionKind.class);
    }
  }

  static final class DayKinds extends Of<SpecialDayKind> {
    DayKinds() {
      super(SpecialDayKind.class);
    }
  }

  static final class ChannelKinds extends Of<ChannelKind> {
    ChannelKinds() {
      super(ChannelKind.class);
    }
  }

  static final class ChannelStatuses extends Of<ChannelStatus> {
    ChannelStatuses() {
      super(ChannelStatus.class);
    }
  }

  static final class Styles extends Of<NetworkingStyle> {
    Styles() {
      super(NetworkingStyle.class);
    }
  }

  static final class Directions implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.asList("out", "in", "mutual").iterator();
    }
  }

  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.asList("table", "csv", "json").iterator();
    }
  }
}
