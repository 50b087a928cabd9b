package dev.rapport.shell;

import dev.rapport.core.domain.Contact;
import dev.rapport.core.domain.ContactId;
import dev.rapport.core.domain.Direction;
import dev.rapport.core.domain.InteractionKind;
import dev.rapport.core.domain.Resource;
import dev.rapport.core.domain.Touch;
import dev.rapport.core.port.in.LogTouch;
import dev.rapport.core.port.in.ResourceNotFoundException;
import dev.rapport.shell.bootstrap.Wiring;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code log REF --kind KIND ...}: records a touch, which resets the contact's cadence clock. */
@Command(name = "log", description = "Log a touch: a greeting, message, call, meeting…")
final class LogCommand extends ShellCommand {

  @Parameters(index = "0", paramLabel = "REF", description = "Id, e-mail or part of the name.")
  String ref;

  @Option(names = "--kind", required = true, paramLabel = "KIND", completionCandidates = Candidates.Kinds.class,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  String kind;

  @Option(names = "--direction", paramLabel = "out|in|mutual", defaultValue = "out",
      completionCandidates = Candidates.Directions.class,
      description = "Who reached out (default: ${DEFAULT-VALUE}).")
  String direction;

  @Option(names = "--on", paramLabel = "DATE", converter = Converters.Day.class,
      description = "The day it happened (default: today).")
  LocalDate on;

  @Option(names = "--channel", paramLabel = "NAME", description = "Where it happened.")
  String channel;

  @Option(names = "--minutes", converter = Converters.NonNegative.class, paramLabel = "N", description = "Minutes spent.")
  Integer minutes;

  @Option(names = "--summary", paramLabel = "TEXT", description = "What it was about.")
  String summary;

  @Option(names = "--resource", paramLabel = "RESOURCE_REF",
      description = "With --kind resource-shared: the resource you shared (its id or part of its title); "
          + "the agenda and share stop suggesting it to them.")
  String resource;

  @Option(names = "--introduced-to", paramLabel = "REF", description = "For an introduction: the other contact.")
  String introducedTo;

  LogCommand(Session session) {
    super(session);
  }

  @Override
  void run() {
    Contact contact = contact(ref);
    InteractionKind interaction = Names.parse(InteractionKind.class, kind, "--kind");
    LogTouch touch = LogTouch.of(contact.id(), direction(direction), interaction);
    if (on != null) {
      touch = touch.at(on.atTime(Wiring.AS_OF_TIME).atZone(session.clock().getZone()).toInstant());
    }
    if (channel != null && !channel.isBlank()) {
      touch = touch.channel(channel.strip());
    }
    if (minutes != null) {
      touch = touch.minutes(minutes);
    }
    if (summary != null) {
      touch = touch.summary(summary.strip());
    }
    if (introducedTo != null) {
      LogTouch introduction = touch;
      ContactId other = contact(introducedTo).id();
      touch = Converters.named("--introduced-to", () -> introduction.introducedTo(other));
    }
    if (resource != null) {
      if (interaction != InteractionKind.RESOURCE_SHARED) {
        throw new IllegalArgumentException("--resource goes with --kind resource-shared, not " + Names.of(interaction));
      }
      touch = touch.resource(sharedResource().id());
    }
    Touch logged = rapport().activity().log(touch);
    done("logged " + Names.of(logged.kind()) + " " + arrow(logged.direction()) + " "
        + style().bold(contact.displayName()) + " on " + Dates.of(logged.at().atZone(session.clock().getZone()).toLocalDate(), session.today()), Map.of("contactId", contact.id().value(), "contact", contact.displayName()));
  }

  private Resource sharedResource() {
    try {
      return rapport().activity().resolveResource(resource);
    } catch (ResourceNotFoundException | IllegalArgumentException e) {
      throw new IllegalArgumentException("--resource: " + e.getMessage(), e);
    }
  }

  /** Reads {@code out}, {@code in} or {@code mutual} (or the full names). */
  static Direction direction(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "out", "outbound" -> Direction.OUTBOUND;
      case "in", "inbound" -> Direction.INBOUND;
      case "mutual", "both" -> Direction.MUTUAL;
      default -> throw new IllegalArgumentException("--direction must be out, in or mutual: '" + text + "'");
    };
  }

  private static String arrow(Direction direction) {
    return switch (direction) {
      case OUTBOUND -> "to";
      case INBOUND -> "from";
      case MUTUAL -> "with";
    };
  }
}
