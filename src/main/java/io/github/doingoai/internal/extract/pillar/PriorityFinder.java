package io.github.doingoai.internal.extract.pillar;

import io.github.doingoai.DataKind;

import io.github.doingoai.internal.extract.ArticleContext;
import io.github.doingoai.internal.gazetteer.Gazetteer;
import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.LexiconReader;
import io.github.doingoai.internal.text.Block;
import io.github.doingoai.internal.text.NormalizedText;
import io.github.doingoai.internal.text.Sentence;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import io.github.doingoai.model.Mention;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.Pillar;
import io.github.doingoai.model.Priority;
import io.github.doingoai.model.PriorityList;
import io.github.doingoai.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbered lists ({@code Thứ nhất, ... Thứ hai, ...} or {@code Một là, ... Hai là, ...}) with the sentence that introduces them,
 * the count it announces ({@code đề xuất 5 định hướng}) and the official who sets them out.
 * Built once from {@code ordinals.tsv}; thread-safe.
 */
final class PriorityFinder {
  static final String FILE = "ordinals.tsv";

  private static final Pattern BULLET = Pattern.compile("[-+•*\\s]*");

  private final Map<String, Integer> ordinals = new HashMap<>();
  private final Map<String, Integer> cardinals = new HashMap<>();
  private final Map<String, Integer> laForms = new HashMap<>();
  private final Pattern item;
  private final Pattern count;
  /** The keys of {@link #laForms}, for a quick look at each. */
  private final String[] laFormList;

  PriorityFinder(Gazetteer gazetteer) {
    VietnameseNormalizer norm = VietnameseNormalizer.instance();
    List<LexiconEntry> entries = gazetteer.entries(DataKind.ORDINALS, Set.of("ordinal", "cardinal", "la-form", "list-noun"));
    List<String> nouns = new ArrayList<>();
    for (LexiconEntry e : entries) {
      for (String f : e.forms()) {
        String k = norm.key(f);
        switch (e.kind()) {
          case "ordinal" -> ordinals.put(k, number(e));
          case "cardinal" -> cardinals.put(k, number(e));
          case "la-form" -> laForms.put(k, number(e));
          default -> nouns.add(k);
        }
      }
    }
    // an item opens a line or follows a colon or semicolon: "Thứ hai, tập trung..."
    // an item opens a line (after an optional bullet) or follows a colon, semicolon or full stop:
    // "Thứ hai, tập trung...", "- Hai là, ..."
    item = Pattern.compile("(?<=^|[:;.]\\s|^[-+•*]\\s?)(?:thứ\\s(" + alt(ordinals.keySet()) + ")|("
        + alt(laForms.keySet()) + ")\\slà)\\s?[,:.]");
    laFormList = laForms.keySet().toArray(new String[0]);
    count = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2}|" + alt(cardinals.keySet()) + ")\\s(?:" + alt(nouns)
        + ")(?![\\p{L}])");
  }

  private static int number(LexiconEntry e) {
    try {
      return Integer.parseInt(e.column(4));
    } catch (NumberFormatException ex) {
      throw LexiconReader.bad(e.source(), "column 4 is not a number: \"" + e.column(4) + "\"");
    }
  }

  private static String alt(java.util.Collection<String> keys) {
    return keys.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
  }

  private record Item(int start, int end, int ordinal) {}

  List<PriorityList> find(ArticleContext ctx, List<PillarExtractor.PillarHit> pillars) {
    NormalizedText t = ctx.text();
    String lower = t.lower();
    List<Item> items = new ArrayList<>();
    int[] marks = null;
    for (Block b : ctx.structure().blocks()) {
      if (!b.isContent()) {
        continue;
      }
      if (marks == null) {
        marks = afterStops(lower);
      }
      List<int[]> starts = itemStarts(lower, b.contentStart(), b.contentEnd(), marks);
      for (int i = 0; i < starts.size(); i++) {
        int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : b.contentEnd();
        while (end > starts.get(i)[0] && (lower.charAt(end - 1) == ' ' || lower.charAt(end - 1) == ';')) {
          end--;
        }
        items.add(new Item(starts.get(i)[0], end, starts.get(i)[1]));
      }
    }
    List<PriorityList> out = new ArrayList<>();
    int i = 0;
    while (i < items.size()) {
      if (items.get(i).ordinal() != 1) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < items.size() && items.get(j).ordinal() == items.get(j - 1).ordinal() + 1) {
        j++;
      }
      out.add(list(ctx, items.subList(i, j), pillars));
      i = j;
    }
    return out;
  }

  /**
   * Every {@code p + 2} where {@code lower} has one of {@code :;.} at {@code p} and a {@code \\s} after
   * it, in order: where the item pattern's look-behind admits an item after a stop.
   */
  static int[] afterStops(String lower) {
    int[] out = new int[16];
    int n = 0;
    // String.indexOf of one char is far quicker than a loop testing every char for three
    for (char c : new char[] {'.', ':', ';'}) {
      for (int p = lower.indexOf(c); p >= 0 && p + 1 < lower.length(); p = lower.indexOf(c, p + 1)) {
        if (isSpace(lower.charAt(p + 1))) {
          if (n == out.length) {
            out = java.util.Arrays.copyOf(out, n * 2);
          }
          out[n++] = p + 2;
        }
      }
    }
    out = java.util.Arrays.copyOf(out, n);
    java.util.Arrays.sort(out);
    return out;
  }

  /**
   * The items of a block {@code [cs, ce)}, as {@code start, ordinal}: what {@code while (find())}
   * of the item pattern over the block as region (opaque, anchoring bounds) finds. The pattern's
   * look-behind admits only the block's start, the end of a bullet at it, and the char after a
   * {@code [:;.]} and a space ({@code marks}, from {@link #afterStops}); the pattern runs only
   * there, and only where its first char fits.
   */
  List<int[]> itemStarts(String lower, int cs, int ce, int[] marks) {
    List<int[]> starts = new ArrayList<>();
    Matcher m = null;
    int next = cs; // find() goes on from the end of the last match
    int tried = cs - 1;
    // the block's start and a bullet's end, then the marks from the first stop inside the block
    int lo = 0;
    int hi = marks.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (marks[mid] < cs + 2) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = -3; ; k++) {
      int i = k < 0 ? cs + 3 + k : lo + k < marks.length ? marks[lo + k] : ce;
      if (i >= ce) {
        break;
      }
      if (i <= tried || i < next || !opensItem(lower, i, cs) || !mayOpenItem(lower, i, ce)) {
        continue;
      }
      tried = i;
      if (m == null) {
        m = item.matcher(lower); // default bounds: opaque and anchoring, so the look-behind's ^ holds at i
      }
      m.region(i, ce);
      if (m.lookingAt()) {
        starts.add(new int[] {m.start(), m.group(1) != null ? ordinals.get(m.group(1)) : laForms.get(m.group(2))});
        next = m.end();
      }
    }
    return starts;
  }

  /** The item pattern's look-behind {@code (?<=^|[:;.]\\s|^[-+•*]\\s?)} at {@code i}, in a region from {@code cs}. */
  private static boolean opensItem(String lower, int i, int cs) {
    if (i == cs) {
      return true;
    }
    if (i - 2 >= cs && isSpace(lower.charAt(i - 1))) {
      char c = lower.charAt(i - 2);
      if (c == ':' || c == ';' || c == '.') {
        return true;
      }
    }
    char b = lower.charAt(cs);
    return (b == '-' || b == '+' || b == '•' || b == '*') && (i == cs + 1 || i == cs + 2 && isSpace(lower.charAt(cs + 1)));
  }

  /** {@code \\s}: the ASCII white space of java.util.regex without UNICODE_CHARACTER_CLASS. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * False when no item can open at {@code i}: the pattern needs {@code thứ} and a space, or a
   * "là" form, a space and {@code là}, before anything else.
   */
  private boolean mayOpenItem(String lower, int i, int ce) {
    if (lower.startsWith("thứ", i) && i + 3 < ce && isSpace(lower.charAt(i + 3))) {
      return true;
    }
    for (String form : laFormList) {
      int j = i + form.length();
      if (lower.startsWith(form, i) && j + 2 < ce && isSpace(lower.charAt(j)) && lower.startsWith("là", j + 1)) {
        return true;
      }
    }
    return false;
  }

  /** The item pattern, for tests. */
  Pattern itemPattern() {
    return item;
  }

  private PriorityList list(ArticleContext ctx, List<Item> items, List<PillarExtractor.PillarHit> pillars) {
    NormalizedText t = ctx.text();
    int first = items.get(0).start();
    int[] heading = heading(ctx, first);
    Span headingSpan = heading == null ? null : t.span(heading[0], heading[1]);
    Integer announced = null;
    String speaker = null;
    if (heading != null) {
      Matcher c = count.matcher(t.lower()).region(heading[0], heading[1]);
      if (c.find()) {
        String n = c.group(1);
        announced = Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : cardinals.get(n);
      }
      speaker = speaker(ctx, headingSpan);
    }
    List<Priority> out = new ArrayList<>();
    for (Item it : items) {
      Set<Pillar> named = new LinkedHashSet<>();
      // hits are in text order: start from the first one at or after the item
      for (int k = firstAtOrAfter(pillars, it.start()); k < pillars.size() && pillars.get(k).start() < it.end(); k++) {
        named.add(pillars.get(k).pillar());
      }
      out.add(new Priority(it.ordinal(), t.span(it.start(), it.end()), List.copyOf(named)));
    }
    return new PriorityList(speaker, announced, headingSpan, out);
  }

  private static int firstAtOrAfter(List<PillarExtractor.PillarHit> hits, int pos) {
    int lo = 0;
    int hi = hits.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (hits.get(mid).start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The sentence just before the first item, or the part of its own sentence that leads to it. */
  private static int[] heading(ArticleContext ctx, int first) {
    List<Sentence> all = ctx.structure().sentences();
    // sentences are in text order: find the last one that starts before the item
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).start() < first) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo == 0) {
      return null;
    }
    Sentence s = all.get(lo - 1);
    if (s.end() > first) {
      String lead = ctx.text().text().substring(s.start(), first);
      if (!BULLET.matcher(lead).matches()) {
        return new int[] {s.start(), first};
      }
      if (lo < 2) {
        return null;
      }
      s = all.get(lo - 2); // the item's own sentence holds only its bullet: the heading is the one before
    }
    return new int[] {s.start(), s.end()};
  }

  /**
   * The official the heading names last: in "tiếp thu chỉ đạo của Bộ trưởng A ..., đồng chí B đề
   * xuất 5 định hướng" the one who sets the list out stands closest to the verb.
   */
  private static String speaker(ArticleContext ctx, Span heading) {
    String best = null;
    int at = -1;
    for (Official o : ctx.officials()) {
      for (Mention m : o.mentions()) {
        if (m.span().within(heading) && m.span().start() > at) {
          at = m.span().start();
          best = o.name();
        }
      }
    }
    return best;
  }
}
