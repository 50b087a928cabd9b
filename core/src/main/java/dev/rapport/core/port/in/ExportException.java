package dev.rapport.core.port.in;

/**
 * An export failed: a file or folder could not be written. The message names it and says why;
 * adapters wrap their own I/O errors in it.
 */
public class ExportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with its cause, such as an {@code IOException}. */
  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
