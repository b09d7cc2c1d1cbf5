package io.github.doingoai.model;

/** How an official is named at one place in the text. */
public enum MentionKind {
  /** the full name, with or without title and honorific */
  FULL_NAME,
  /** a short form: ông Sơn, đồng chí Sơn */
  SHORT_NAME,
  /** a bare title that can refer to only this official: Bí thư Thành ủy */
  TITLE_ONLY
}
