package io.github.doingoai.model;

/** The part of the day a Vietnamese date names: {@code sáng}, {@code trưa}, {@code chiều}, {@code tối}, {@code đêm}. */
public enum PartOfDay {
  /** sáng */
  MORNING,
  /** trưa */
  NOON,
  /** chiều */
  AFTERNOON,
  /** tối */
  EVENING,
  /** đêm */
  NIGHT
}
