package dev.rapport.core.policy.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.Tier;
import dev.rapport.core.port.in.imports.ContactDraft;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContactMergePolicyTest {

  private static final boolean IN_THE_NETWORK = true;
  private static final boolean NOT_AN_ADDRESS_BOOK = false;

  private static Contact linkedIn(String company, String title) {
    return ContactDraft.details("Ada Lovelace").company(company).title(title).sourceChannel("LinkedIn").build();
  }

  @Test
  void givenTheSourceOfTheRole_anotherCompany_isANewRoleTaken_withTheOldOneInTheNote() {
    ContactMerge merge = ContactMerge.of(linkedIn("Analytical Engines", "Engineer"), linkedIn("Babbage & Co", "CTO"),
        IN_THE_NETWORK, NOT_AN_ADDRESS_BOOK);

    assertThat(merge.result().company()).contains("Babbage & Co");
    assertThat(merge.result().title()).contains("CTO");
    assertThat(merge.conflicts()).isEmpty();
    JobChange change = merge.jobChange().orElseThrow();
    assertThat(change.note(LocalDate.of(2026, 3, 9), "Connections.csv").text())
        .isEqualTo("Role until 2026-03-09: Engineer at Analytical Engines (LinkedIn now shows CTO at Babbage & Co)");
    assertThat(change.dayTitle()).isEqualTo("new role at Babbage & Co");
  }

  @Test
  void givenTwoRowsOfOneImport_aDifferentCompany_isAConflictNotAJobChange() {
    ContactMerge merge = ContactMerge.of(linkedIn("Analytical Engines", "Engineer"), linkedIn("Babbage & Co", "Engineer"),
        !IN_THE_NETWORK, NOT_AN_ADDRESS_BOOK);

    assertThat(merge.jobChange()).isEmpty();
    assertThat(merge.result().company()).contains("Analytical Engines");
    assertThat(merge.conflicts()).containsExactly(
        new ContactMerge.Conflict("company", "Analytical Engines", "Babbage & Co"));
  }

  @Test
  void givenAnotherSourcesRole_theConflictIsReported_andThatSourceDoesNotBecomeTheirs() {
    Contact known = ContactDraft.details("Ada Lovelace").company("Analytical Engines").build();
    Contact incoming = linkedIn("Babbage & Co", "CTO");

    ContactMerge merge = ContactMerge.of(known, incoming, IN_THE_NETWORK, NOT_AN_ADDRESS_BOOK);

    assertThat(merge.conflicts()).extracting(ContactMerge.Conflict::field).containsExactly("company");
    assertThat(merge.result().title()).contains("CTO");
    assertThat(merge.result().sourceChannel()).isEmpty();
  }

  @Test
  void theDefaultTierSaysNothing_aChosenOneFillsTheDefault_andTwoChosenOnesConflict() {
    Contact anyTier = ContactDraft.details("Ada Lovelace").build();
    Contact close = ContactDraft.details("Ada Lovelace").tier(Tier.CLOSE).build();
    Contact innerCircle = ContactDraft.details("Ada Lovelace").tier(Tier.INNER).build();

    assertThat(ContactMerge.of(close, anyTier, IN_THE_NETWORK, NOT_AN_ADDRESS_BOOK).result()).isSameAs(close);
    assertThat(ContactMerge.of(anyTier, close, IN_THE_NETWORK, NOT_AN_ADDRESS_BOOK).result().tier()).isEqualTo(Tier.CLOSE);
    assertThat(ContactMerge.of(innerCircle, close, IN_THE_NETWORK, NOT_AN_ADDRESS_BOOK).conflicts())
        .containsExactly(new ContactMerge.Conflict("tier", "INNER", "CLOSE"));
  }

  @Test
  void addressesAddUpComparedNormalized_andANameWrittenOtherwiseIsTheSameName() {
    Contact known = ContactDraft.details("Ada Lovelace").addEmails("ada@example.org").build();
    Contact incoming = ContactDraft.details("ada  LOVELACE").addEmails("ADA@example.org", "ada@engines.example").build();

    ContactMerge merge = ContactMerge.of(known, incoming, IN_THE_NETWORK, NOT_AN_ADDRESS_BOOK);

    assertThat(merge.conflicts()).isEmpty();
    assertThat(merge.result().emails()).containsExactly("ada@example.org", "ada@engines.example");
    assertThat(merge.result().displayName()).isEqualTo("Ada Lovelace");
  }

  @Test
  void givenNothingNew_theMergeKeepsTheKnownContactItself() {
    Contact known = linkedIn("Analytical Engines", "Engineer");

    assertThat(ContactMerge.of(known, linkedIn("Analytical Engines", "engineer"), IN_THE_NETWORK, NOT_AN_ADDRESS_BOOK)
        .result()).isSameAs(known);
  }
}
