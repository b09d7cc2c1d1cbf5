package io.github.doingoai.model;

import java.util.Objects;

/**
 * A stretch of the caller's original text: {@code text.equals(original.substring(start, end))}.
 *
 * @param start index of the first char, inclusive, in the caller's original string
 * @param end index after the last char, exclusive
 * @param text the original text between {@code start} and {@code end}, exactly as the caller gave it
 */
public record Span(int start, int end, String text) implements Comparable<Span> {

  /** Checks that the range is well-formed and that {@code text} has its length. */
  public Span {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") has " + text.length() + " chars of text");
    }
  }

  /** The span of {@code original} between {@code start} and {@code end}. */
  public static Span of(String original, int start, int end) {
    return new Span(start, end, original.substring(start, end));
  }

  /**
   * The number of chars the span covers.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /** True when this span lies inside {@code other}. */
  public boolean within(Span other) {
    return start >= other.start && end <= other.end;
  }

  /**
   * True when the two spans share at least one char.
   *
   * @param other another span of the same text
   * @return whether they overlap
   */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
