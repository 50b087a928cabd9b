package dev.rapport.core.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import dev.rapport.core.domain.Cadence;
import dev.rapport.core.domain.ChannelProfile;
import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Location;
import dev.rapport.core.domain.PartialDate;
import dev.rapport.core.domain.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NewContact and ContactChanges check themselves on every call and carry exactly what they were given. */
class ContactCommandsTest {

  private static final ContactId ADA = new ContactId(7);

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void givenABlankName_newContact_isRefusedNamingTheFieldAndValue(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> NewContact.named(name))
        .withMessage("contact displayName must not be blank: '%s'", name);
    assertThatIllegalArgumentException().isThrownBy(() -> ContactChanges.to(ADA).displayName(name))
        .withMessage("contact displayName must not be blank: '%s'", name);
  }

  @Test
  void givenSomethingThatIsNoAddress_theEmails_areRefusedNamingTheValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NewContact.named("Ada").emails(List.of("ada@example.org", "ada at example.org")))
        .withMessage("contact emails must be addresses such as ada@example.org: 'ada at example.org' in "
            + "[ada@example.org, ada at example.org]");
    assertThatIllegalArgumentException().isThrownBy(() -> ContactChanges.to(ADA).primaryEmail("ada@"))
        .withMessage("contact primaryEmail must be an address such as ada@example.org: 'ada@'");
  }

  @Test
  void givenABlankValueInASet_theDetail_isRefusedNamingIt() {
    assertThatIllegalArgumentException().isThrownBy(() -> NewContact.named("Ada").interests(Set.of("engines", " ")))
        .withMessageStartingWith("contact interests must not hold a blank value: ' ' in ");
  }

  private static final Map<String, BiFunction<NewContact, String, NewContact>> NEW_CONTACT_TEXTS = Map.of(
      "givenName", NewContact::givenName, "familyName", NewContact::familyName,
      "company", NewContact::company, "title", NewContact::title,
      "seniority", NewContact::seniority, "industry", NewContact::industry,
      "sourceChannel", NewContact::sourceChannel);

  private static final Map<String, BiFunction<ContactChanges, String, ContactChanges>> CHANGED_TEXTS = Map.of(
      "givenName", ContactChanges::givenName, "familyName", ContactChanges::familyName,
      "company", ContactChanges::company, "title", ContactChanges::title,
      "seniority", ContactChanges::seniority, "industry", ContactChanges::industry,
      "sourceChannel", ContactChanges::sourceChannel);

  /** Every text detail refuses a blank value by its own name, in both commands. */
  @Property
  void givenABlankText_eachTextDetail_isRefusedByName(@ForAll("textDetails") String detail,
      @ForAll("blanks") String blank) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NEW_CONTACT_TEXTS.get(detail).apply(NewContact.named("Ada"), blank))
        .withMessage("contact %s must not be blank: '%s'", detail, blank);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CHANGED_TEXTS.get(detail).apply(ContactChanges.to(ADA), blank))
        .withMessage("contact %s must not be blank: '%s'", detail, blank);
  }

  @Provide
  Arbitrary<String> textDetails() {
    return Arbitraries.of(NEW_CONTACT_TEXTS.keySet());
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.strings().withChars(' ', '\t', '\n', '\u2003').ofMinLength(0).ofMaxLength(4);
  }

  /** A command keeps the collections it was given as they were then: it is immutable. */
  @Property
  void aListChangedAfterwards_doesNotChangeTheCommand(@ForAll("addresses") List<String> emails,
      @ForAll("words") Set<String> tags) {
    List<String> givenEmails = new ArrayList<>(emails);
    Set<String> givenTags = new LinkedHashSet<>(tags);
    NewContact added = NewContact.named("Ada").emails(givenEmails).tags(givenTags);
    ContactChanges changes = ContactChanges.to(ADA).emails(givenEmails).tags(givenTags);

    givenEmails.add("late@example.org");
    givenTags.add("late");

    assertThat(added.emails()).contains(emails);
    assertThat(added.tags()).contains(tags);
    assertThat(changes.emails()).contains(emails);
    assertThat(changes.tags()).contains(tags);
  }

  /** What a new contact is given is what the contact added holds, in the order given. */
  @Property
  void toContact_holdsEveryDetailGiven(@ForAll("words") Set<String> interests, @ForAll("addresses") List<String> emails,
      @ForAll Tier tier) {
    NewContact command = NewContact.named("Ada Lovelace").emails(emails).interests(interests).tier(tier)
        .company("Analytical Engines").location(Location.parse("London, UK")).cadence(Cadence.firstOfTheMonth())
        .channelProfiles(List.of(new ChannelProfile("LinkedIn", "ada"))).connectedOn(LocalDate.of(2026, 1, 5));

    Contact contact = command.toContact(ADA);

    assertThat(contact.id()).isEqualTo(ADA);
    assertThat(contact.displayName()).isEqualTo("Ada Lovelace");
    assertThat(contact.emails()).containsExactlyElementsOf(emails);
    assertThat(contact.interests()).containsExactlyElementsOf(interests);
    assertThat(contact.tier()).isEqualTo(tier);
    assertThat(contact.company()).contains("Analytical Engines");
    assertThat(contact.location()).isEqualTo(Location.parse("London, UK"));
    assertThat(contact.cadence()).contains(Cadence.firstOfTheMonth());
    assertThat(contact.channelProfiles()).containsExactly(new ChannelProfile("LinkedIn", "ada"));
    assertThat(contact.connectedOn()).contains(LocalDate.of(2026, 1, 5));
    assertThat(contact.untriaged()).isFalse();
  }

  /** Changes touch the details given and no other. */
  @Property
  void applyTo_changesOnlyTheDetailsGiven(@ForAll("maybeWord") Optional<String> company,
      @ForAll("maybeWord") Optional<String> title, @ForAll("maybeWords") Optional<Set<String>> interests) {
    Contact before = Contact.builder().id(ADA).displayName("Ada").company("Engines").title("Analyst")
        .interests(Set.of("poetry")).addEmails("ada@example.org").tier(Tier.CLOSE).build();

    ContactChanges changes = ContactChanges.to(ADA);
    changes = company.map(changes::company).orElse(changes);
    changes = title.map(changes::title).orElse(changes);
    changes = interests.map(changes::interests).orElse(changes);
    Contact after = changes.applyTo(before);

    assertThat(after.company()).isEqualTo(company.or(before::company));
    assertThat(after.title()).isEqualTo(title.or(before::title));
    assertThat(after.interests()).isEqualTo(interests.orElse(before.interests()));
    assertThat(after).isEqualTo(Contact.builder().from(before).company(after.company()).title(after.title())
        .interests(after.interests()).build());
  }

  @Provide
  Arbitrary<String> word() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
  }

  @Provide
  Arbitrary<Optional<String>> maybeWord() {
    return word().optional();
  }

  @Provide
  Arbitrary<Set<String>> words() {
    return word().set().ofMaxSize(4);
  }

  @Provide
  Arbitrary<Optional<Set<String>>> maybeWords() {
    return words().optional();
  }

  @Provide
  Arbitrary<List<String>> addresses() {
    return word().map(w -> w + "@example.org").list().uniqueElements().ofMaxSize(3);
  }

  @Test
  void primaryEmail_comesFirst_andKeepsTheOthersOnce() {
    Contact before = Contact.builder().id(ADA).displayName("Ada").addEmails("ada@example.org", "ADA@home.example").build();

    assertThat(ContactChanges.to(ADA).primaryEmail("ada@home.example").applyTo(before).emails())
        .containsExactly("ada@home.example", "ada@example.org");
    assertThat(ContactChanges.to(ADA).emails(List.of("a@x.example")).primaryEmail("b@x.example").applyTo(before).emails())
        .containsExactly("b@x.example", "a@x.example");
  }

  @Test
  void aTierGiven_isTheOwnersChoice_soTheContactIsTriaged() {
    Contact imported = Contact.builder().id(ADA).displayName("Ada").untriaged(true).build();

    assertThat(ContactChanges.to(ADA).tier(Tier.ACQUAINTANCE).applyTo(imported).untriaged()).isFalse();
    assertThat(ContactChanges.to(ADA).company("Engines").applyTo(imported).untriaged()).isTrue();
  }

  @Test
  void givenAnotherContact_applyTo_isRefused() {
    Contact grace = Contact.builder().id(new ContactId(8)).displayName("Grace").build();

    assertThatIllegalArgumentException().isThrownBy(() -> ContactChanges.to(ADA).company("Navy").applyTo(grace))
        .withMessage("changes to contact 7 applied to contact 8");
  }

  @Test
  void aDetailGiven_returnsANewCommand_andLeavesTheFirstAsItWas() {
    NewContact ada = NewContact.named("Ada");

    NewContact withBirthday = ada.birthday(PartialDate.parse("12-10"));

    assertThat(ada.birthday()).isEmpty();
    assertThat(withBirthday.birthday()).contains(PartialDate.parse("12-10"));
  }

  @Test
  void commands_areEqualByWhatTheyGive() {
    new EqualsTester()
        .addEqualityGroup(NewContact.named("Ada").company("Engines"), NewContact.named("Ada").company("Engines"))
        .addEqualityGroup(NewContact.named("Ada"))
        .addEqualityGroup(ContactChanges.to(ADA).tier(Tier.CLOSE), ContactChanges.to(ADA).tier(Tier.CLOSE))
        .addEqualityGroup(ContactChanges.to(ADA))
        .testEquals();
  }
}
