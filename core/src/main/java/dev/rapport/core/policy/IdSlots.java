package dev.rapport.core.policy;

import dev.rapport.core.domain.ContactId;
import java.util.Arrays;

/**
 * Numbers contacts 0, 1, 2, ... in the order first seen, so that per-contact state can live in
 * flat arrays (the rules' {@link Network}, the kept-aggregates toolkit): storage hands out small consecutive ids, so an id below a bound is looked
 * up in a direct index (it stays in cache where a hash table would not), and larger ids in an
 * open-addressing table.
 */
public final class IdSlots {

  private static final long DIRECT_LIMIT = 1 << 22;

  /** Slot + 1 by contact id, for ids below {@link #DIRECT_LIMIT}; 0 when not seen yet. */
  private int[] direct = new int[1024];
  /** Open addressing for larger ids: contact id at 2i (0 when free), its slot at 2i + 1. */
  private long[] table = new long[2 * 64];
  private int hashed;
  private ContactId[] ids = new ContactId[256];
  private int size;

  /** The contact's slot, given on first sight. */
  public int slotOf(ContactId contact) {
    long id = contact.value();
    if (id < DIRECT_LIMIT) {
      if (id >= direct.length) {
        direct = Arrays.copyOf(direct, (int) Math.min(DIRECT_LIMIT, Math.max(id + 1, direct.length * 2L)));
      }
      int slot = direct[(int) id] - 1;
      if (slot < 0) {
        slot = newSlot(contact);
        direct[(int) id] = slot + 1;
      }
      return slot;
    }
    int mask = (table.length >> 1) - 1;
    int i = mix(id) & mask;
    long key;
    while ((key = table[2 * i]) != 0) {
      if (key == id) {
        return (int) table[2 * i + 1];
      }
      i = (i + 1) & mask;
    }
    int slot = newSlot(contact);
    table[2 * i] = id;
    table[2 * i + 1] = slot;
    if (++hashed * 2 > table.length >> 1) {
      growTable();
    }
    return slot;
  }

  /** The contact's slot, or -1 when it has none (none is given). */
  public int find(ContactId contact) {
    long id = contact.value();
    if (id < DIRECT_LIMIT) {
      return id < direct.length ? direct[(int) id] - 1 : -1;
    }
    int mask = (table.length >> 1) - 1;
    long key;
    for (int i = mix(id) & mask; (key = table[2 * i]) != 0; i = (i + 1) & mask) {
      if (key == id) {
        return (int) table[2 * i + 1];
      }
    }
    return -1;
  }

  /** How many contacts have a slot: the slots are 0 to {@code size() - 1}. */
  public int size() {
    return size;
  }

  /** The contact of a slot given out. */
  public ContactId contact(int slot) {
    return ids[slot];
  }

  private int newSlot(ContactId contact) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    ids[size] = contact;
    return size++;
  }

  private static int mix(long id) {
    long h = id * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private void growTable() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = (table.length >> 1) - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j] != 0) {
        int i = mix(old[j]) & mask;
        while (table[2 * i] != 0) {
          i = (i + 1) & mask;
        }
        table[2 * i] = old[j];
        table[2 * i + 1] = old[j + 1];
      }
    }
  }
}
