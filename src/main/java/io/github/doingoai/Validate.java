package io.github.doingoai;

/** Argument checks at the API boundary, with messages that name the parameter. */
final class Validate {
  private Validate() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  static int positive(int value, String name) {
    if (value <= 0) {
      throw new DoingoaiException(ErrorKind.BAD_ARGUMENT, name + " must be positive, was " + value);
    }
    return value;
  }
}
