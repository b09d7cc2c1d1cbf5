package io.github.doingoai;

import java.util.Objects;

/**
 * The one exception the library throws on purpose, with an {@link ErrorKind} saying what went
 * wrong. {@code null} arguments are programming errors and fail with a {@link NullPointerException}
 * that names the parameter.
 */
public final class DoingoaiException extends RuntimeException {
  /** Version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  private final ErrorKind kind;

  /**
   * An exception of the given kind.
   *
   * @param kind what went wrong
   * @param message what went wrong, for people
   */
  public DoingoaiException(ErrorKind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * An exception of the given kind with the exception that caused it.
   *
   * @param kind what went wrong
   * @param message what went wrong, for people
   * @param cause the underlying exception
   */
  public DoingoaiException(ErrorKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * What went wrong, for callers that react differently per kind.
   *
   * @return the kind, never {@code null}
   */
  public ErrorKind kind() {
    return kind;
  }

  @Override
  public String toString() {
    return "DoingoaiException[" + kind + "]: " + getMessage();
  }
}
