package dev.rapport.core.policy;

import dev.rapport.core.domain.InteractionKind;
import java.util.Locale;
import java.util.Optional;

/** What an agenda suggests doing: reply, set up a meeting, or a touch of one kind. */
public enum OutreachAction {
  /** Answer an unanswered inbound touch. */
  REPLY(null),
  /** Set up a time to talk individually. */
  MEET(null),
  /** Just say hi. */
  GREETING(InteractionKind.GREETING),
  /** A message. */
  MESSAGE(InteractionKind.MESSAGE),
  /** Tell them where you are in your career. */
  CAREER_UPDATE(InteractionKind.CAREER_UPDATE),
  /** Ask about them. */
  QUESTION(InteractionKind.QUESTION),
  /** Comment on their update or post. */
  COMMENT(InteractionKind.COMMENT),
  /** Share a resource that suits their interests or goals. */
  RESOURCE_SHARED(InteractionKind.RESOURCE_SHARED),
  /** Send a card or an e-card. */
  CARD(InteractionKind.CARD),
  /** Call them. */
  CALL(InteractionKind.CALL),
  /** Meet them. */
  MEETING(InteractionKind.MEETING);

  private final InteractionKind kind;

  OutreachAction(InteractionKind kind) {
    this.kind = kind;
  }

  /** The interaction kind to log when done; empty for REPLY and MEET, which the owner chooses. */
  public Optional<InteractionKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** The action for a touch of this kind, if the agenda suggests it. */
  public static Optional<OutreachAction> of(InteractionKind kind) {
    for (OutreachAction action : values()) {
      if (action.kind == kind) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }

  /** The lower-case, dashed name the shell prints: {@code reply}, {@code meet}, {@code career-update}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
