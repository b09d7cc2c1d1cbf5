package io.github.doingoai.internal.extract.official;

import io.github.doingoai.internal.text.VietnameseNormalizer;

/** Comparison of a curated form with text, after the normalizer's canonical forms. */
final class NormalizedEq {
  private NormalizedEq() {}

  static boolean eqIgnoreCase(String curated, String text) {
    VietnameseNormalizer n = VietnameseNormalizer.instance();
    return n.key(curated).equals(n.key(text));
  }
}
