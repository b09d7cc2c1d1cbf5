package io.github.doingoai.model;

/** What the article says happened to an agreement. */
public enum AgreementStatus {
  /** ký, ký kết, trao */
  SIGNED,
  /** đề xuất, sẽ ký */
  PROPOSED,
  /** an earlier agreement the article mentions */
  REFERENCED
}
