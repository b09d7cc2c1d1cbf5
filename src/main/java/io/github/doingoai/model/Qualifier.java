package io.github.doingoai.model;

/** How exact a reported count is. */
public enum Qualifier {
  /** the number as written */
  EXACT,
  /** khoảng, chừng, xấp xỉ */
  ABOUT,
  /** gần */
  NEARLY,
  /** hơn, trên */
  MORE_THAN,
  /** tới, đến, lên tới */
  UP_TO
}
