package io.github.doingoai.internal.text;

import io.github.doingoai.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// The article structure as it was before the text layer's speed work (main 23550be), kept unchanged as the oracle
// that TextLayerOracleTest compares the optimized code with.

/**
 * An article cut into lines of known kinds, with its sentences, title, byline date and authors.
 * Built once per article by {@link #of(NormalizedText, List)}; immutable afterwards.
 */
final class OracleArticleStructure {

  /** An author name in normalized offsets. */
  public record AuthorRef(int start, int end) {}

  /** Same fields as the optimized structure's. */
  ArticleStructure.AuthorRef[] authorRefs() {
    return authors.stream().map(a -> new ArticleStructure.AuthorRef(a.start(), a.end())).toArray(ArticleStructure.AuthorRef[]::new);
  }

  private static final Pattern DATELINE = Pattern.compile("^(?:\\([^()\\n]{2,24}\\)|[\\p{Lu}&.]{2,10})\\s?-\\s");
  private static final Pattern CREDIT_IN_PARENS =
      Pattern.compile("\\((?:Ảnh|ẢNH|Ảnh minh họa|Nguồn|Video)\\s*:\\s*([^()\\n]{1,60})\\)\\s*\\.?\\s*$");
  private static final Pattern CREDIT_TAIL =
      Pattern.compile("(?:^|[.\\s-])(?:Ảnh|ẢNH)\\s*:\\s*([^\\n]{1,60})$");
  private static final Pattern FULL_DATE =
      Pattern.compile("(?<![\\d/])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/])");
  private static final Pattern TIME = Pattern.compile("(?<!\\d)([01]?\\d|2[0-3])[:h]([0-5]\\d)(?!\\d)");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{Lu}]*");
  // patterns of the helpers below, compiled once rather than by String.split/replaceAll per call
  private static final Pattern DATE_SEPARATORS = Pattern.compile("[\\s\\-|,]+");
  private static final Pattern AGENCY_SUFFIX = Pattern.compile("\\s*\\((?:TTXVN|[\\p{Lu}&./]{2,12})\\)$");
  private static final Pattern SLASH_SUFFIX = Pattern.compile("/[\\p{L}.&]+$");
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s+-\\s+|\\s*,\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CREDIT_PARTS = Pattern.compile("(?=[-,/()])|(?<=[-,/()])");
  private static final Pattern UNACCENTED_LINE = Pattern.compile("[a-z0-9 ,.'-]+");

  private final List<Block> blocks;
  private final List<Sentence> sentences;
  private final int title;
  private final PartialDate published;
  private final String publishedTime;
  private final List<AuthorRef> authors;

  private OracleArticleStructure(List<Block> blocks, List<Sentence> sentences, int title, PartialDate published,
      String publishedTime, List<AuthorRef> authors) {
    this.blocks = List.copyOf(blocks);
    this.sentences = List.copyOf(sentences);
    this.title = title;
    this.published = published;
    this.publishedTime = publishedTime;
    this.authors = List.copyOf(authors);
  }

  public List<Block> blocks() {
    return blocks;
  }

  /** Sentences of the content blocks (title, headings, body and captions), in text order. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** Index of the title block, or -1. */
  public int titleBlock() {
    return title;
  }

  /** The date a byline or date line gives the article, or {@code null}. */
  public PartialDate published() {
    return published;
  }

  /** The clock time of that line ({@code 13:50}), or {@code null}. */
  public String publishedTime() {
    return publishedTime;
  }

  /** Journalists and photographers of bylines and photo credits. */
  public List<AuthorRef> authors() {
    return authors;
  }

  /** The block that holds normalized offset {@code pos}, or -1. */
  public int blockAt(int pos) {
    int lo = 0;
    int hi = blocks.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Block b = blocks.get(mid);
      if (pos < b.start()) {
        hi = mid - 1;
      } else if (pos >= b.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** True when normalized offset {@code pos} lies in content (not in a byline, credit or boilerplate). */
  public boolean isContent(int pos) {
    int b = blockAt(pos);
    if (b < 0) {
      return false;
    }
    Block block = blocks.get(b);
    return block.isContent() && pos >= block.contentStart() && pos < block.contentEnd();
  }

  /** Cuts {@code text} into blocks with the curated boilerplate {@code rules}. */
  static OracleArticleStructure of(NormalizedText text, List<BoilerplateRule> rules) {
    String t = text.text();
    List<int[]> lines = new ArrayList<>();
    int s = 0;
    while (s <= t.length()) {
      int i = t.indexOf('\n', s);
      if (i < 0) {
        i = t.length();
      }
      int a = s;
      int b = i;
      while (a < b && t.charAt(a) == ' ') {
        a++;
      }
      while (b > a && t.charAt(b - 1) == ' ') {
        b--;
      }
      if (b > a) {
        lines.add(new int[] {a, b});
      }
      s = i + 1;
    }
    // one matcher per rule and article, reset for every line, instead of one per rule and line
    Matcher[] ruleMatchers = new Matcher[rules.size()];
    List<Block> blocks = new ArrayList<>(lines.size());
    List<AuthorRef> authors = new ArrayList<>();
    boolean tail = false;
    boolean nextIsCaption = false;
    int title = -1;
    PartialDate published = null;
    String publishedTime = null;
    int contentLines = 0;
    for (int li = 0; li < lines.size(); li++) {
      int a = lines.get(li)[0];
      int b = lines.get(li)[1];
      String line = t.substring(a, b);
      BlockKind kind = null;
      int cs = a;
      int ce = b;
      if (tail) {
        kind = BlockKind.BOILERPLATE;
      }
      if (kind == null) {
        int folded = BoilerplateRule.fold(line.charAt(0));
        for (int ri = 0; ri < rules.size(); ri++) {
          BoilerplateRule r = rules.get(ri);
          Matcher rm = ruleMatchers[ri] == null ? (ruleMatchers[ri] = r.pattern().matcher("")) : ruleMatchers[ri];
          if (r.matches(line, folded, rm)) {
            kind = BlockKind.BOILERPLATE;
            if (r.kind().equals("tail")) {
              tail = true;
            } else if (r.kind().equals("caption-label")) {
              nextIsCaption = true;
            }
            break;
          }
        }
      }
      if (kind == null && UNACCENTED_LINE.matcher(line).matches() && line.indexOf(' ') > 0
          && !line.endsWith(".")) {
        kind = BlockKind.BOILERPLATE; // image alt text scraped without diacritics
      }
      if (kind == null && line.length() <= 60) {
        Matcher d = FULL_DATE.matcher(line);
        if (d.find()) {
          Matcher tm = TIME.matcher(line);
          boolean hasTime = tm.find();
          String rest = (line.substring(0, d.start()) + " " + line.substring(d.end()));
          if (hasTime) {
            rest = rest.replace(tm.group(), " ");
          }
          boolean onlyDate = DATE_SEPARATORS.matcher(rest).replaceAll(" ").trim().split(" ").length <= 4
              && !rest.contains(".");
          if (onlyDate && (hasTime || li < 4)) {
            kind = BlockKind.BYLINE;
            if (published == null) {
              published = PartialDate.tryOf(Integer.valueOf(d.group(3)), Integer.valueOf(d.group(2)),
                  Integer.valueOf(d.group(1))).orElse(null);
              if (published != null && hasTime) {
                publishedTime = String.format("%02d:%s", Integer.parseInt(tm.group(1)), tm.group(2));
              }
            }
            String before = line.substring(0, d.start()).trim();
            if (isNameList(before)) {
              authors.add(new AuthorRef(a, a + before.length()));
            }
          }
        }
      }
      if (kind == null) {
        // both credit patterns need a colon, the one in parentheses a parenthesis too: most body
        // lines have neither and skip the regex scans; both name a photo ("Ảnh", "ẢNH"), the one in
        // parentheses a photo, a source or a video, so a line without those words skips them too
        boolean colon = line.indexOf(':') >= 0;
        boolean photo = colon && (line.contains("Ảnh") || line.contains("ẢNH"));
        Matcher credit = CREDIT_TAIL.matcher(photo ? line : "");
        Matcher paren = CREDIT_IN_PARENS.matcher(colon && line.indexOf('(') >= 0
            && (photo || line.contains("Nguồn") || line.contains("Video")) ? line : "");
        if (paren.find()) {
          kind = BlockKind.CAPTION;
          ce = a + paren.start();
          addCreditAuthors(authors, a + paren.start(1), paren.group(1));
        } else if (credit.find()) {
          int creditStart = credit.start() == 0 ? 0 : credit.start() + 1;
          kind = creditStart == 0 ? BlockKind.BYLINE : BlockKind.CAPTION;
          ce = a + creditStart;
          addCreditAuthors(authors, a + credit.start(1), credit.group(1));
        } else if (nextIsCaption) {
          kind = BlockKind.CAPTION;
        }
      }
      nextIsCaption = nextIsCaption && kind == BlockKind.BOILERPLATE;
      if (kind == null && contentLines > 0 && isAuthorLine(line)) {
        kind = BlockKind.BYLINE;
        addCreditAuthors(authors, a, line);
        if (li >= lines.size() / 2) {
          tail = true; // after the closing byline come related-article teasers
        }
      }
      if (kind == null) {
        boolean terminal = line.endsWith(".") || line.endsWith("!") || line.endsWith("?") || line.endsWith("\"")
            || line.endsWith("…") || line.endsWith(":") || line.endsWith(";") || line.endsWith(",");
        if (title < 0 && contentLines <= 2 && !terminal && line.length() <= 250 && line.split(" ").length >= 4) {
          kind = BlockKind.TITLE;
          title = blocks.size();
        } else if (!terminal && line.length() <= 200) {
          kind = BlockKind.HEADING;
        } else {
          kind = BlockKind.BODY;
        }
      }
      if (kind != BlockKind.BOILERPLATE && kind != BlockKind.BYLINE) {
        contentLines++;
        Matcher dl = DATELINE.matcher(line);
        if (dl.lookingAt() && dl.end() < line.length()) { // the pattern is anchored: find() would try every start
          cs = a + dl.end();
        }
      }
      blocks.add(new Block(a, b, kind, cs, Math.max(cs, ce)));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block bl = blocks.get(bi);
      if (bl.isContent()) {
        sentences.addAll(OracleSegmenter.sentences(t, bl.contentStart(), bl.contentEnd(), bi));
      }
    }
    return new OracleArticleStructure(blocks, sentences, title, published, publishedTime, authors);
  }

  /** "Xuân Khu", "Phương - Diệp (TTXVN)", "Đinh Thị Thùy Vân - Phòng Hợp tác Quốc tế." */
  static boolean isAuthorLine(String line) {
    if (line.length() > 80) {
      return false;
    }
    String l = line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    l = SLASH_SUFFIX.matcher(AGENCY_SUFFIX.matcher(l).replaceAll("")).replaceAll("");
    String[] parts = NAME_SEPARATOR.split(l);
    if (parts.length == 0) {
      return false; // a line of commas and dashes only
    }
    String first = parts[0];
    if (!isNameList(first)) {
      return false;
    }
    // what follows the name is a co-author or a unit ("- Phòng Hợp tác Quốc tế"), never a sentence:
    // "TTXVN - Ngày 26/4, tại Viêng Chăn, hai bên ký..." is a dateline opening a body line
    String rest = l.substring(Math.min(l.length(), first.length()));
    int lowerWords = 0;
    for (String w : rest.split("[\\s,()-]+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        lowerWords++;
      }
    }
    if (lowerWords > 3 || rest.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    String lower = NormalizedText.lowerSameLength(first);
    return !(lower.startsWith("ông ") || lower.startsWith("bà ") || lower.startsWith("đồng chí")
        || lower.startsWith("ngài ") || lower.startsWith("thứ ") || lower.startsWith("chủ ")
        || lower.startsWith("hội ") || lower.startsWith("bộ ") || lower.startsWith("ban ")
        || lower.startsWith("sở ") || lower.startsWith("ủy ") || lower.startsWith("tỉnh ")
        || lower.startsWith("thành ") || lower.startsWith("phó ") || lower.startsWith("bí ")
        || lower.startsWith("đại ") || lower.startsWith("tổng ") || lower.startsWith("việt ")
        || lower.startsWith("hà nội") || lower.startsWith("tp"));
  }

  /** One to four capitalised words: a plausible personal name or pen name. */
  static boolean isNameList(String s) {
    String[] words = SPACES.split(s.trim());
    if (s.isBlank() || words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }

  static void addCreditAuthors(List<AuthorRef> authors, int start, String credit) {
    // "Xuân Khu/TTXVN", "Phương - Diệp (TTXVN)", "BẮC BÌNH", "Hồng Hà/quangtri.gov.vn"
    int pos = 0;
    for (String part : CREDIT_PARTS.split(credit)) {
      String p = part.trim();
      int at = credit.indexOf(p, pos);
      if (at >= 0) {
        pos = at + p.length();
      }
      if (at < 0 || p.isEmpty() || "-,/()".contains(p)) {
        continue;
      }
      boolean agency = p.indexOf(' ') < 0 && (p.equals(p.toUpperCase()) || p.contains("."));
      if (!agency && isNameList(p)) {
        authors.add(new AuthorRef(start + at, start + at + p.length()));
      }
    }
  }
}
