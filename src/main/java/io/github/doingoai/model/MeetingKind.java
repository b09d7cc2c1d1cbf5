package io.github.doingoai.model;

/** What kind of meeting an article reports (GUIDELINES.md). */
public enum MeetingKind {
  /** hội nghị */
  CONFERENCE,
  /** buổi làm việc, làm việc với */
  WORKING_SESSION,
  /** hội đàm */
  TALKS,
  /** tiếp, tiếp xã giao, tiếp kiến */
  RECEPTION,
  /** hội thảo, tọa đàm, diễn đàn */
  SEMINAR,
  /** lễ ký kết, lễ trao, lễ kỷ niệm, dâng hương */
  CEREMONY,
  /** thăm, chuyến thăm */
  VISIT
}
