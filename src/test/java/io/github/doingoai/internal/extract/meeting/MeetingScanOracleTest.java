package io.github.doingoai.internal.extract.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.doingoai.internal.extract.ArticleWords;
import io.github.doingoai.internal.extract.meeting.MeetingCues.Role;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.PhraseIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The hand-written scans of the meeting stage against what they replace: the regexes (kept here
 * as they were) and the phrase indexes' findAll, on text made of the tokens that matter to them.
 */
class MeetingScanOracleTest {

  private static final Gazetteer GAZETTEER = Gazetteer.load(List.of());
  private static final MeetingCues CUES = new MeetingCues(GAZETTEER);
  private static final MeetingExtractor EXTRACTOR = new MeetingExtractor(GAZETTEER);
  private static final Pattern ATTENDEES = EXTRACTOR.attendees();

  /** The name-stop regex the meeting stage used before {@link MeetingExtractor#nameStop}. */
  private static final Pattern NAME_STOP = Pattern.compile("[,;:\"“”]|\\.(?=\\s|$)| - (?![\\d\\p{Lu}])| (?:với chủ đề|với sự|dưới hình thức"
      + "|theo hình thức|tại|đã|được|do|nhằm|diễn ra|là|sẽ|có|vào|đang|để|cùng với|lần này|đến nay|thời gian"
      + "|năm \\d{4})(?![\\p{L}\\d])");

  private static final List<String> NAME_TOKENS = List.of("với chủ đề", "với sự", "dưới hình thức", "theo hình thức",
      "tại", "Tại", "đã", "được", "do", "nhằm", "diễn ra", "là", "sẽ", "có", "vào", "đang", "để", "cùng với", "lần này",
      "đến nay", "thời gian", "năm ", "năm 2024", "năm 20245", "năm 202", "2024", "với", " ", " ", " ", " - ", "-", " -",
      ".", ". ", ".\n", ".\u0085", "\u2028", "\u2029", "\r\n", "\t", ",", ";", ":", "\"", "“", "”", "(", ")", "A", "Đ",
      "Hội", "nghị", "a", "x", "1", "9", "\uD835\uDC00", "\uD83D\uDE00", "\uD835", "\uDC00", "ǅ", "ª");

  private static String text(Random r, List<String> tokens, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(tokens.get(r.nextInt(tokens.size())));
    }
    return sb.toString();
  }

  @Property(tries = 3000)
  void nameStopIsTheRegex(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int n) {
    Random r = new Random(seed);
    String t = text(r, NAME_TOKENS, n);
    int from = r.nextInt(t.length() + 1);
    int end = from + r.nextInt(t.length() - from + 1);
    Matcher m = NAME_STOP.matcher(t).region(from, end);
    int expected = m.find() ? m.start() : end;
    assertEquals(expected, MeetingExtractor.nameStop(t, from, end), () -> "[" + t + "] " + from + ".." + end);
  }

  @Property(tries = 2000)
  void themeIsTheFirstMatchNearby(@ForAll long seed, @ForAll @IntRange(min = 0, max = 25) int n) {
    Random r = new Random(seed);
    String t = text(r, List.of("chủ đề", "chủ đề: ", "chủ đề \"", "\"", "\"Hợp tác\"", "ab", " ", "  ", ":", "x", "chủ",
        "\"Hội nhập quốc tế\" "), n);
    int from = r.nextInt(t.length() + 1);
    int to = from + r.nextInt(t.length() - from + 1);
    int within = r.nextInt(20);
    Matcher m = MeetingExtractor.THEME.matcher(t).region(from, to);
    String expected = m.find() && m.start() - from <= within ? m.start() + " " + m.group(1) : "none";
    Matcher actual = MeetingExtractor.themeAfter(t, new Occurrences(t, "chủ đề"), from, to, within);
    assertEquals(expected, actual == null ? "none" : actual.start() + " " + actual.group(1), t);
  }

  @Property(tries = 3000)
  void firstWordIsTheRegexsWord(@ForAll long seed, @ForAll @IntRange(min = 0, max = 20) int n) {
    Random r = new Random(seed);
    String s = text(r, List.of(" ", "  ", ",", ".", "-", "a", "hội", "nghị", "1", "2.5", "\u0301", "\u20DD", "\u0903",
        "\uD835\uDC00", "\uD835", "\uDC00", "\uD83D\uDE00", "Ⅻ", "(", "x.y"), n);
    int from = r.nextInt(s.length() + 1);
    int to = from + r.nextInt(s.length() - from + 1);
    Matcher m = MeetingExtractor.WORD.matcher(s).region(from, to);
    assertEquals(m.find() ? m.group() : null, MeetingExtractor.firstWord(s, from, to), () -> "[" + s + "] " + from + ".." + to);
  }

  @Property(tries = 3000)
  void codeBeforeIsTheRegex(@ForAll long seed, @ForAll @IntRange(min = 0, max = 20) int n) {
    Random r = new Random(seed);
    String s = text(r, List.of(" ", "12", "3", "/", "-", "kl", "TW", "\uD835\uDC00", "\uD835", "\uDC00", ".", "ngày", "/ "), n);
    int a = r.nextInt(s.length() + 1);
    int pos = a + r.nextInt(s.length() - a + 1);
    assertEquals(MeetingExtractor.CODE_BEFORE.matcher(s).region(a, pos).find(), MeetingExtractor.codeBefore(s, a, pos),
        () -> "[" + s + "] " + a + ".." + pos);
  }

  @Property(tries = 2000)
  void guessedNormalizedOffsetsAreTheMapsOwn(@ForAll long seed, @ForAll @IntRange(min = 0, max = 20) int n) {
    Random r = new Random(seed);
    String original = text(r, List.of("Hội", " ", "  ", "\t", "\r\n", "\u200B", "\u00AD", "nghi\u0323", "ho\u0300a", "\u00A0",
        "\"", "“", "—", "a", "Đ", "\uFEFF", "x\u0301"), n);
    io.github.doingoai.internal.text.NormalizedText text =
        io.github.doingoai.internal.text.VietnameseNormalizer.instance().normalize(original);
    for (int k = 0; k < 20; k++) {
      int o = r.nextInt(original.length() + 1);
      int guess = r.nextInt(3) == 0 ? o : r.nextInt(text.length() + 2) - 1;
      assertEquals(text.toNormalized(o), MeetingExtractor.toNormalized(text, o, guess), () -> "[" + original + "] " + o);
    }
  }

  private static List<String> countTokens() {
    List<String> out = new ArrayList<>(List.of("gần", "hơn", "trên", "khoảng", "chừng", "xấp xỉ", "lên tới", "lên đến",
        "tới", "gần ", "lên", " ", " ", " ", "  ", "200", "1.000", "1.000.000", "12.5", "1234", "0", "00", "5", ".", ",",
        "a", "x", "đ", "\uD835\uDC00", "\uD835", "(", "người", "người ", "đại biểu"));
    List<String> nouns = new ArrayList<>(CUES.words(Role.ATTENDEE_NOUN));
    out.addAll(nouns);
    // whole counts, so that every qualifier meets a number and a noun often enough
    for (String q : List.of("gần", "hơn", "trên", "khoảng", "chừng", "xấp xỉ", "lên tới", "lên đến", "tới", "")) {
      for (String sep : List.of(" ", "")) {
        out.add(q + sep + "1.200 " + nouns.get(q.length() % nouns.size()));
        out.add(" " + q + sep + "35 " + nouns.get((q.length() + 1) % nouns.size()) + " ");
      }
    }
    return out;
  }

  @Property(tries = 3000)
  void attendeesFindsWhatTheRegexFinds(@ForAll long seed, @ForAll @IntRange(min = 0, max = 25) int n) {
    Random r = new Random(seed);
    String s = text(r, countTokens(), n);
    int from = r.nextInt(s.length() + 1);
    int to = from + r.nextInt(s.length() - from + 1);
    Matcher m = ATTENDEES.matcher(s).region(from, to);
    String expected = m.find() ? describe(m) : "none";
    List<Integer> nouns = new ArrayList<>();
    for (int p = 0; p < s.length(); p++) {
      for (String noun : EXTRACTOR.countNouns()) {
        if (s.startsWith(noun, p)) {
          nouns.add(p);
        }
      }
    }
    int[] nounAt = nouns.stream().mapToInt(Integer::intValue).toArray();
    String context = "[" + s + "] " + from + ".." + to;
    assertEquals(expected, describe(MeetingExtractor.findAttendees(ATTENDEES, s, from, to, null)), context);
    assertEquals(expected, describe(MeetingExtractor.findAttendees(ATTENDEES, s, from, to, nounAt)), context);
  }

  private static String describe(Matcher m) {
    return m == null ? "none" : m.start() + " " + m.end() + " " + m.group(1) + " " + m.group(2);
  }

  private static List<String> cueTokens() {
    List<String> out = new ArrayList<>(List.of(" ", " ", " ", ", ", ".", "a", "đ", "1", "(", "tiếp", "nay", "qua"));
    for (Role role : Role.values()) {
      out.addAll(CUES.words(role));
    }
    return out;
  }

  @Property(tries = 2000)
  void sentenceCuesAreWhatTheIndexesFind(@ForAll long seed, @ForAll @IntRange(min = 0, max = 20) int n) {
    Random r = new Random(seed);
    List<String> tokens = cueTokens();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(tokens.get(r.nextInt(tokens.size())));
      if (r.nextInt(3) > 0) {
        sb.append(' ');
      }
    }
    String s = sb.toString();
    int from = r.nextInt(s.length() + 1);
    int to = from + r.nextInt(s.length() - from + 1);
    SentenceCues sc = SentenceCues.of(CUES, ArticleWords.of(s), from, to, new int[CueTrie.SLOTS]);
    List<String> expected = new ArrayList<>();
    for (PhraseIndex.Hit<MeetingCues.Cue> h : CUES.meetingWords.index().findAll(s, from, to)) {
      expected.add(h.start() + "-" + h.end() + " " + h.value());
    }
    List<String> actual = new ArrayList<>();
    for (int[] h : sc.meetings) {
      actual.add(h[0] + "-" + h[1] + " " + sc.cue(h));
    }
    assertEquals(expected, actual, s);
    for (int k = 0; k < 20; k++) {
      int a = from + r.nextInt(to - from + 1);
      int b = a + r.nextInt(to - a + 1);
      for (Role role : MeetingCues.SENTENCE_ROLES) {
        assertEquals(!CUES.index(role).index().findAll(s, a, b).isEmpty(), sc.anyIn(role, s, a, b),
            () -> role + " [" + s + "] " + a + ".." + b);
      }
    }
  }
}
