package io.github.doingoai.internal.text;

import com.ibm.icu.text.Normalizer2;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

// The normalizer as it was before the text layer's speed work (main 23550be), kept unchanged as the oracle
// that TextLayerOracleTest compares the optimized code with.

/**
 * Normalizes Vietnamese text for matching, keeping an offset map back to the original.
 *
 * <ul>
 *   <li>Unicode NFC, whatever the input form (NFD input is common in text pasted from macOS);
 *   <li>one tone-mark placement, the one most Vietnamese news uses ({@code hòa}, {@code thủy},
 *       {@code Ủy}): old and new placements of the same word compare equal;
 *   <li>no-break and other wide spaces become a space, runs of spaces one space; CRLF and CR a line feed;
 *   <li>zero-width chars, soft hyphens and bidirectional marks are dropped;
 *   <li>curly quotes become straight ones, every dash a hyphen-minus;
 *   <li>the HTML entities scraped text keeps ({@code &nbsp;}, {@code &quot;}, {@code &#39;}) are decoded;
 *   <li>unpaired surrogates become U+FFFD, other control chars a space.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class OracleNormalizer {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private static final Map<String, Character> ENTITIES = Map.ofEntries(
      Map.entry("nbsp", ' '), Map.entry("quot", '"'), Map.entry("amp", '&'), Map.entry("apos", '\''),
      Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("ndash", '-'), Map.entry("mdash", '-'),
      Map.entry("lsquo", '\''), Map.entry("rsquo", '\''), Map.entry("ldquo", '"'), Map.entry("rdquo", '"'),
      Map.entry("hellip", '…'), Map.entry("shy", '\u00AD'), Map.entry("zwnj", '\u200C'), Map.entry("zwj", '\u200D'),
      Map.entry("laquo", '"'), Map.entry("raquo", '"'));

  private static final OracleNormalizer INSTANCE = new OracleNormalizer();

  static OracleNormalizer instance() {
    return INSTANCE;
  }

  private OracleNormalizer() {}

  /**
   * Normalizes {@code original}; never fails on any string. Vietnamese mojibake (a legacy encoding
   * read as Windows-1252, see {@link LegacyEncoding#detect}) is decoded on the way, each letter
   * keeping the original range of the chars it came from.
   */
  public OracleNormalizedText normalize(String original) {
    Objects.requireNonNull(original, "original");
    LegacyEncoding.Verdict verdict = OracleLegacy.detect(original);
    return normalizeWith(original, verdict);
  }

  /** Normalizes without looking for mojibake: for curated data and keys, which are known to be Unicode. */
  OracleNormalizedText normalizeUnicode(String original) {
    Objects.requireNonNull(original, "original");
    return normalizeWith(original, LegacyEncoding.Verdict.CLEAN);
  }

  /**
   * Normalizes {@code original} with a verdict the caller has already reached by
   * {@link LegacyEncoding#detect} on this very string: detection reads every char, and the
   * extractor asks before it decides which text to extract from.
   */
  public OracleNormalizedText normalize(String original, LegacyEncoding.Verdict verdict) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(verdict, "verdict");
    return normalizeWith(original, verdict);
  }

  private OracleNormalizedText normalizeWith(String original, LegacyEncoding.Verdict verdict) {
    LegacyEncoding legacy = verdict.encoding();
    char[] legacyOut = new char[1];
    int n = original.length();
    // pass 1: char mapping (entities, spaces, quotes, dashes, controls, zero-width). Every step emits
    // at most as many chars as it reads, so n-sized buffers never grow.
    char[] mapped = new char[n];
    int[] mStart = new int[n];
    int[] mEnd = new int[n];
    int len = 0;
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      int start = i;
      char out;
      int next = i + 1;
      int used;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(original.charAt(i + 1))) {
          // a valid pair: emit both units unchanged
          mapped[len] = c;
          mapped[len + 1] = original.charAt(i + 1);
          mStart[len] = i;
          mEnd[len] = i + 2;
          mStart[len + 1] = i;
          mEnd[len + 1] = i + 2;
          len += 2;
          i += 2;
          continue;
        }
        out = '\uFFFD';
      } else if (Character.isLowSurrogate(c)) {
        out = '\uFFFD';
      } else if (legacy != null && (used = legacy.match(original, i, legacyOut)) > 0) {
        next = i + used;
        out = mapChar(legacyOut[0]);
      } else if (c == '&') {
        int semi = entityEnd(original, i);
        Character decoded = semi < 0 ? null : decodeEntity(original, i + 1, semi);
        if (decoded != null) {
          out = decoded;
          next = semi + 1;
          out = mapChar(out);
        } else {
          out = '&';
        }
      } else if (c == '\r') {
        out = '\n';
        if (i + 1 < n && original.charAt(i + 1) == '\n') {
          next = i + 2;
        }
      } else {
        out = mapChar(c);
      }
      i = next;
      if (out == DROP) {
        continue;
      }
      if (out == ' ' && len > 0 && mapped[len - 1] == ' ') {
        // collapse a run of spaces: the extra ones join the previous char's range
        mEnd[len - 1] = i;
        continue;
      }
      mapped[len] = out;
      mStart[len] = start;
      mEnd[len] = i;
      len++;
    }
    String m = new String(mapped, 0, len);
    // pass 2: NFC. Most text is NFC already: ICU's quick check finds the stretches that are and they
    // are copied as they are; only the segments between normalization boundaries that it flags
    // (decomposed letters, say) are normalized, one at a time, so that every output char knows its
    // original range.
    char[] out;
    int[] oStart;
    int[] oEnd;
    int olen;
    int yes = NFC.spanQuickCheckYes(m);
    if (yes == len) {
      out = mapped;
      oStart = mStart;
      oEnd = mEnd;
      olen = len;
    } else {
      out = new char[len + 16];
      oStart = new int[len + 16];
      oEnd = new int[len + 16];
      olen = 0;
      int s = 0;
      while (s < len) {
        if (yes > s) {
          // [s, yes) passed the quick check: copy it with its offsets
          int k = yes - s;
          out = ensure(out, olen + k);
          oStart = ensure(oStart, olen + k);
          oEnd = ensure(oEnd, olen + k);
          System.arraycopy(mapped, s, out, olen, k);
          System.arraycopy(mStart, s, oStart, olen, k);
          System.arraycopy(mEnd, s, oEnd, olen, k);
          olen += k;
          s = yes;
          if (s >= len) {
            break;
          }
        }
        int e = s + Character.charCount(m.codePointAt(s));
        while (e < len && !NFC.hasBoundaryBefore(m.codePointAt(e))) {
          e += Character.charCount(m.codePointAt(e));
        }
        String seg = m.substring(s, e);
        String norm = (e - s == 1 && NFC.isInert(seg.charAt(0))) ? seg : NFC.normalize(seg);
        out = ensure(out, olen + norm.length());
        oStart = ensure(oStart, olen + norm.length());
        oEnd = ensure(oEnd, olen + norm.length());
        norm.getChars(0, norm.length(), out, olen);
        if (norm.length() == e - s) {
          for (int k = 0; k < norm.length(); k++) {
            oStart[olen + k] = mStart[s + k];
            oEnd[olen + k] = mEnd[s + k];
          }
        } else {
          for (int k = 0; k < norm.length(); k++) {
            oStart[olen + k] = mStart[s];
            oEnd[olen + k] = mEnd[e - 1];
          }
        }
        olen += norm.length();
        s = e;
        // the quick check resumes at a boundary: where the next stretch of normalized text ends
        yes = s >= len ? len : s + NFC.spanQuickCheckYes(CharBuffer.wrap(m, s, len));
      }
    }
    // pass 3: canonical tone placement, word by word; it moves a mark inside a word, never changes length
    boolean placed = false;
    char[] letters = new char[8];
    int w = 0;
    while (w < olen) {
      if (!Chars.isLetter(out[w])) {
        w++;
        continue;
      }
      int we = w;
      while (we < olen && Chars.isLetter(out[we])) {
        we++;
      }
      if (we - w >= 2 && we - w <= 8) {
        placed |= placeTone(out, w, we, letters);
      }
      w = we;
    }
    String text = out == mapped && !placed ? m : new String(out, 0, olen);
    return new OracleNormalizedText(original, text, oStart, oEnd, legacy, verdict.suspicious());
  }

  /** The normalized form of {@code s} alone, without offsets: for building keys of curated data. */
  public String normalizeString(String s) {
    return normalizeUnicode(s).text();
  }

  /** Lower-case normalized form with single spaces and no surrounding space: a lookup key. */
  public String key(String s) {
    String t = OracleNormalizedText.lowerSameLength(normalizeUnicode(s).text()).replace('\n', ' ').trim();
    // a line break next to a space leaves two: rare, so look before running a regex
    return t.indexOf("  ") < 0 ? t : SPACE_RUN.matcher(t).replaceAll(" ");
  }

  private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile(" {2,}");

  private static final char DROP = '\uFFFF';

  private static char mapChar(char c) {
    // the letters and digits of Vietnamese text map to themselves: skip the switch for them
    if ((c >= 0x20 && c < 0x7F && c != '`') || (c >= 0xC0 && c < 0x1680 && c != '\u061C') || (c >= 0x1E00 && c < 0x2000)) {
      return c;
    }
    switch (c) {
      case '\u00A0': case '\u2000': case '\u2001': case '\u2002': case '\u2003': case '\u2004':
      case '\u2005': case '\u2006': case '\u2007': case '\u2008': case '\u2009': case '\u200A':
      case '\u202F': case '\u205F': case '\u3000': case '\t': case '\u000B': case '\u000C':
      case '\u1680':
        return ' ';
      case '\u2028': case '\u2029': case '\u0085':
        return '\n';
      case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF': case '\u00AD':
      case '\u200E': case '\u200F': case '\u202A': case '\u202B': case '\u202C': case '\u202D':
      case '\u202E': case '\u2066': case '\u2067': case '\u2068': case '\u2069': case '\u061C':
      case '\u180E':
        return DROP;
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '`': case '\u00B4':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
        return '"';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
      case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
        return '-';
      case '\uFFFF':
        return '\uFFFD';
      default:
        if (c < 0x20 && c != '\n') {
          return ' ';
        }
        if (c >= 0x7F && c <= 0x9F) {
          return ' ';
        }
        return c;
    }
  }

  private static int[] ensure(int[] a, int size) {
    return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  private static char[] ensure(char[] a, int size) {
    return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  /** Index of the ';' closing an entity that starts at {@code amp}, or -1. */
  private static int entityEnd(String s, int amp) {
    int limit = Math.min(s.length(), amp + 10);
    for (int k = amp + 1; k < limit; k++) {
      char c = s.charAt(k);
      if (c == ';') {
        return k > amp + 1 ? k : -1;
      }
      if (!(Character.isLetterOrDigit(c) && c < 0x80) && !(c == '#' && k == amp + 1)) {
        return -1;
      }
    }
    return -1;
  }

  private static Character decodeEntity(String s, int from, int semi) {
    String name = s.substring(from, semi);
    if (name.startsWith("#")) {
      try {
        int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        // only BMP, non-surrogate code points decode to one char
        if (cp > 0 && cp < 0x10000 && !Character.isSurrogate((char) cp)) {
          return (char) cp;
        }
      } catch (NumberFormatException e) {
        return null;
      }
      return null;
    }
    return ENTITIES.get(name);
  }

  // ---- tone placement -------------------------------------------------------------------------

  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
  private static final String VOWELS = "aăâeêioôơuưy";
  private static final String MARKED = "ăâêôơư";
  // what toneTarget asks of each lower-case letter, by char: a table instead of String.indexOf,
  // as the question comes for every letter of nearly every word
  private static final byte OTHER = 0;
  private static final byte CONSONANT = 1;
  private static final byte VOWEL = 2;
  private static final byte MARKED_VOWEL = 3;
  private static final byte[] LETTER_CLASS = new byte[0x200];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      LETTER_CLASS[c] = CONSONANT;
    }
    LETTER_CLASS['đ'] = CONSONANT;
    for (char c : VOWELS.toCharArray()) {
      LETTER_CLASS[c] = VOWEL;
    }
    for (char c : MARKED.toCharArray()) {
      LETTER_CLASS[c] = MARKED_VOWEL;
    }
  }

  private static byte letterClass(char c) {
    return c < LETTER_CLASS.length ? LETTER_CLASS[c] : OTHER;
  }

  /**
   * What the decomposition of a letter says about tone marks, for the letters Vietnamese text is
   * made of (Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional):
   * {@code TONE_OF[c - base]} is -1 for none, 0..4 for the index in {@link #TONES} of its only tone
   * mark (then {@code TONE_BASE} holds the letter without it), {@link #GENERAL} when only the
   * general path can tell. Built once, so that the usual word needs no normalization call at all.
   */
  private static final int TABLE_A = 0x00C0;
  private static final int TABLE_A_END = 0x0250;
  private static final int TABLE_B = 0x1E00;
  private static final int TABLE_B_END = 0x1F00;
  private static final byte GENERAL = 9;
  private static final byte[] TONE_OF = new byte[(TABLE_A_END - TABLE_A) + (TABLE_B_END - TABLE_B)];
  private static final char[] TONE_BASE = new char[TONE_OF.length];

  static {
    for (int k = 0; k < TONE_OF.length; k++) {
      char c = (char) (k < TABLE_A_END - TABLE_A ? TABLE_A + k : TABLE_B + k - (TABLE_A_END - TABLE_A));
      TONE_OF[k] = classify(c);
      if (TONE_OF[k] >= 0 && TONE_OF[k] < TONES.length()) {
        String d = NFD.getDecomposition(c);
        TONE_BASE[k] = NFC.normalize(d.replace(String.valueOf(TONES.charAt(TONE_OF[k])), "")).charAt(0);
      }
    }
  }

  /** The vowels a tone can move to, and {@code TONED[v * 5 + t]}: vowel v with tone t, one char. */
  private static final String TONED_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
  private static final char[] TONED = new char[TONED_VOWELS.length() * TONES.length()];

  static {
    for (int v = 0; v < TONED_VOWELS.length(); v++) {
      for (int t = 0; t < TONES.length(); t++) {
        // through NFD: ặ is ạ plus breve, not ă plus dot below, so composing pairs would miss it
        String one = NFC.normalize(NFD.normalize(TONED_VOWELS.substring(v, v + 1)) + TONES.charAt(t));
        TONED[v * TONES.length() + t] = one.length() == 1 ? one.charAt(0) : 0;
      }
    }
  }

  private static byte classify(char c) {
    if (c == '\u0130') {
      return GENERAL; // İ lower-cases to two chars: the general path knows what to do
    }
    String d = NFD.getDecomposition(c);
    if (d == null) {
      return -1;
    }
    int tone = -1;
    for (int k = 0; k < d.length(); k++) {
      int t = TONES.indexOf(d.charAt(k));
      if (t >= 0) {
        if (tone >= 0) {
          return GENERAL;
        }
        tone = t;
      }
    }
    if (tone < 0) {
      return -1;
    }
    String base = NFC.normalize(d.replace(String.valueOf(TONES.charAt(tone)), ""));
    return base.length() == 1 ? (byte) tone : GENERAL;
  }

  /** -1, a tone index, or {@link #GENERAL}, for one letter (see {@link #TONE_OF}). */
  private static int toneOf(char c) {
    if (c < TABLE_A) {
      return -1;
    }
    if (c < TABLE_A_END) {
      return TONE_OF[c - TABLE_A];
    }
    if (c >= TABLE_B && c < TABLE_B_END) {
      return TONE_OF[c - TABLE_B + (TABLE_A_END - TABLE_A)];
    }
    return NFD.getDecomposition(c) == null ? -1 : GENERAL;
  }

  private static char toneBase(char c) {
    return c < TABLE_A_END ? TONE_BASE[c - TABLE_A] : TONE_BASE[c - TABLE_B + (TABLE_A_END - TABLE_A)];
  }

  /**
   * {@link #placeTone(String)} on the word {@code a[from, to)}, in place, without allocating for
   * the words of ordinary Vietnamese text; true when it changed the word. The same rules as the
   * string version, which it falls back on for letters outside its tables.
   */
  static boolean placeTone(char[] a, int from, int to) {
    return placeTone(a, from, to, new char[to - from]);
  }

  /** As {@link #placeTone(char[], int, int)}, with a buffer of at least {@code to - from} chars to work in. */
  private static boolean placeTone(char[] a, int from, int to, char[] letters) {
    int tonePos = -1;
    int tone = -1;
    int vowels = 0;
    for (int k = from; k < to; k++) {
      int t = toneOf(a[k]);
      if (t == GENERAL) {
        return placeToneGeneral(a, from, to);
      }
      if (t >= 0) {
        if (tonePos >= 0) {
          return false; // two tone marks: not one syllable
        }
        tonePos = k;
        tone = t;
      }
      // the word's letters in lower case without the tone mark: what the placement rules read
      char base = Chars.toLower(t >= 0 ? toneBase(a[k]) : a[k]);
      letters[k - from] = base;
      if (letterClass(base) >= VOWEL) {
        vowels++;
      }
    }
    if (tonePos < 0) {
      return false;
    }
    if (vowels <= 1 && letterClass(Chars.toLower(toneBase(a[tonePos]))) >= VOWEL) {
      // the tone already sits on the only vowel (most syllables): toneTarget could only say so
      return false;
    }
    // where the tone belongs among the letters without it
    int target = toneTarget(letters, to - from);
    if (target < 0) {
      return false;
    }
    target += from;
    if (target == tonePos) {
      return false;
    }
    int v = TONED_VOWELS.indexOf(a[target]);
    char composed = v < 0 ? 0 : TONED[v * TONES.length() + tone];
    if (composed == 0) {
      return placeToneGeneral(a, from, to);
    }
    a[tonePos] = toneBase(a[tonePos]);
    a[target] = composed;
    return true;
  }

  private static boolean placeToneGeneral(char[] a, int from, int to) {
    String word = new String(a, from, to - from);
    String placed = placeTone(word);
    if (placed.length() == word.length() && !placed.equals(word)) {
      placed.getChars(0, placed.length(), a, from);
      return true;
    }
    return false;
  }

  /**
   * Puts the tone mark of one Vietnamese syllable where the canonical placement wants it. Words
   * that are not one Vietnamese syllable (several vowel groups, two tone marks) come back unchanged.
   */
  static String placeTone(String word) {
    String d = NFD.normalize(word);
    int tonePos = -1;
    for (int k = 0; k < d.length(); k++) {
      if (TONES.indexOf(d.charAt(k)) >= 0) {
        if (tonePos >= 0) {
          return word;
        }
        tonePos = k;
      }
    }
    if (tonePos < 0) {
      return word;
    }
    char tone = d.charAt(tonePos);
    String base = NFC.normalize(d.substring(0, tonePos) + d.substring(tonePos + 1));
    String lower = base.toLowerCase(java.util.Locale.ROOT);
    if (lower.length() != base.length()) {
      return word;
    }
    int target = toneTarget(lower.toCharArray(), lower.length());
    if (target < 0) {
      return word;
    }
    String targetD = NFD.normalize(base.substring(target, target + 1));
    String rebuilt = base.substring(0, target) + NFC.normalize(targetD + tone) + base.substring(target + 1);
    return NFC.normalize(rebuilt);
  }

  /**
   * Where the canonical placement puts the tone of a word of {@code len} letters: the index of the
   * letter, or -1 when the word is not one Vietnamese syllable (several vowel groups, a letter that
   * is no Latin consonant). The consonantal u of "qu" and i of "gi" are not part of the vowel group;
   * a vowel with a mark (ă â ê ô ơ ư) takes the tone, the later one in "ươ"; otherwise one vowel
   * takes it, three take it on the middle one, two on the first when open and the second when closed.
   */
  private static int toneTarget(char[] l, int len) {
    int vs = -1;
    int ve = -1;
    for (int k = 0; k < len; k++) {
      char lk = l[k];
      byte cls = letterClass(lk);
      boolean vowel = cls >= VOWEL;
      if (vowel && k == 1) {
        char l0 = l[0];
        if ((l0 == 'q' && lk == 'u') || (l0 == 'g' && lk == 'i' && len > 2 && letterClass(l[2]) >= VOWEL)) {
          continue;
        }
      }
      if (vowel) {
        if (vs < 0) {
          vs = k;
          ve = k + 1;
        } else if (ve == k) {
          ve = k + 1;
        } else {
          return -1; // a second vowel group: not one syllable
        }
      } else if (cls != CONSONANT) {
        return -1;
      }
    }
    if (vs < 0) {
      return -1;
    }
    int marked = -1;
    for (int k = vs; k < ve; k++) {
      if (letterClass(l[k]) == MARKED_VOWEL) {
        marked = k;
      }
    }
    int size = ve - vs;
    if (marked >= 0) {
      return marked;
    } else if (size == 1) {
      return vs;
    } else if (size >= 3) {
      return vs + 1;
    }
    return ve < len ? vs + 1 : vs;
  }
}
