package dev.rapport.core.port.in;

/** No contact matches the id or reference given. */
public class ContactNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** No contact matches {@code ref}. */
  public ContactNotFoundException(String ref) {
    super("no contact matches '" + ref + "'");
  }
}
