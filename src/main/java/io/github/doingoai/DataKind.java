package io.github.doingoai;

/**
 * The kinds of curated data the library loads at {@code build()}. Each has a bundled resource file
 * ({@link #fileName()}, under {@code io/github/doingoai/data/}); callers add entries of their own
 * with {@link ExtractorBuilder#addData(DataKind, java.nio.file.Path)}. The file format is documented
 * in {@code src/main/resources/io/github/doingoai/data/README.md}.
 */
public enum DataKind {
  /** titles of office: Bí thư, Bộ trưởng, Đại sứ, Thống đốc... */
  TITLES("titles.tsv"),
  /** bodies: Thành ủy, Bộ Ngoại giao, UBND, Sở Ngoại vụ, Mặt trận Tổ quốc... */
  BODIES("bodies.tsv"),
  /** provinces and centrally-run cities, before and after the 2025 merger, and other places */
  PLACES("places.tsv"),
  /** countries and foreign regions as Vietnamese writes them */
  COUNTRIES("countries.tsv"),
  /** Vietnamese surnames */
  SURNAMES("surnames.tsv"),
  /** honorifics and ranks written before a name: đồng chí, ông, bà, Ngài, Tiến sĩ, Đại tướng */
  HONORIFICS("honorifics.tsv"),
  /** historical figures quoted in articles (Bác Hồ, Chủ tịch Hồ Chí Minh): never officials */
  HISTORICAL("historical.tsv"),
  /** wordings of the foreign-affairs pillars */
  PILLARS("pillars.tsv"),
  /** words that report, recall or qualify a meeting (hội nghị, buổi tiếp, trước đó...), by role */
  MEETING_CUES("meeting-cues.tsv"),
  /** document type words and codes, issuers (Nghị quyết / NQ, TW, TTg...) */
  DOCUMENTS("documents.tsv"),
  /** ordinal and cardinal words of numbered lists (Thứ nhất, Một là, năm định hướng) */
  ORDINALS("ordinals.tsv"),
  /** agreement kinds and the cue words of status, parties and generic mentions */
  AGREEMENTS("agreements.tsv"),
  /** site furniture to ignore: comment boxes, share bars, related-article labels */
  BOILERPLATE("boilerplate.tsv");

  private final String fileName;

  DataKind(String fileName) {
    this.fileName = fileName;
  }

  /** The bundled file's name. */
  public String fileName() {
    return fileName;
  }
}
