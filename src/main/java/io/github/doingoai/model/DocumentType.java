package io.github.doingoai.model;

/** The type of a Party or State document cited by number. */
public enum DocumentType {
  /** Nghị quyết (NQ) */
  RESOLUTION,
  /** Chỉ thị (CT) */
  DIRECTIVE,
  /** Kết luận (KL) */
  CONCLUSION,
  /** Quyết định (QĐ) */
  DECISION,
  /** Nghị định (NĐ) */
  DECREE,
  /** Thông tư (TT) */
  CIRCULAR,
  /** Luật */
  LAW,
  /** Hướng dẫn (HD) */
  GUIDANCE,
  /** Quy định (QĐi) */
  REGULATION,
  /** Kế hoạch (KH) */
  PLAN,
  /** Thông báo (TB) */
  NOTICE,
  /** any other numbered document */
  OTHER
}
