package io.github.doingoai.model;

/** How a meeting is held. */
public enum MeetingFormat {
  /** trực tiếp */
  IN_PERSON,
  /** trực tuyến */
  ONLINE,
  /** trực tiếp và trực tuyến, kết hợp */
  HYBRID
}
