package io.github.doingoai.model;

import java.util.List;

/** Null-safe list copies for the compact constructors of the records in this package. */
final class Lists {
  private Lists() {}

  /** An immutable copy; {@code null} becomes the empty list; a {@code null} element is an error. */
  static <T> List<T> copy(List<T> list, String field) {
    if (list == null) {
      return List.of();
    }
    for (T t : list) {
      if (t == null) {
        throw new NullPointerException(field + " contains null");
      }
    }
    return List.copyOf(list);
  }
}
