package dev.rapport.core.port.in;

/** No resource has the id given. */
public class ResourceNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** No resource has id {@code ref}. */
  public ResourceNotFoundException(String ref) {
    super("no resource has id '" + ref + "'");
  }
}
