package dev.rapport.core.port.out;

/** Storage failed: the database could not be read or written. Adapters wrap their own errors in it. */
public class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with its cause. */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A failure found by the adapter itself. */
  public StorageException(String message) {
    super(message);
  }
}
