package io.github.doingoai.internal.text;

import io.github.doingoai.model.Span;

/**
 * The caller's original text, its normalized form and the map between their offsets.
 *
 * <p>Every normalized char {@code i} comes from the original range {@code [origStart(i), origEnd(i))};
 * chars dropped by normalization (zero-width, soft hyphens, a collapsed space) belong to no
 * normalized char but are covered by any span that encloses them. The map is monotone, so a
 * normalized range maps to one original range.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final String lower;
  // the text's chars, for the loops of this package that read every one of them (the normalizer's
  // buffer, which may be longer: only the first text.length() count); never written after
  private final char[] chars;
  private final OffsetRuns map;
  private final LegacyEncoding legacyEncoding;
  private final boolean suspicious;

  /**
   * {@code lower} must be {@link #lowerSameLength} of {@code text}, and the first
   * {@code text.length()} of {@code chars} the text: the normalizer has both at hand.
   */
  NormalizedText(String original, String text, String lower, char[] chars, OffsetRuns map,
      LegacyEncoding legacyEncoding, boolean suspicious) {
    this.legacyEncoding = legacyEncoding;
    this.suspicious = suspicious;
    this.original = original;
    this.text = text;
    this.lower = lower;
    this.chars = chars;
    this.map = map;
  }

  /** Lower case char by char, so that offsets in the lower-case copy equal those in {@code s}. */
  public static String lowerSameLength(String s) {
    char[] cs = s.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      cs[i] = Chars.toLower(cs[i]);
    }
    return new String(cs);
  }

  /** The legacy encoding the original was decoded from (it arrived as mojibake), or {@code null}. */
  public LegacyEncoding legacyEncoding() {
    return legacyEncoding;
  }

  /**
   * What a caller should be told about the input, one sentence each: a legacy encoding that was
   * converted, or text that looks like mojibake the library could not read.
   */
  public java.util.List<String> warnings() {
    if (legacyEncoding != null) {
      return java.util.List.of("the text looked like Vietnamese in the legacy " + legacyEncoding.label()
          + " encoding read as Windows-1252 (mojibake); it was converted to Unicode before extraction");
    }
    if (suspicious) {
      return java.util.List.of("the text has many Latin-1 letters inside words and almost no Vietnamese ones:"
          + " it may be mojibake in an encoding the library cannot convert; results may be empty");
    }
    return java.util.List.of();
  }

  public String original() {
    return original;
  }

  /** The normalized text: NFC, canonical tone placement, canonical spaces, quotes and dashes. */
  public String text() {
    return text;
  }

  /** {@link #text()} in lower case, same length and offsets. */
  public String lower() {
    return lower;
  }

  /** The text's chars in an array that may be longer (package-private, read only). */
  char[] chars() {
    return chars;
  }

  public int length() {
    return text.length();
  }

  /** Original offset where normalized char {@code i} starts; {@code i == length()} gives the original length. */
  public int toOriginalStart(int i) {
    checkIndex(i);
    return i == text.length() ? original.length() : map.start(i);
  }

  /** Original offset just after normalized range end {@code i} (exclusive end). */
  public int toOriginalEnd(int i) {
    checkIndex(i);
    return i == 0 ? (text.isEmpty() ? original.length() : map.start(0)) : map.end(i - 1);
  }

  /**
   * The normalized offset of original offset {@code o}: the first normalized char that starts at or
   * after {@code o} ({@code length()} when none does).
   */
  public int toNormalized(int o) {
    if (o < 0 || o > original.length()) {
      throw new IndexOutOfBoundsException("original offset " + o + " outside [0, " + original.length() + "]");
    }
    return map.lowerBound(o);
  }

  /** The original span behind normalized range {@code [start, end)}. */
  public Span span(int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IndexOutOfBoundsException("normalized range [" + start + ", " + end + ") outside [0, " + text.length() + "]");
    }
    int os = toOriginalStart(start);
    int oe = end == start ? os : toOriginalEnd(end);
    return Span.of(original, os, Math.max(os, oe));
  }

  /** Normalized range {@code [start, end)} as a string. */
  public String substring(int start, int end) {
    return text.substring(start, end);
  }

  private void checkIndex(int i) {
    if (i < 0 || i > text.length()) {
      throw new IndexOutOfBoundsException("normalized offset " + i + " outside [0, " + text.length() + "]");
    }
  }
}
