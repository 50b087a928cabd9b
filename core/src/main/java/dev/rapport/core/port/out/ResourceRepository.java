package dev.rapport.core.port.out;

import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.ResourceId;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port for resources worth sharing. */
public interface ResourceRepository {

  /** A new id, never handed out before. */
  ResourceId nextId();

  /** Inserts the resource, or replaces the one with its id. */
  void save(Resource resource);

  /** The resource with this id, or empty. */
  Optional<Resource> find(ResourceId id);

  /** Every resource, ordered by id. */
  List<Resource> findAll();
}
