package dev.rapport.core.port.out;

import dev.rapport.core.domain.Channel;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port for the owner's networking channels, keyed by name regardless of case. */
public interface ChannelRepository {

  /** Inserts the channel, or replaces the one with the same name. */
  void save(Channel channel);

  /** The channel with this name in any case, or empty. */
  Optional<Channel> find(String name);

  /** Every channel, ordered by name. */
  List<Channel> findAll();

  /** Deletes the channel; false when there was none. */
  boolean delete(String name);
}
