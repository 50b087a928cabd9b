package dev.rapport.core.port.in;

/** No resource has the id given, or matches the reference given. */
public class ResourceNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** No resource has id {@code ref}. */
  public ResourceNotFoundException(String ref) {
    this(ref, "no resource has id '" + ref + "'");
  }

  private ResourceNotFoundException(String ref, String message) {
    super(message);
  }

  /** No resource's id or title matches {@code ref}. */
  public static ResourceNotFoundException noMatch(String ref) {
    return new ResourceNotFoundException(ref, "no resource matches '" + ref + "' (resource add TITLE --topics a,b adds one)");
  }
}
