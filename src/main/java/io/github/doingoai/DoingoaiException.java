package io.github.doingoai;

import java.util.Objects;

/**
 * The one exception the library throws on purpose, with an {@link ErrorKind} saying what went
 * wrong. {@code null} arguments are programming errors and fail with a {@link NullPointerException}
 * that names the parameter.
 */
public final class DoingoaiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;

  public DoingoaiException(ErrorKind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public DoingoaiException(ErrorKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public ErrorKind kind() {
    return kind;
  }

  @Override
  public String toString() {
    return "DoingoaiException[" + kind + "]: " + getMessage();
  }
}
