package dev.rapport.core.port.in.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * An import source read as it is imported: what the batch is (its source and flags) is known
 * before it is read, and its contact drafts are handed over one by one as they are made, so the
 * import matches each while it is still at hand instead of after the whole file is read.
 */
public interface ImportSource {

  /** The source's name, as {@link ImportBatch#source()}. */
  String source();

  /** As {@link ImportBatch#distinctContacts()}. */
  boolean distinctContacts();

  /** As {@link ImportBatch#addressBook()}. */
  boolean addressBook();

  /** As {@link ImportBatch#keepsTriage()}; false unless the source says otherwise. */
  default boolean keepsTriage() {
    return false;
  }

  /**
   * Whether the source's contact drafts only add people the network lacks, as a mailbox's
   * correspondents, named as their mail headers name them: a draft matching a known contact then
   * leaves that contact as it is, with no conflict reported.
   */
  default boolean addsOnlyUnknown() {
    return false;
  }

  /**
   * Reads the source once, handing each contact draft to {@code contacts} as it is made, in the
   * source's order, and returns the rest of the batch: the same source and flags, the touches,
   * notes and other items, the problems found while reading and the rows skipped. Contacts left in
   * the returned batch come after those handed over.
   *
   * @throws ImportException when the source cannot be read at all
   */
  ImportBatch read(Contacts contacts);

  /** Where a source hands its contact drafts as it reads them. */
  @FunctionalInterface
  interface Contacts {

    /** Takes the next contact draft. */
    void add(ContactDraft draft);

    /**
     * Takes the next touch, after the contacts it names: a source with many touches (a mailbox)
     * hands them over as it reads them, so that the import need not hold them all. Sources whose
     * touches name contacts handed over later return them in the batch instead.
     *
     * @throws UnsupportedOperationException when this taker has nowhere to put touches
     */
    default void addTouch(TouchDraft touch) {
      throw new UnsupportedOperationException("touches come with the rest of the batch here");
    }

    /**
     * Takes the next resource, before the touches that share it: a source whose touches it hands
     * over as it reads them hands over their resources first.
     *
     * @throws UnsupportedOperationException when this taker has nowhere to put resources
     */
    default void addResource(ResourceDraft resource) {
      throw new UnsupportedOperationException("resources come with the rest of the batch here");
    }
  }

  /** A batch already read, its contacts handed over in order. */
  static ImportSource of(ImportBatch batch) {
    checkNotNull(batch, "import batch");
    return new ImportSource() {
      @Override
      public String source() {
        return batch.source();
      }

      @Override
      public boolean distinctContacts() {
        return batch.distinctContacts();
      }

      @Override
      public boolean addressBook() {
        return batch.addressBook();
      }

      @Override
      public boolean keepsTriage() {
        return batch.keepsTriage();
      }

      @Override
      public ImportBatch read(Contacts contacts) {
        batch.contacts().forEach(contacts::add);
        return ImmutableImportBatch.copyOf(batch).withContacts(List.of());
      }
    };
  }

  /** Reads {@code source} whole into a batch: its contacts, in order, then the rest. */
  static ImportBatch readWhole(ImportSource source) {
    List<ContactDraft> handed = new ArrayList<>();
    List<TouchDraft> touches = new ArrayList<>();
    List<ResourceDraft> resources = new ArrayList<>();
    ImportBatch rest = source.read(new Contacts() {
      @Override
      public void add(ContactDraft draft) {
        handed.add(draft);
      }

      @Override
      public void addTouch(TouchDraft touch) {
        touches.add(touch);
      }

      @Override
      public void addResource(ResourceDraft resource) {
        resources.add(resource);
      }
    });
    return ImportBatch.builder().from(rest).contacts(handed).addAllContacts(rest.contacts())
        .touches(touches).addAllTouches(rest.touches())
        .resources(resources).addAllResources(rest.resources()).build();
  }
}
