package dev.rapport.core.policy.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Goal;
import dev.rapport.core.domain.Tier;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Something the network lacks or that needs attention, with a subject and a sentence saying why. */
public sealed interface Gap permits Gap.GoalGap, Gap.CoolingTie, Gap.Imbalance, Gap.ThinFile, Gap.Concentration {

  /** What sort of gap it is. */
  GapKind kind();

  /** What it is about: a goal, a contact's name, a dimension. */
  String subject();

  /** Why it is reported, in a sentence. */
  String detail();

  /** An owner goal against the contacts that match it: how many, how many healthy or better, how many wanted. */
  record GoalGap(Goal goal, int have, int healthy) implements Gap {

    /** @throws IllegalArgumentException when healthy is negative or above have */
    public GoalGap {
      checkNotNull(goal, "goal");
      checkArgument(healthy >= 0 && healthy <= have, "goal gap: healthy must be between 0 and have (%s): %s", have, healthy);
    }

    /** The healthy contacts the goal wants. */
    public int wanted() {
      return goal.wanted();
    }

    /** How many healthy contacts are missing; zero when the goal is met. */
    public int shortfall() {
      return Math.max(0, goal.wanted() - healthy);
    }

    @Override
    public GapKind kind() {
      return GapKind.GOAL;
    }

    @Override
    public String subject() {
      return goal.kind().name().toLowerCase(Locale.ROOT) + ": " + goal.value();
    }

    @Override
    public String detail() {
      String need = shortfall() == 0 ? "goal met" : shortfall() + " short";
      if (have == 0) {
        return "nobody in the network matches " + goal.value() + "; " + wanted() + " healthy wanted: " + need;
      }
      return have + (have == 1 ? " contact matches, " : " contacts match, ") + healthy + " healthy or better; "
          + wanted() + " wanted: " + need;
    }
  }

  /** An INNER or CLOSE contact whose health has fallen to AT_RISK or DORMANT. */
  record CoolingTie(ContactId contact, String name, Tier tier, String band, int score, List<String> reasons)
      implements Gap {

    public CoolingTie {
      checkNotNull(contact, "contact");
      checkNotNull(tier, "tier");
      reasons = ImmutableList.copyOf(reasons);
    }

    @Override
    public GapKind kind() {
      return GapKind.COOLING_TIE;
    }

    @Override
    public String subject() {
      return name;
    }

    @Override
    public String detail() {
      String why = reasons.isEmpty() ? "" : ": " + String.join("; ", reasons);
      // written as the shell's tables write tiers and bands: "close tie is at-risk"
      return lower(tier.name()) + " tie is " + lower(band) + " (score " + score + ")" + why;
    }
  }

  /** A relationship that runs one way, over the analysis window. */
  record Imbalance(ContactId contact, String name, Side side, int outbound, int inbound, int helpGiven,
      int helpReceived, int months) implements Gap {

    /** Which way it leans. */
    public enum Side {
      /** The owner keeps reaching out and the contact never answers. */
      UNANSWERED,
      /** The contact helps the owner, who has not helped back. */
      UNRECIPROCATED
    }

    public Imbalance {
      checkNotNull(contact, "contact");
      checkNotNull(side, "imbalance side");
    }

    @Override
    public GapKind kind() {
      return GapKind.IMBALANCE;
    }

    @Override
    public String subject() {
      return name;
    }

    @Override
    public String detail() {
      return switch (side) {
        case UNANSWERED -> outbound + " outbound, " + inbound + " inbound in " + months
            + " months: they never answer; focus on those who respond";
        case UNRECIPROCATED -> "helped you " + helpReceived + (helpReceived == 1 ? " time" : " times") + " in "
            + months + " months (introductions, resources, collaborations); you have not helped back";
      };
    }
  }

  /** A contact whose file lacks some of the basics the seed asks to collect. */
  record ThinFile(ContactId contact, String name, Tier tier, Set<Missing> missing) implements Gap {

    /** A part of the file that is empty. */
    public enum Missing {
      /** No employer. */
      COMPANY,
      /** No title, role or seniority. */
      ROLE,
      /** No interests. */
      INTERESTS,
      /** No birthday recorded. */
      BIRTHDAY
    }

    /** @throws IllegalArgumentException when nothing is missing */
    public ThinFile {
      checkNotNull(contact, "contact");
      checkArgument(!missing.isEmpty(), "thin file of %s: something must be missing", contact);
      missing = Sets.immutableEnumSet(missing);
    }

    @Override
    public GapKind kind() {
      return GapKind.THIN_FILE;
    }

    @Override
    public String subject() {
      return name;
    }

    @Override
    public String detail() {
      return "file lacks " + missing.stream().map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
  }

  /** One value dominating a dimension of the network. */
  record Concentration(Dimension dimension, String value, int count, int known, double herfindahl, double threshold)
      implements Gap {

    public Concentration {
      checkNotNull(dimension, "dimension");
      checkArgument(count >= 0 && count <= known, "concentration count must be between 0 and known (%s): %s", known, count);
    }

    @Override
    public GapKind kind() {
      return GapKind.CONCENTRATION;
    }

    @Override
    public String subject() {
      return dimension.label();
    }

    @Override
    public String detail() {
      return String.format(Locale.ROOT, "%s holds %d of %d %s with a known %s (%.0f%%); Herfindahl %.2f is at or above %.2f",
          value, count, known, known == 1 ? "contact" : "contacts", dimension.label(), 100.0 * count / known, herfindahl, threshold);
    }
  }

  private static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
