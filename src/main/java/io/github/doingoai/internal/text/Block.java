package io.github.doingoai.internal.text;

/**
 * One line (paragraph) of an article with its kind.
 *
 * @param start first char, normalized offset
 * @param end after the last char (before the line feed), normalized offset
 * @param kind what the line is
 * @param contentStart where the content starts, after a dateline prefix such as {@code TTXVN - }
 * @param contentEnd where the content ends, before a photo credit such as {@code (Ảnh: Xuân Khu/TTXVN)}
 */
public record Block(int start, int end, BlockKind kind, int contentStart, int contentEnd) {

  /** True for the kinds whose text reports the news (body, title, headings and captions). */
  public boolean isContent() {
    return kind != BlockKind.BYLINE && kind != BlockKind.BOILERPLATE;
  }
}
