package io.github.doingoai.internal.text;

/** What a line of an article is. */
public enum BlockKind {
  /** the headline */
  TITLE,
  /** a short line without final punctuation inside the article: a subheading or a caption without credit */
  HEADING,
  /** running text */
  BODY,
  /** a photo caption: its text is content, its credit ({@code Ảnh: ...}) is not */
  CAPTION,
  /** an author line or a date line: no content */
  BYLINE,
  /** site furniture: comments, share bars, related-article teasers, view counts */
  BOILERPLATE
}
