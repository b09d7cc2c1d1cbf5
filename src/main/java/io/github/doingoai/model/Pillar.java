package io.github.doingoai.model;

/** A foreign-affairs pillar or channel (GUIDELINES.md). */
public enum Pillar {
  /** ngoại giao chính trị */
  POLITICAL,
  /** ngoại giao kinh tế, đối ngoại kinh tế */
  ECONOMIC,
  /** ngoại giao văn hóa, đối ngoại văn hóa */
  CULTURAL,
  /** thông tin đối ngoại, thông tin tuyên truyền đối ngoại */
  EXTERNAL_INFORMATION,
  /** đối ngoại nhân dân, ngoại giao nhân dân */
  PEOPLE_TO_PEOPLE,
  /** công tác người Việt Nam ở nước ngoài, kiều bào */
  OVERSEAS_VIETNAMESE,
  /** đối ngoại Đảng */
  PARTY,
  /** ngoại giao Nhà nước, đối ngoại chính quyền */
  STATE,
  /** đối ngoại quốc phòng, ngoại giao quốc phòng */
  DEFENCE
}
