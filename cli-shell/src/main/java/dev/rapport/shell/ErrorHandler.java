package dev.rapport.shell;

import dev.rapport.core.port.in.AmbiguousContactException;
import dev.rapport.core.port.in.ContactNotFoundException;
import dev.rapport.core.port.out.StorageException;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one-line messages and the exit codes of SPEC §9: 1 when the input was
 * wrong (a bad value, an unknown contact, a broken file), 2 for a usage error (an unknown
 * command or option, a missing argument), 3 for an internal error — a bug, or the JVM running
 * out of memory. A stack trace is printed only with {@code --debug} (or {@code RAPPORT_DEBUG}).
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** Exit code: the input was wrong. */
  public static final int WRONG_INPUT = 1;

  /** Exit code: the command line itself was wrong. */
  public static final int USAGE = 2;

  /** Exit code: something went wrong inside Rapport, not in what the user gave it. */
  public static final int INTERNAL = 3;

  private final BooleanSupplier debug;

  /** A handler; {@code debug} says, when a failure comes, whether to add its stack trace. */
  public ErrorHandler(BooleanSupplier debug) {
    this.debug = debug;
  }

  /**
   * Runs {@code cmd} on {@code args} and returns its exit code; an {@link Error} (which picocli
   * lets through) becomes exit code 3 with a message, like any other internal failure.
   */
  static int execute(CommandLine cmd, String... args) {
    try {
      return cmd.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      return ((ErrorHandler) cmd.getExecutionExceptionHandler()).internal(e, cmd.getErr());
    }
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    if (!isExpected(ex)) {
      return internal(ex, err);
    }
    err.println("rapport: " + messageOf(ex));
    if (debug.getAsBoolean()) {
      ex.printStackTrace(err);
    }
    err.flush();
    return WRONG_INPUT;
  }

  /** Reports a failure that is Rapport's, not the user's: what it was, and what to do about it. */
  int internal(Throwable ex, PrintWriter err) {
    if (ex instanceof OutOfMemoryError) {
      err.println("rapport: out of memory (" + messageOf(ex) + "): the Java heap is too small for this network.");
      err.println("rapport: give the JVM more memory and run the command again, such as: RAPPORT_JAVA_OPTS=-Xmx2g ./rapport ...");
    } else {
      err.println("rapport: internal error, a bug in Rapport (not in what you typed): " + ex);
      err.println("rapport: please report it with the command you ran, rapport --version, and the output of the same command with --debug");
    }
    if (debug.getAsBoolean()) {
      ex.printStackTrace(err);
    } else {
      err.println("rapport: --debug shows where it happened");
    }
    err.flush();
    return INTERNAL;
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
