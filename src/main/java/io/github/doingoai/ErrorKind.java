package io.github.doingoai;

/** What went wrong, for {@link DoingoaiException}. */
public enum ErrorKind {
  /** the text is longer than the extractor's limit */
  TEXT_TOO_LONG,
  /** a curated data file is malformed: the message names the file, the line and the reason */
  BAD_DATA,
  /** JSON that does not describe a valid record */
  BAD_JSON,
  /** a file or stream could not be read or written */
  IO,
  /** input that is not text the library can read (for example a legacy Vietnamese encoding it cannot convert) */
  BAD_INPUT,
  /** an argument outside its allowed range */
  BAD_ARGUMENT,
  /**
   * a bug inside the library surfaced while extracting one text; the cause is the original
   * exception, kept for the bug report. Other texts can still be extracted with the same extractor.
   */
  INTERNAL
}
