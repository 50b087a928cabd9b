package dev.rapport.shell;

import dev.rapport.core.port.in.AmbiguousContactException;
import dev.rapport.core.port.in.ContactNotFoundException;
import dev.rapport.core.port.out.StorageException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one-line messages and the exit codes of SPEC §9: 1 when the input was
 * wrong (a bad value, an unknown contact, a broken file), 2 for a usage error (an unknown
 * command or option, a missing argument).
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** Exit code: the input was wrong. */
  public static final int WRONG_INPUT = 1;

  /** Exit code: the command line itself was wrong. */
  public static final int USAGE = 2;

  private final boolean debug;

  /** A handler; {@code debug} adds stack traces of unexpected errors. */
  public ErrorHandler(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    if (isExpected(ex)) {
      err.println("rapport: " + messageOf(ex));
    } else {
      // A bug, not the user's fault: say so, and keep the trace for a report.
      err.println("rapport: unexpected error: " + ex);
      if (debug) {
        ex.printStackTrace(err);
      } else {
        err.println("rapport: set RAPPORT_DEBUG=1 to see where it happened");
      }
    }
    err.flush();
    return WRONG_INPUT;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    if (ex.getCause() != null) {
      // A value that could not be converted: the input was wrong, not the command line.
      err.println("rapport: " + ex.getMessage());
      err.flush();
      return WRONG_INPUT;
    }
    err.println("rapport: " + ex.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
    }
    err.flush();
    return USAGE;
  }

  private static boolean isExpected(Exception ex) {
    return ex instanceof IllegalArgumentException
        || ex instanceof ContactNotFoundException
        || ex instanceof AmbiguousContactException
        || ex instanceof StorageException
        || ex.getClass().getName().startsWith("dev.rapport.");
  }

  private static String messageOf(Throwable ex) {
    String message = ex.getMessage();
    return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
  }
}
