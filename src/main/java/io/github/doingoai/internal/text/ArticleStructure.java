package io.github.doingoai.internal.text;

import io.github.doingoai.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article cut into lines of known kinds, with its sentences, title, byline date and authors.
 * Built once per article by {@link #of(NormalizedText, List)}; immutable afterwards.
 */
public final class ArticleStructure {

  /** An author name in normalized offsets. */
  public record AuthorRef(int start, int end) {}

  private static final Pattern DATELINE = Pattern.compile("^(?:\\([^()\\n]{2,24}\\)|[\\p{Lu}&.]{2,10})\\s?-\\s");
  private static final Pattern CREDIT_IN_PARENS =
      Pattern.compile("\\((?:Ảnh|ẢNH|Ảnh minh họa|Nguồn|Video)\\s*:\\s*([^()\\n]{1,60})\\)\\s*\\.?\\s*$");
  private static final Pattern CREDIT_TAIL =
      Pattern.compile("(?:^|[.\\s-])(?:Ảnh|ẢNH)\\s*:\\s*([^\\n]{1,60})$");
  private static final Pattern FULL_DATE =
      Pattern.compile("(?<![\\d/])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/])");
  private static final Pattern TIME = Pattern.compile("(?<!\\d)([01]?\\d|2[0-3])[:h]([0-5]\\d)(?!\\d)");
  // patterns of the helpers below, compiled once rather than by String.split/replaceAll per call
  private static final Pattern DATE_SEPARATORS = Pattern.compile("[\\s\\-|,]+");
  private static final Pattern AGENCY_SUFFIX = Pattern.compile("\\s*\\((?:TTXVN|[\\p{Lu}&./]{2,12})\\)$");
  private static final Pattern SLASH_SUFFIX = Pattern.compile("/[\\p{L}.&]+$");
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s+-\\s+|\\s*,\\s*");

  private final List<Block> blocks;
  private final List<Sentence> sentences;
  private final int title;
  private final PartialDate published;
  private final String publishedTime;
  private final List<AuthorRef> authors;

  private ArticleStructure(List<Block> blocks, List<Sentence> sentences, int title, PartialDate published,
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

  /**
   * Cuts {@code text} into blocks with the curated boilerplate {@code rules}.
   *
   * <p>Every line meets every test below, and most lines fail each of them on their first chars or
   * for want of a char the test needs (a colon, a digit, an early dash): those are looked for in the
   * text's chars first, and a line becomes a string for the regular expressions only when one of
   * them has something to decide.
   */
  public static ArticleStructure of(NormalizedText text, List<BoilerplateRule> rules) {
    String t = text.text();
    char[] cs = text.chars();
    int[] lines = new int[32];
    int lineCount = 0;
    int s = 0;
    while (s <= t.length()) {
      int i = t.indexOf('\n', s);
      if (i < 0) {
        i = t.length();
      }
      int a = s;
      int b = i;
      while (a < b && cs[a] == ' ') {
        a++;
      }
      while (b > a && cs[b - 1] == ' ') {
        b--;
      }
      if (b > a) {
        if (2 * lineCount + 2 > lines.length) {
          lines = java.util.Arrays.copyOf(lines, lines.length * 2);
        }
        lines[2 * lineCount] = a;
        lines[2 * lineCount + 1] = b;
        lineCount++;
      }
      s = i + 1;
    }
    RuleIndex ruleIndex = RuleIndex.of(rules);
    Matchers matchers = new Matchers();
    Matcher[] ruleMatchers = matchers.forRules(rules);
    List<Block> blocks = new ArrayList<>(lineCount);
    List<AuthorRef> authors = new ArrayList<>();
    boolean tail = false;
    boolean nextIsCaption = false;
    int title = -1;
    PartialDate published = null;
    String publishedTime = null;
    int contentLines = 0;
    // the next colon and dash at or after the line being read (or -1): looked up by String.indexOf,
    // which skips the chars in between faster than a loop, and only when a line starts past them
    int colonAt = t.indexOf(':');
    int dashAt = t.indexOf('-');
    for (int li = 0; li < lineCount; li++) {
      int a = lines[2 * li];
      int b = lines[2 * li + 1];
      int length = b - a;
      String line = null; // made when a regular expression needs it
      BlockKind kind = null;
      int cs0 = a;
      int ce = b;
      if (tail) {
        kind = BlockKind.BOILERPLATE;
      }
      if (kind == null) {
        int folded = BoilerplateRule.fold(cs[a]);
        // the fold of the second char turns away most rules that share the first: "Theo", "Tại"
        // against "Tin liên quan", "Tối đa", "Theo dõi"
        int second = length > 1 && !Character.isSurrogate(cs[a + 1]) ? BoilerplateRule.fold(cs[a + 1]) : -1;
        for (int ri : ruleIndex.candidates(folded)) {
          BoilerplateRule r = rules.get(ri);
          String prefix = r.prefix();
          int ruleSecond = ruleIndex.secondFold[ri];
          if (prefix.length() > length || (ruleSecond >= 0 && second >= 0 && ruleSecond != second)
              || !t.regionMatches(true, a, prefix, 0, prefix.length())) {
            continue;
          }
          line = line != null ? line : t.substring(a, b);
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
      if (kind == null && isUnaccentedAltText(cs, a, b)) {
        kind = BlockKind.BOILERPLATE; // image alt text scraped without diacritics
      }
      if (kind == null && length <= 60 && hasFourDigits(cs, a, b)) { // FULL_DATE needs a year
        line = line != null ? line : t.substring(a, b);
        Matcher d = matchers.fullDate.reset(line);
        if (d.find()) {
          Matcher tm = matchers.time.reset(line);
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
                publishedTime = clock(Integer.parseInt(tm.group(1)), tm.group(2));
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
        boolean credited = false;
        if (colonAt >= 0 && colonAt < a) {
          colonAt = t.indexOf(':', a);
        }
        if (colonAt >= 0 && colonAt < b) {
          line = line != null ? line : t.substring(a, b);
          boolean photo = line.contains("Ảnh") || line.contains("ẢNH");
          Matcher credit = matchers.creditTail.reset(photo ? line : "");
          Matcher paren = matchers.creditInParens.reset(line.indexOf('(') >= 0
              && (photo || line.contains("Nguồn") || line.contains("Video")) ? line : "");
          if (paren.find()) {
            kind = BlockKind.CAPTION;
            ce = a + paren.start();
            addCreditAuthors(authors, a + paren.start(1), paren.group(1));
            credited = true;
          } else if (credit.find()) {
            int creditStart = credit.start() == 0 ? 0 : credit.start() + 1;
            kind = creditStart == 0 ? BlockKind.BYLINE : BlockKind.CAPTION;
            ce = a + creditStart;
            addCreditAuthors(authors, a + credit.start(1), credit.group(1));
            credited = true;
          }
        }
        if (!credited && nextIsCaption) {
          kind = BlockKind.CAPTION;
        }
      }
      nextIsCaption = nextIsCaption && kind == BlockKind.BOILERPLATE;
      if (kind == null && contentLines > 0 && length <= 80 && mayBeAuthorLine(cs, a, b)) {
        line = line != null ? line : t.substring(a, b);
        if (isAuthorLine(line)) {
          kind = BlockKind.BYLINE;
          addCreditAuthors(authors, a, line);
          if (li >= lineCount / 2) {
            tail = true; // after the closing byline come related-article teasers
          }
        }
      }
      if (kind == null) {
        char last = cs[b - 1];
        boolean terminal = last == '.' || last == '!' || last == '?' || last == '"' || last == '…' || last == ':'
            || last == ';' || last == ',';
        // a trimmed line splits at its spaces into one word more than it has spaces
        if (title < 0 && contentLines <= 2 && !terminal && length <= 250 && count(cs, ' ', a, b) + 1 >= 4) {
          kind = BlockKind.TITLE;
          title = blocks.size();
        } else if (!terminal && length <= 200) {
          kind = BlockKind.HEADING;
        } else {
          kind = BlockKind.BODY;
        }
      }
      if (kind != BlockKind.BOILERPLATE && kind != BlockKind.BYLINE) {
        contentLines++;
        // a dateline ends in a dash within 28 chars: "(Báo Quảng Ninh) - ", "TTXVN - "
        if (dashAt >= 0 && dashAt < a) {
          dashAt = t.indexOf('-', a);
        }
        if (dashAt >= 0 && dashAt < Math.min(b, a + 28)) {
          line = line != null ? line : t.substring(a, b);
          Matcher dl = matchers.dateline.reset(line);
          if (dl.lookingAt() && dl.end() < line.length()) { // the pattern is anchored: find() would try every start
            cs0 = a + dl.end();
          }
        }
      }
      blocks.add(new Block(a, b, kind, cs0, Math.max(cs0, ce)));
    }
    List<Sentence> sentences = new ArrayList<>();
    Segmenter.Text segmented = new Segmenter.Text(t, cs);
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block bl = blocks.get(bi);
      if (bl.isContent()) {
        Segmenter.sentences(segmented, bl.contentStart(), bl.contentEnd(), bi, sentences);
      }
    }
    return new ArticleStructure(blocks, sentences, title, published, publishedTime, authors);
  }

  private static volatile Object[] zeroDigit = {null, '0'};

  /**
   * {@code String.format("%02d:%s", hour, minutes)} for an hour of 0 to 23, without the formatter
   * (which parses its format with a regular expression on every call, a few microseconds): the
   * hour's two digits are written with the zero digit of the default format locale, as the
   * formatter writes them, '0' but in locales with digits of their own.
   */
  static String clock(int hour, String minutes) {
    java.util.Locale locale = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
    Object[] cached = zeroDigit;
    char zero;
    if (cached[0] == locale) {
      zero = (Character) cached[1];
    } else {
      zero = locale.equals(java.util.Locale.US) ? '0' : java.text.DecimalFormatSymbols.getInstance(locale).getZeroDigit();
      zeroDigit = new Object[] {locale, zero};
    }
    return new String(new char[] {(char) (zero + hour / 10), (char) (zero + hour % 10), ':'}) + minutes;
  }

  private static int count(char[] cs, char c, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (cs[i] == c) {
        n++;
      }
    }
    return n;
  }

  /**
   * {@code UNACCENTED_LINE} ({@code [a-z0-9 ,.'-]+}) matches the line, which has a space after its
   * first char and does not end with a full stop: image alt text scraped without diacritics.
   */
  private static boolean isUnaccentedAltText(char[] cs, int a, int b) {
    boolean space = false;
    for (int i = a; i < b; i++) {
      char c = cs[i];
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == ',' || c == '.' || c == '\''
          || c == '-')) {
        return false;
      }
      space |= c == ' ' && i > a;
    }
    // the first space must come after the first char: a trimmed line never starts with one
    return space && cs[a] != ' ' && cs[b - 1] != '.';
  }

  /** Four ASCII digits in a row, without which {@code FULL_DATE} (its year) cannot match. */
  private static boolean hasFourDigits(char[] cs, int a, int b) {
    int run = 0;
    for (int i = a; i < b; i++) {
      char c = cs[i];
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * False when {@link #isAuthorLine} must be false, from the words before the first separator: each
   * must be a name word (see {@link #isNameList}), and there must be at most four. A word that
   * holds a char the separators or the suffixes {@code isAuthorLine} strips start with (a comma, a
   * slash, a parenthesis, a full stop, a control char), a lone dash, or a surrogate leaves it to the
   * full test.
   */
  private static boolean mayBeAuthorLine(char[] cs, int a, int b) {
    int words = 0;
    int i = a;
    while (i < b) {
      if (cs[i] == ' ') {
        i++;
        continue;
      }
      int e = i;
      boolean other = false; // a char that is no capital (first) or no letter (later) of a name word
      boolean undecided = false;
      while (e < b && cs[e] != ' ') {
        char c = cs[e];
        if (c == ',' || c == '/' || c == '(' || c == '.' || c < ' ' || Character.isSurrogate(c)) {
          undecided = true;
        } else if (e == i ? Character.getType(c) != Character.UPPERCASE_LETTER
            : !(Character.getType(c) == Character.UPPERCASE_LETTER || Character.getType(c) == Character.LOWERCASE_LETTER)) {
          other = true;
        }
        e++;
      }
      if (undecided || (e - i == 1 && cs[i] == '-')) {
        return true; // a separator or a suffix may start here: the full test decides
      }
      if (other || ++words > 4) {
        return false; // a word of the name list that is no name word, or a fifth word
      }
      i = e;
    }
    return true;
  }

  /** "Xuân Khu", "Phương - Diệp (TTXVN)", "Đinh Thị Thùy Vân - Phòng Hợp tác Quốc tế." */
  static boolean isAuthorLine(String line) {
    if (line.length() > 80) {
      return false;
    }
    String l = line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    // each regular expression runs only on lines with the char it cannot match without: the agency
    // suffix ends in a parenthesis (before a final line terminator, where $ also matches), the site
    // suffix starts with a slash, a separator is a dash or a comma
    if (!l.isEmpty() && (l.charAt(l.length() - 1) == ')' || isLineTerminator(l.charAt(l.length() - 1)))) {
      l = AGENCY_SUFFIX.matcher(l).replaceAll("");
    }
    if (l.indexOf('/') >= 0) {
      l = SLASH_SUFFIX.matcher(l).replaceAll("");
    }
    String first = l;
    if (l.indexOf(',') >= 0 || l.indexOf('-') >= 0) {
      String[] parts = NAME_SEPARATOR.split(l);
      if (parts.length == 0) {
        return false; // a line of commas and dashes only
      }
      first = parts[0];
    }
    if (!isNameList(first)) {
      return false;
    }
    // what follows the name is a co-author or a unit ("- Phòng Hợp tác Quốc tế"), never a sentence:
    // "TTXVN - Ngày 26/4, tại Viêng Chăn, hai bên ký..." is a dateline opening a body line. The
    // words are what rest.split("[\\s,()-]+") gives: runs of chars between those
    String rest = l.substring(Math.min(l.length(), first.length()));
    int lowerWords = 0;
    boolean inWord = false;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      boolean separator = isRegexSpace(c) || c == ',' || c == '(' || c == ')' || c == '-';
      if (!separator && !inWord && Character.isLowerCase(c)) {
        lowerWords++;
      }
      inWord = !separator;
    }
    if (lowerWords > 3) {
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

  /** The chars {@code \s} matches (without UNICODE_CHARACTER_CLASS). */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The line terminators before which {@code $} matches at the end of the input. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * One to four capitalised words: a plausible personal name or pen name. The words are those
   * {@code s.trim().split("\\s+")} gives, and a name word is what {@code \p{Lu}[\p{Ll}\p{Lu}]*}
   * matches: both read code point by code point, without a regular expression.
   */
  static boolean isNameList(String s) {
    if (s.isBlank()) {
      return false;
    }
    String x = s.trim();
    if (x.isEmpty()) {
      return false; // split gives one empty word, which is no name word
    }
    int words = 0;
    boolean names = true;
    int i = 0;
    while (i < x.length()) {
      if (isRegexSpace(x.charAt(i))) {
        i++;
        continue;
      }
      words++;
      int cp = x.codePointAt(i);
      names &= Character.getType(cp) == Character.UPPERCASE_LETTER;
      i += Character.charCount(cp);
      while (i < x.length() && !isRegexSpace(x.charAt(i))) {
        cp = x.codePointAt(i);
        int type = Character.getType(cp);
        names &= type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER;
        i += Character.charCount(cp);
      }
    }
    return words <= 4 && names;
  }

  private static boolean isCreditSeparator(char c) {
    return c == '-' || c == ',' || c == '/' || c == '(' || c == ')';
  }

  static void addCreditAuthors(List<AuthorRef> authors, int start, String credit) {
    // "Xuân Khu/TTXVN", "Phương - Diệp (TTXVN)", "BẮC BÌNH", "Hồng Hà/quangtri.gov.vn"
    int pos = 0;
    // the parts a split at (?=[-,/()])|(?<=[-,/()]) gives: each separator alone, and the runs between
    int n = credit.length();
    for (int i = 0; i < n; ) {
      int j = i + 1;
      if (!isCreditSeparator(credit.charAt(i))) {
        while (j < n && !isCreditSeparator(credit.charAt(j))) {
          j++;
        }
      }
      String part = credit.substring(i, j);
      i = j;
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

  /**
   * The matchers of one article, reset for every line instead of made per line. Not kept on the
   * thread between articles: a ThreadLocal holding our classes would pin this library's class
   * loader in an application server's pooled threads after a redeploy, for a saving of a few
   * hundred bytes per article. One per rule of the list of rules.
   */
  private static final class Matchers {
    final Matcher fullDate = FULL_DATE.matcher("");
    final Matcher time = TIME.matcher("");
    final Matcher creditTail = CREDIT_TAIL.matcher("");
    final Matcher creditInParens = CREDIT_IN_PARENS.matcher("");
    final Matcher dateline = DATELINE.matcher("");
    private List<BoilerplateRule> rules;
    private Matcher[] ruleMatchers;

    /** One slot per rule of {@code list}, each filled when first needed. */
    Matcher[] forRules(List<BoilerplateRule> list) {
      if (list != rules) {
        rules = list;
        ruleMatchers = new Matcher[list.size()];
      }
      return ruleMatchers;
    }
  }

  /**
   * The rules a line may match, by the fold of its first char: the rules whose literal prefix starts
   * with that fold and those without a prefix, in the order of the list (the first match decides a
   * line's fate). Prefixless rules whose every match starts with a digit are left out for other
   * chars. Made once per list of rules and kept for the next article with the same list.
   */
  private static final class RuleIndex {
    private static volatile RuleIndex last;

    private final List<BoilerplateRule> rules;
    private final int[] folds;
    private final int[][] byFold;
    private final int[] others;
    /**
     * Per rule, the fold of its prefix's second char, or -1 (no such char, or a surrogate): two
     * chars equal ignoring case, as regionMatches compares them, exactly when their folds are equal.
     */
    final int[] secondFold;

    private RuleIndex(List<BoilerplateRule> rules) {
      this.rules = rules;
      secondFold = new int[rules.size()];
      for (int i = 0; i < rules.size(); i++) {
        String p = rules.get(i).prefix();
        secondFold[i] = p.length() > 1 && !Character.isSurrogate(p.charAt(1)) ? BoilerplateRule.fold(p.charAt(1)) : -1;
      }
      java.util.TreeSet<Integer> keys = new java.util.TreeSet<>();
      boolean digitRules = false;
      for (BoilerplateRule r : rules) {
        if (r.foldedPrefixStart() >= 0) {
          keys.add(r.foldedPrefixStart());
        } else if (BoilerplateRule.startsWithDigit(r.pattern())) {
          digitRules = true;
        }
      }
      if (digitRules) {
        for (char d = '0'; d <= '9'; d++) {
          keys.add(BoilerplateRule.fold(d));
        }
      }
      folds = keys.stream().mapToInt(Integer::intValue).toArray();
      byFold = new int[folds.length][];
      for (int k = 0; k < folds.length; k++) {
        byFold[k] = candidatesOf(rules, folds[k]);
      }
      others = candidatesOf(rules, -1);
    }

    private static int[] candidatesOf(List<BoilerplateRule> rules, int fold) {
      boolean digit = fold >= '0' && fold <= '9';
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        BoilerplateRule r = rules.get(i);
        boolean candidate = r.foldedPrefixStart() >= 0 ? r.foldedPrefixStart() == fold
            : digit || !BoilerplateRule.startsWithDigit(r.pattern());
        if (candidate) {
          out.add(i);
        }
      }
      return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static RuleIndex of(List<BoilerplateRule> rules) {
      RuleIndex x = last;
      if (x == null || x.rules != rules) {
        x = new RuleIndex(rules);
        last = x;
      }
      return x;
    }

    int[] candidates(int fold) {
      for (int k = 0; k < folds.length; k++) {
        if (folds[k] == fold) {
          return byFold[k];
        }
      }
      return others;
    }
  }
}
