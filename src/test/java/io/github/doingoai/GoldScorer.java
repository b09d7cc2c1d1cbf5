package io.github.doingoai;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The matching rules of {@code GUIDELINES.md} and {@code ../shared/tools/score}, in Java, so that a
 * regression against the hand-written gold fails the build. Compares JSON trees: the command line's
 * output and the gold files.
 */
final class GoldScorer {

  private static final Map<Character, Character> TONES = Map.of(
      '\u0300', '2', '\u0301', '1', '\u0303', '4', '\u0309', '3', '\u0323', '5');
  private static final List<Map.Entry<Pattern, String>> ALIASES = List.of(
      Map.entry(Pattern.compile("\\btp\\s*\\.?\\s*hcm\\b", Pattern.UNICODE_CHARACTER_CLASS), "tphcm"),
      Map.entry(Pattern.compile("\\btp\\s*\\.?\\s*hồ chí minh\\b", Pattern.UNICODE_CHARACTER_CLASS), "tphcm"),
      Map.entry(Pattern.compile("\\bthành phố hồ chí minh\\b", Pattern.UNICODE_CHARACTER_CLASS), "tphcm"),
      Map.entry(Pattern.compile("\\bubnd\\b", Pattern.UNICODE_CHARACTER_CLASS), "ủy ban nhân dân"),
      Map.entry(Pattern.compile("\\bhđnd\\b", Pattern.UNICODE_CHARACTER_CLASS), "hội đồng nhân dân"));

  /** True positives, false positives and false negatives of one metric. */
  static final class Tally {
    int tp;
    int fp;
    int fn;

    void addSets(Set<?> pred, Set<?> gold) {
      for (Object p : pred) {
        if (gold.contains(p)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (Object g : gold) {
        if (!pred.contains(g)) {
          fn++;
        }
      }
    }

    /** F1, or {@code null} when there was nothing to find and nothing found. */
    Double f1() {
      if (tp + fp + fn == 0) {
        return null;
      }
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return "tp=" + tp + " fp=" + fp + " fn=" + fn;
    }
  }

  /** Share of right answers. */
  static final class Accuracy {
    int right;
    int total;

    void add(boolean ok) {
      total++;
      if (ok) {
        right++;
      }
    }

    Double value() {
      return total == 0 ? null : (double) right / total;
    }

    @Override
    public String toString() {
      return right + "/" + total;
    }
  }

  final Map<String, Tally> tallies = new LinkedHashMap<>();
  final Map<String, Accuracy> accuracies = new LinkedHashMap<>();
  final List<String> differences = new ArrayList<>();

  GoldScorer() {
    for (String k : List.of("officials", "positions", "meetings", "agreements", "pillars", "documents")) {
      tallies.put(k, new Tally());
    }
    for (String k : List.of("published", "meeting_attrs", "agreement_attrs")) {
      accuracies.put(k, new Accuracy());
    }
  }

  static String norm(String text) {
    if (text == null) {
      return null;
    }
    String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    for (Map.Entry<Pattern, String> a : ALIASES) {
      t = Normalizer.normalize(a.getKey().matcher(Normalizer.normalize(t, Normalizer.Form.NFC)).replaceAll(a.getValue()),
          Normalizer.Form.NFC);
    }
    t = t.replaceAll("[^\\p{L}\\p{N}\\p{M}_]+", " ");
    StringBuilder sb = new StringBuilder();
    for (String w : t.trim().split(" +")) {
      if (w.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      String d = Normalizer.normalize(w, Normalizer.Form.NFD);
      StringBuilder kept = new StringBuilder();
      Character tone = null;
      for (char c : d.toCharArray()) {
        if (TONES.containsKey(c)) {
          tone = TONES.get(c);
        } else {
          kept.append(c);
        }
      }
      sb.append(Normalizer.normalize(kept, Normalizer.Form.NFC));
      if (tone != null) {
        sb.append(tone);
      }
    }
    return sb.toString();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<JsonNode> list(JsonNode n, String field) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode v = n.get(field);
    if (v != null && v.isArray()) {
      v.forEach(out::add);
    }
    return out;
  }

  private static Set<String> names(JsonNode arr) {
    Set<String> out = new HashSet<>();
    if (arr != null && arr.isArray()) {
      for (JsonNode x : arr) {
        if (!x.isNull() && !x.asText().isEmpty()) {
          out.add(norm(x.asText()));
        }
      }
    }
    return out;
  }

  private static String monthDay(String date) {
    if (date == null || date.isEmpty()) {
      return null;
    }
    var m = Pattern.compile("(\\d\\d)-(\\d\\d)$").matcher(date);
    return m.find() ? m.group() : date;
  }

  private static Object value(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isNumber() ? (Object) v.asLong() : v.asText();
  }

  private static int overlap(JsonNode a, JsonNode b) {
    Set<String> s = names(a);
    s.retainAll(names(b));
    return s.size();
  }

  private static List<JsonNode[]> pairUp(List<JsonNode> gold, List<JsonNode> pred, Function<JsonNode, Object> key,
      BiFunction<JsonNode, JsonNode, Integer> tie) {
    List<JsonNode[]> pairs = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (JsonNode g : gold) {
      int best = -1;
      int bestScore = -1;
      for (int i = 0; i < pred.size(); i++) {
        if (used.contains(i) || !java.util.Objects.equals(key.apply(g), key.apply(pred.get(i)))) {
          continue;
        }
        int s = tie.apply(g, pred.get(i));
        if (s > bestScore) {
          best = i;
          bestScore = s;
        }
      }
      if (best >= 0) {
        used.add(best);
        pairs.add(new JsonNode[] {g, pred.get(best)});
      }
    }
    return pairs;
  }

  /** Scores one article's prediction against its gold. */
  void add(JsonNode gold, JsonNode pred) {
    String src = text(gold, "source");
    Set<String> po = new HashSet<>();
    Set<String> go = new HashSet<>();
    list(pred, "officials").forEach(o -> po.add(norm(text(o, "name"))));
    list(gold, "officials").forEach(o -> go.add(norm(text(o, "name"))));
    note(src, "officials", po, go);
    tallies.get("officials").addSets(po, go);
    Set<String> pp = new HashSet<>();
    Set<String> gp = new HashSet<>();
    for (JsonNode o : list(pred, "officials")) {
      list(o, "positions").forEach(x -> pp.add(norm(text(o, "name")) + " | " + norm(text(x, "text"))));
    }
    for (JsonNode o : list(gold, "officials")) {
      list(o, "positions").forEach(x -> gp.add(norm(text(o, "name")) + " | " + norm(text(x, "text"))));
    }
    note(src, "positions", pp, gp);
    tallies.get("positions").addSets(pp, gp);

    List<JsonNode> gm = list(gold, "meetings");
    List<JsonNode> pm = list(pred, "meetings");
    List<JsonNode[]> mp = pairUp(gm, pm, m -> text(m, "kind") + "|" + monthDay(text(m, "date")),
        (g, q) -> overlap(g.get("chairs"), q.get("chairs")));
    Tally mt = tallies.get("meetings");
    mt.tp += mp.size();
    mt.fp += pm.size() - mp.size();
    mt.fn += gm.size() - mp.size();
    if (mp.size() != gm.size() || mp.size() != pm.size()) {
      differences.add(src + " meetings: gold " + gm.size() + ", predicted " + pm.size() + ", paired " + mp.size());
    }
    Accuracy ma = accuracies.get("meeting_attrs");
    for (JsonNode[] p : mp) {
      JsonNode g = p[0];
      JsonNode q = p[1];
      attr(ma, src, "meeting date", value(g, "date"), value(q, "date"));
      attr(ma, src, "meeting partOfDay", value(g, "partOfDay"), value(q, "partOfDay"));
      attr(ma, src, "meeting location", norm(text(g, "location")), norm(text(q, "location")));
      attr(ma, src, "meeting chairs", names(g.get("chairs")), names(q.get("chairs")));
      attr(ma, src, "meeting edition", value(g, "edition"), value(q, "edition"));
      attr(ma, src, "meeting attendees", value(g, "attendees"), value(q, "attendees"));
    }
    for (int i = 0; i < 6 * (gm.size() - mp.size()); i++) {
      ma.add(false);
    }

    List<JsonNode> ga = list(gold, "agreements");
    List<JsonNode> pa = list(pred, "agreements");
    List<JsonNode[]> ap = pairUp(ga, pa, a -> text(a, "kind"), (g, q) -> overlap(g.get("parties"), q.get("parties")));
    Tally at = tallies.get("agreements");
    at.tp += ap.size();
    at.fp += pa.size() - ap.size();
    at.fn += ga.size() - ap.size();
    if (ap.size() != ga.size() || ap.size() != pa.size()) {
      differences.add(src + " agreements: gold " + ga.size() + ", predicted " + pa.size() + ", paired " + ap.size());
    }
    Accuracy aa = accuracies.get("agreement_attrs");
    for (JsonNode[] p : ap) {
      attr(aa, src, "agreement status", value(p[0], "status"), value(p[1], "status"));
      attr(aa, src, "agreement date", value(p[0], "date"), value(p[1], "date"));
      attr(aa, src, "agreement parties", names(p[0].get("parties")), names(p[1].get("parties")));
    }
    for (int i = 0; i < 3 * (ga.size() - ap.size()); i++) {
      aa.add(false);
    }

    Set<String> ppl = new HashSet<>();
    Set<String> gpl = new HashSet<>();
    list(pred, "pillars").forEach(x -> ppl.add(text(x, "pillar")));
    list(gold, "pillars").forEach(x -> gpl.add(text(x, "pillar")));
    note(src, "pillars", ppl, gpl);
    tallies.get("pillars").addSets(ppl, gpl);
    Set<String> pd = new HashSet<>();
    Set<String> gd = new HashSet<>();
    list(pred, "documents").forEach(x -> pd.add(text(x, "code").replaceAll("\\s+", "").toUpperCase(Locale.ROOT)));
    list(gold, "documents").forEach(x -> gd.add(text(x, "code").replaceAll("\\s+", "").toUpperCase(Locale.ROOT)));
    note(src, "documents", pd, gd);
    tallies.get("documents").addSets(pd, gd);
    attr(accuracies.get("published"), src, "published", value(gold, "published"), value(pred, "published"));
  }

  private void attr(Accuracy acc, String src, String what, Object gold, Object pred) {
    boolean ok = java.util.Objects.equals(gold, pred);
    acc.add(ok);
    if (!ok) {
      differences.add(src + " " + what + ": gold " + gold + ", predicted " + pred);
    }
  }

  private void note(String src, String what, Set<String> pred, Set<String> gold) {
    Set<String> missing = new HashSet<>(gold);
    missing.removeAll(pred);
    Set<String> extra = new HashSet<>(pred);
    extra.removeAll(gold);
    if (!missing.isEmpty() || !extra.isEmpty()) {
      differences.add(src + " " + what + ": missing " + missing + ", extra " + extra);
    }
  }

  /** Every metric with a value: F1 of the tallies, accuracy of the rest. */
  Map<String, Double> summary() {
    Map<String, Double> out = new LinkedHashMap<>();
    tallies.forEach((k, v) -> {
      if (v.f1() != null) {
        out.put(k, v.f1());
      }
    });
    accuracies.forEach((k, v) -> {
      if (v.value() != null) {
        out.put(k, v.value());
      }
    });
    return out;
  }
}
