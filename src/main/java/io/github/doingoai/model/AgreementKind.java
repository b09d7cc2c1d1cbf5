package io.github.doingoai.model;

/** What kind of agreement (GUIDELINES.md). */
public enum AgreementKind {
  /** quy chế phối hợp, quy chế hợp tác */
  COORDINATION_REGULATION,
  /** biên bản ghi nhớ, MOU */
  MEMORANDUM_OF_UNDERSTANDING,
  /** thỏa thuận hợp tác, hiệp định hợp tác, biên bản hội đàm */
  COOPERATION_AGREEMENT,
  /** chương trình phối hợp, chương trình hợp tác, kế hoạch phối hợp */
  COOPERATION_PROGRAMME,
  /** kết nghĩa, thiết lập quan hệ hữu nghị or hợp tác between two localities */
  TWINNING
}
