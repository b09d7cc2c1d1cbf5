package io.github.doingoai.model;

/** What a temporal expression denotes. */
public enum TemporalKind {
  /** a day: Ngày 26/4, sáng 13-12, 18/2/2019 */
  DATE,
  /** a month: tháng 11/2021 */
  MONTH,
  /** a year: năm 2018 */
  YEAR,
  /** a span of years or dates: giai đoạn 2021-2025, nhiệm kỳ 2022-2025 */
  PERIOD,
  /** an end point: đến năm 2030, tầm nhìn đến năm 2045 */
  HORIZON,
  /** a day named relative to the reference date: hôm nay, hôm qua, thứ Hai, tuần tới */
  RELATIVE
}
