package io.github.doingoai.match;

import io.github.doingoai.internal.gazetteer.LexiconEntry;
import io.github.doingoai.internal.gazetteer.LexiconReader;
import io.github.doingoai.internal.text.VietnameseNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Comparison keys for names of persons, bodies, places and positions written by different outlets:
 * normalized, lower-cased, punctuation folded to spaces, old-style tone placement folded
 * ({@code hoà} = {@code hòa}, {@code uỷ} = {@code ủy}), and the spellings of {@code match-aliases.tsv}
 * replaced by their canonical form. Immutable and thread-safe.
 */
final class Names {
  private static final String RESOURCE = "/io/github/doingoai/data/match-aliases.tsv";

  /** Old-style tone placement on the first vowel of {@code oa oe uy} at a syllable's end. */
  private static final Map<String, String> TONE_PLACEMENT = Map.ofEntries(
      Map.entry("òa", "oà"), Map.entry("óa", "oá"), Map.entry("ỏa", "oả"), Map.entry("õa", "oã"),
      Map.entry("ọa", "oạ"), Map.entry("òe", "oè"), Map.entry("óe", "oé"), Map.entry("ỏe", "oẻ"),
      Map.entry("õe", "oẽ"), Map.entry("ọe", "oẹ"), Map.entry("ùy", "uỳ"), Map.entry("úy", "uý"),
      Map.entry("ủy", "uỷ"), Map.entry("ũy", "uỹ"), Map.entry("ụy", "uỵ"));

  /**
   * Keys of the names seen lately: comparing one article with its candidates asks for the same few
   * hundred names over and over, and normalizing is the dearest step. Bounded, so memory stays flat.
   */
  private static final KeyCache BASIC = new KeyCache();

  // after BASIC: building the defaults computes keys
  private static final Names DEFAULT = new Names(load());

  /** [form, canonical] pairs, padded with spaces, longest form first. */
  private final List<String[]> replacements;

  private Names(List<LexiconEntry> entries) {
    List<String[]> r = new ArrayList<>();
    for (LexiconEntry e : entries) {
      String canonical = " " + basicKey(e.name()) + " ";
      for (String alias : e.aliases()) {
        String form = basicKey(alias);
        // a form inside its own canonical form would be replaced forever
        if (!form.isEmpty() && !canonical.contains(" " + form + " ")) {
          r.add(new String[] {" " + form + " ", canonical});
        }
      }
    }
    r.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
    this.replacements = List.copyOf(r);
  }

  static Names defaults() {
    return DEFAULT;
  }

  private static List<LexiconEntry> load() {
    try (InputStream in = Names.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return LexiconReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), "match-aliases.tsv",
          Set.of("abbreviation", "spelling"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  private final KeyCache folded = new KeyCache();

  /**
   * A map emptied when it grows past its bound: far cheaper per hit than an LRU cache (which records
   * every access), and the working set of names refills it at once.
   */
  private static final class KeyCache {
    private static final int MAX = 200_000;
    private final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();

    String getIfPresent(String k) {
      return map.get(k);
    }

    void put(String k, String v) {
      if (map.size() >= MAX) {
        map.clear();
      }
      map.put(k, v);
    }
  }

  /** Normalized, lower case, letters and digits only, one space between words, tone placement folded. */
  static String basicKey(String s) {
    if (s == null) {
      return "";
    }
    String cached = BASIC.getIfPresent(s);
    if (cached == null) {
      cached = computeBasicKey(s);
      BASIC.put(s, cached);
    }
    return cached;
  }

  private static String computeBasicKey(String s) {
    String t = VietnameseNormalizer.instance().key(s);
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == ' ') {
      sb.setLength(n - 1);
    }
    String out = sb.toString();
    for (Map.Entry<String, String> e : TONE_PLACEMENT.entrySet()) {
      String old = e.getValue();
      int at = out.indexOf(old);
      while (at >= 0) {
        int after = at + old.length();
        if (after == out.length() || out.charAt(after) == ' ') {
          out = out.substring(0, at) + e.getKey() + out.substring(after);
        }
        at = out.indexOf(old, at + 1);
      }
    }
    return out;
  }

  /** The key of a body, place, party or position: {@link #basicKey} with the curated spellings folded. */
  String key(String s) {
    if (s == null) {
      return "";
    }
    String cached = folded.getIfPresent(s);
    if (cached == null) {
      cached = computeKey(s);
      folded.put(s, cached);
    }
    return cached;
  }

  private String computeKey(String s) {
    String k = basicKey(s);
    if (k.isEmpty()) {
      return k;
    }
    String padded = " " + k + " ";
    for (String[] r : replacements) {
      // replace repeatedly: " p p " style overlaps need a second look at the shared space
      int at;
      while ((at = padded.indexOf(r[0])) >= 0) {
        padded = padded.substring(0, at) + r[1] + padded.substring(at + r[0].length());
      }
    }
    return padded.strip();
  }

  /** The key of a person's name: {@link #basicKey} (names have no abbreviations to fold). */
  static String personKey(String name) {
    return basicKey(name);
  }

  /** The words of a key. */
  static Set<String> tokens(String key) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : key.split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Jaccard similarity of two keys' words, 0 when either is empty. */
  static double similarity(String a, String b) {
    Set<String> ta = tokens(a);
    Set<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String t : ta) {
      if (tb.contains(t)) {
        common++;
      }
    }
    return common / (double) (ta.size() + tb.size() - common);
  }

  /** True when every word of the smaller key is in the larger one. */
  static boolean contains(String a, String b) {
    Set<String> ta = tokens(a);
    Set<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return false;
    }
    return ta.size() <= tb.size() ? tb.containsAll(ta) : ta.containsAll(tb);
  }
}
