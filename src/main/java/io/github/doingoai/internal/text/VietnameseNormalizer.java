package io.github.doingoai.internal.text;

import com.ibm.icu.text.Normalizer2;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

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
public final class VietnameseNormalizer {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private static final Map<String, Character> ENTITIES = Map.ofEntries(
      Map.entry("nbsp", ' '), Map.entry("quot", '"'), Map.entry("amp", '&'), Map.entry("apos", '\''),
      Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("ndash", '-'), Map.entry("mdash", '-'),
      Map.entry("lsquo", '\''), Map.entry("rsquo", '\''), Map.entry("ldquo", '"'), Map.entry("rdquo", '"'),
      Map.entry("hellip", '…'), Map.entry("shy", '\u00AD'), Map.entry("zwnj", '\u200C'), Map.entry("zwj", '\u200D'),
      Map.entry("laquo", '"'), Map.entry("raquo", '"'));

  private static final VietnameseNormalizer INSTANCE = new VietnameseNormalizer();

  public static VietnameseNormalizer instance() {
    return INSTANCE;
  }

  private VietnameseNormalizer() {}

  /**
   * Normalizes {@code original}; never fails on any string. Vietnamese mojibake (a legacy encoding
   * read as Windows-1252, see {@link LegacyEncoding#detect}) is decoded on the way, each letter
   * keeping the original range of the chars it came from.
   */
  public NormalizedText normalize(String original) {
    Objects.requireNonNull(original, "original");
    LegacyEncoding.Verdict verdict = LegacyEncoding.detect(original);
    return normalizeWith(original, verdict);
  }

  /** Normalizes without looking for mojibake: for curated data and keys, which are known to be Unicode. */
  NormalizedText normalizeUnicode(String original) {
    Objects.requireNonNull(original, "original");
    return normalizeWith(original, LegacyEncoding.Verdict.CLEAN);
  }

  /**
   * Normalizes {@code original} with a verdict the caller has already reached by
   * {@link LegacyEncoding#detect} on this very string: detection reads every char, and the
   * extractor asks before it decides which text to extract from.
   */
  public NormalizedText normalize(String original, LegacyEncoding.Verdict verdict) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(verdict, "verdict");
    return normalizeWith(original, verdict);
  }

  private NormalizedText normalizeWith(String original, LegacyEncoding.Verdict verdict) {
    if (verdict.encoding() == null) {
      NormalizedText t = normalizeClean(original, verdict);
      if (t != null) {
        return t;
      }
    }
    return normalizeGeneral(original, verdict);
  }

  /**
   * The general path, for mojibake and for text that is not in NFC: maps chars, then brings the
   * segments that ICU's quick check flags to NFC, then places tones, three passes over per-char
   * offset arrays. {@link #normalizeClean} gives the same result in one pass when it can.
   */
  private NormalizedText normalizeGeneral(String original, LegacyEncoding.Verdict verdict) {
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
        String norm = Composed.OF.get(seg); // a decomposed Vietnamese letter, the usual segment here
        if (norm == null) {
          norm = (e - s == 1 && NFC.isInert(seg.charAt(0))) ? seg : NFC.normalize(seg);
        }
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
        placed |= placeWordTone(out, w, we, letters);
      }
      w = we;
    }
    String text = out == mapped && !placed ? m : new String(out, 0, olen);
    return new NormalizedText(original, text, NormalizedText.lowerSameLength(text), out, OffsetRuns.of(oStart, oEnd, olen),
        legacy, verdict.suspicious());
  }

  /**
   * What each char asks of {@link #normalizeClean}: its kind in the low bits, and for letters what
   * tone placement needs to know of it in the high ones. One load per char instead of the mapping
   * switch, ICU's quick check and the tone tables one after another. (The fast path is sensitive
   * to its shape: a switch on these kinds measured faster than tests on the char, and a lower-case
   * pass of its own faster than lower-casing words with capitals as they end.)
   */
  private static final byte[] CLASS = new byte[0x10000];
  private static final int KIND = 0x0F;
  /** a letter that normalization leaves as it is */
  private static final int LETTER = 0;
  /** any other char that normalization leaves as it is (digits, punctuation, the line feed) */
  private static final int PLAIN = 1;
  /** a space, or a char that becomes one */
  private static final int SPACE = 2;
  /** a char that becomes another single char, no letter, that normalization leaves as it is ({@link #mapChar}) */
  private static final int MAPPED = 3;
  private static final int DROPPED = 4;
  private static final int AMPERSAND = 5;
  private static final int CR = 6;
  private static final int SURROGATE = 7;
  /** a char NFC may change or combine with its neighbours: only the general path knows what to do */
  private static final int NOT_NFC = 8;
  /**
   * The class of chars not classed yet: those from U+2100 on are classed when first met (classing
   * all 65536 when the class loads took a tenth of a second; most are never met). The value no
   * class has: kind 15 with every letter bit.
   */
  private static final int UNCLASSED = 0x0F;
  private static final int UNCLASSED_VALUE = 0xFF;
  /** Chars below this are classed when the class loads: Latin, Vietnamese, the spaces, quotes and dashes. */
  private static final int CLASSED_UP_FRONT = 0x2100;

  /** letter bits: the letter has one tone mark ({@link #toneOf} 0..4) */
  private static final int HAS_TONE = 0x10;
  /** letter bits: without its tone and in lower case the letter is a vowel */
  private static final int VOWEL_BASE = 0x20;
  /** letter bits: ... and one of the vowels with a mark of their own (ă â ê ô ơ ư) */
  private static final int MARKED_BASE = 0x40;
  /** letter bits: {@link #toneOf} is {@link #GENERAL} */
  private static final int TONE_GENERAL = 0x80;

  /** The class of {@code c}, classing it first if it is not yet (a race only writes the same value twice). */
  private static int classOf(char c) {
    int cls = CLASS[c] & 0xFF;
    if (cls == UNCLASSED_VALUE) {
      cls = cleanClass(c);
      CLASS[c] = (byte) cls;
    }
    return cls;
  }

  /** The value of UProperty.NFC_QUICK_CHECK for "yes" (0 no, 1 yes, 2 maybe). */
  private static final int NFC_QUICK_CHECK_YES = 1;

  private static boolean nfcInert(int cp) {
    // a string of chars that each pass ICU's quick check and start no combining sequence passes it
    // as a whole: NFC leaves it alone (NormalizerCleanPathTest checks every such char in context)
    return NFC.getCombiningClass(cp) == 0
        && com.ibm.icu.lang.UCharacter.getIntPropertyValue(cp, com.ibm.icu.lang.UProperty.NFC_QUICK_CHECK) == NFC_QUICK_CHECK_YES;
  }

  /**
   * The NFC of each decomposed letter of the tone tables' ranges (Latin-1 Supplement, Latin
   * Extended-A and -B, Latin Extended Additional), keyed by its canonical decomposition: text
   * pasted from macOS writes Vietnamese letters so, and a lookup is much cheaper than ICU.
   */
  private static final class Composed {
    static final Map<String, String> OF = new java.util.HashMap<>();

    static {
      // made when first needed: only the general path asks, for text that is not in NFC
      for (int c = 0x00C0; c < 0x1F00; c++) {
        if (c == 0x0250) {
          c = 0x1E00;
        }
        String d = NFD.normalize(String.valueOf((char) c));
        if (d.length() > 1) {
          OF.put(d, NFC.normalize(d));
        }
      }
    }
  }

  /** Whether the fast path copies {@code c} as it is, trusting that NFC leaves it alone (for tests). */
  static boolean copiedAsIs(char c) {
    int kind = classOf(c) & KIND;
    return kind == LETTER || kind == PLAIN;
  }

  private static int cleanClass(char ch) {
    if (Character.isSurrogate(ch)) {
      return SURROGATE;
    }
    if (ch == '&') {
      return AMPERSAND;
    }
    if (ch == '\r') {
      return CR;
    }
    char m = mapChar(ch);
    if (m == DROP) {
      return DROPPED;
    }
    if (m == ' ') {
      return SPACE;
    }
    if (m != ch) {
      return MAPPED;
    }
    if (!nfcInert(ch)) {
      return NOT_NFC;
    }
    if (!Chars.isLetter(ch)) {
      return PLAIN;
    }
    int bits = LETTER;
    int t = toneOf(ch);
    if (t == GENERAL) {
      return bits | TONE_GENERAL;
    }
    if (t >= 0) {
      bits |= HAS_TONE;
    }
    byte cls = letterClass(Chars.toLower(t >= 0 ? toneBase(ch) : ch));
    if (cls >= VOWEL) {
      bits |= VOWEL_BASE;
    }
    if (cls == MARKED_VOWEL) {
      bits |= MARKED_BASE;
    }
    return bits;
  }

  /**
   * The whole normalization in one pass, for text without mojibake in which nothing needs NFC (the
   * usual article): chars are mapped, words get their tone placed as they end, and the offset map
   * records runs instead of every char. Gives up (null) at the first char that the general path
   * must handle: the caller then starts over with that. The result is the general path's, char for
   * char and offset for offset.
   */
  private static NormalizedText normalizeClean(String original, LegacyEncoding.Verdict verdict) {
    int n = original.length();
    // the output is written over a copy of the input, never ahead of the char being read: a char
    // array reads faster than charAt, and most of the text is copied to itself
    char[] out = new char[n];
    original.getChars(0, n, out, 0);
    char[] letters = new char[8];
    OffsetRuns runs = new OffsetRuns();
    int len = 0;
    // out[k] comes from original[k + delta] while the run goes on; BROKEN after a char that ended it
    int delta = OffsetRuns.BROKEN;
    int tailEnd = 0;
    int word = -1;
    int tally = 0;
    boolean edited = false;
    int i = 0;
    while (i < n) {
      char c = out[i];
      int cls = CLASS[c] & 0xFF;
      int kind = cls & KIND;
      if (kind == LETTER) {
        if (i - len != delta) {
          runs.open(len, i - len, delta == OffsetRuns.BROKEN ? tailEnd : len + delta);
          delta = i - len;
        }
        if (word < 0) {
          word = len;
          tally = 0;
        }
        // the word's letters in a loop of their own: one branch that goes the other way per word
        // rather than two; the run goes on, as every letter is copied to one char
        do {
          out[len] = c;
          tally += WORD_TALLY[cls >>> 4];
          len++;
          i++;
          if (i == n) {
            break;
          }
          c = out[i];
          cls = CLASS[c] & 0xFF;
        } while ((cls & KIND) == LETTER);
        continue;
      }
      if (kind == SPACE) {
        if (word >= 0) {
          edited |= endWord(out, word, len, tally, letters);
          word = -1;
        }
        if (len > 0 && out[len - 1] == ' ') {
          // collapse a run of spaces: the extra ones join the previous char's range, which ends its run
          delta = OffsetRuns.BROKEN;
          tailEnd = i + 1;
          edited = true;
          i++;
          continue;
        }
        edited |= c != ' ';
        if (i - len != delta) {
          runs.open(len, i - len, delta == OffsetRuns.BROKEN ? tailEnd : len + delta);
          delta = i - len;
        }
        out[len] = ' ';
        len++;
        i++;
        continue;
      }
      if (kind == PLAIN) {
        if (word >= 0) {
          edited |= endWord(out, word, len, tally, letters);
          word = -1;
        }
        if (i - len != delta) {
          runs.open(len, i - len, delta == OffsetRuns.BROKEN ? tailEnd : len + delta);
          delta = i - len;
        }
        out[len] = c;
        len++;
        i++;
        continue;
      }
      // the rest emits at most one char, o, for original [i, next)
      char o;
      int next = i + 1;
      switch (kind) {
        case MAPPED:
          o = mapChar(c);
          break;
        case DROPPED:
          // the run breaks by itself: the next char starts one further than the run says
          edited = true;
          i++;
          continue;
        case CR:
          o = '\n';
          if (i + 1 < n && out[i + 1] == '\n') {
            next = i + 2;
          }
          break;
        case AMPERSAND: {
          int semi = entityEnd(original, i);
          Character decoded = semi < 0 ? null : decodeEntity(original, i + 1, semi);
          if (decoded == null) {
            o = '&';
          } else {
            o = mapChar(decoded);
            next = semi + 1;
          }
          break;
        }
        case SURROGATE:
          if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(out[i + 1])) {
            if (!nfcInert(original.codePointAt(i))) {
              return null;
            }
            if (word >= 0) {
              edited |= endWord(out, word, len, tally, letters);
              word = -1;
            }
            // a valid pair: both units keep the pair's range, so each ends a run
            for (int k = 0; k < 2; k++) {
              if (i - len != delta) {
                runs.open(len, i - len, delta == OffsetRuns.BROKEN ? tailEnd : len + delta);
              }
              delta = OffsetRuns.BROKEN;
              tailEnd = i + 2;
              out[len] = out[i + k];
              len++;
            }
            i += 2;
            continue;
          }
          o = '\uFFFD';
          break;
        case UNCLASSED:
          classOf(c);
          continue; // and read it again, classed
        default:
          return null; // NOT_NFC
      }
      edited |= o != c || next != i + 1;
      if (o == DROP) {
        i = next;
        continue;
      }
      if (o == ' ' && len > 0 && out[len - 1] == ' ') {
        delta = OffsetRuns.BROKEN;
        tailEnd = next;
        i = next;
        continue;
      }
      int okind = classOf(o) & KIND;
      if (okind == NOT_NFC) {
        return null; // an entity that decodes to a combining mark, say
      }
      if (okind == LETTER) {
        if (word < 0) {
          word = len;
          tally = 0;
        }
        tally += WORD_TALLY[classOf(o) >>> 4];
      } else if (word >= 0) {
        edited |= endWord(out, word, len, tally, letters);
        word = -1;
      }
      if (i - len != delta) {
        runs.open(len, i - len, delta == OffsetRuns.BROKEN ? tailEnd : len + delta);
        delta = i - len;
      }
      if (next != i + 1) {
        delta = OffsetRuns.BROKEN;
        tailEnd = next;
      }
      out[len] = o;
      len++;
      i = next;
    }
    if (word >= 0) {
      edited |= endWord(out, word, len, tally, letters);
    }
    runs.close(len, delta == OffsetRuns.BROKEN ? tailEnd : len + delta);
    // the lower-case copy in a pass of its own: a loop this simple runs faster than the lookups
    // would inside the main one
    char[] low = new char[len];
    for (int k = 0; k < len; k++) {
      low[k] = Chars.toLower(out[k]);
    }
    String text = edited ? new String(out, 0, len) : original;
    return new NormalizedText(original, text, new String(low, 0, len), out, runs, null, verdict.suspicious());
  }

  /**
   * What a word's letters add up to, by the letter bits of {@link #CLASS} (shifted down): four bits
   * each for the count of tones, vowels, toned vowels, marked vowels, toned marked vowels and
   * letters only the general path can place. Words longer than eight letters, which may overflow
   * a count, are never placed.
   */
  private static final int[] WORD_TALLY = new int[16];
  private static final int TALLY_TONES = 0;
  private static final int TALLY_VOWELS = 4;
  private static final int TALLY_TONED_VOWELS = 8;
  private static final int TALLY_MARKED = 12;
  private static final int TALLY_TONED_MARKED = 16;
  private static final int TALLY_GENERAL = 20;

  static {
    for (int b = 0; b < 16; b++) {
      int bits = b << 4;
      boolean tone = (bits & HAS_TONE) != 0;
      boolean vowel = (bits & VOWEL_BASE) != 0;
      boolean marked = (bits & MARKED_BASE) != 0;
      WORD_TALLY[b] = (tone ? 1 << TALLY_TONES : 0) | (vowel ? 1 << TALLY_VOWELS : 0)
          | (tone && vowel ? 1 << TALLY_TONED_VOWELS : 0) | (marked ? 1 << TALLY_MARKED : 0)
          | (tone && marked ? 1 << TALLY_TONED_MARKED : 0) | ((bits & TONE_GENERAL) != 0 ? 1 << TALLY_GENERAL : 0);
    }
  }

  private static int count(int tally, int field) {
    return (tally >>> field) & 0xF;
  }

  /**
   * Places the tone of the word {@code out[from, to)} that just ended, as the general path's third
   * pass does; true when it moved. {@code tally} sums {@link #WORD_TALLY} over the word's letters:
   * most words show from it alone that the tone already sits where it belongs.
   */
  private static boolean endWord(char[] out, int from, int to, int tally, char[] letters) {
    if (to - from < 2 || to - from > 8) {
      return false;
    }
    if (count(tally, TALLY_GENERAL) == 0) {
      if (count(tally, TALLY_TONES) != 1) {
        return false; // no tone, or two: not one syllable (placeTone says so too)
      }
      if (count(tally, TALLY_VOWELS) <= 1 && count(tally, TALLY_TONED_VOWELS) == 1) {
        return false; // the tone sits on the only vowel
      }
      if (count(tally, TALLY_MARKED) == 1 && count(tally, TALLY_TONED_MARKED) == 1) {
        // a marked vowel takes the tone, and this is the only one: the tone is where it belongs,
        // unless the word is no syllable at all, when nothing moves either
        return false;
      }
    }
    if (count(tally, TALLY_GENERAL) == 0 && toneInPlace(out, from, to)) {
      return false;
    }
    return placeTone(out, from, to, letters);
  }

  /**
   * {@link #placeTone(char[], int, int, char[])} on a word of the general path: by {@link #endWord}
   * when all its letters are ones the fast path copies as they are (it reads their classes), else
   * directly.
   */
  private static boolean placeWordTone(char[] out, int from, int to, char[] letters) {
    int tally = 0;
    for (int k = from; k < to; k++) {
      int cls = classOf(out[k]);
      if ((cls & KIND) != LETTER) {
        return placeTone(out, from, to, letters);
      }
      tally += WORD_TALLY[cls >>> 4];
    }
    return endWord(out, from, to, tally, letters);
  }

  /**
   * For a word of one tone mark and letters of the tone tables only: true when the mark sits where
   * {@link #toneTarget} puts it, worked out from the letters' classes in one pass (no lower-case
   * copy, no decomposition). Every letter that is no vowel is taken for a consonant: when one is
   * not, toneTarget says the word is no syllable, and the mark does not move either.
   */
  private static boolean toneInPlace(char[] out, int from, int to) {
    int len = to - from;
    int tonePos = -1;
    int vs = -1;
    int ve = -1;
    int marked = -1;
    for (int k = 0; k < len; k++) {
      int cls = classOf(out[from + k]);
      if ((cls & HAS_TONE) != 0) {
        tonePos = k;
      }
      if ((cls & VOWEL_BASE) == 0 || (k == 1 && isGlide(out, from, len))) {
        continue;
      }
      if (vs < 0) {
        vs = k;
        ve = k + 1;
      } else if (ve == k) {
        ve = k + 1;
      } else {
        return true; // a second vowel group: not one syllable, nothing moves
      }
      if ((cls & MARKED_BASE) != 0) {
        marked = k;
      }
    }
    if (vs < 0) {
      return true;
    }
    int size = ve - vs;
    int target = marked >= 0 ? marked : size == 1 ? vs : size >= 3 ? vs + 1 : ve < len ? vs + 1 : vs;
    return target == tonePos;
  }

  /** The u of "qu" or the i of "gi" before a vowel, at index 1 of the word: no part of the vowel group. */
  private static boolean isGlide(char[] out, int from, int len) {
    char l0 = lowerBase(out[from]);
    if (l0 != 'q' && l0 != 'g') {
      return false;
    }
    char l1 = lowerBase(out[from + 1]);
    return (l0 == 'q' && l1 == 'u') || (l0 == 'g' && l1 == 'i' && len > 2 && (classOf(out[from + 2]) & VOWEL_BASE) != 0);
  }

  /** A letter of the tone tables in lower case without its tone mark, as placeTone reads it. */
  private static char lowerBase(char c) {
    return Chars.toLower(toneOf(c) >= 0 ? toneBase(c) : c);
  }


  /** The normalized form of {@code s} alone, without offsets: for building keys of curated data. */
  public String normalizeString(String s) {
    return normalizeUnicode(s).text();
  }

  /** Lower-case normalized form with single spaces and no surrounding space: a lookup key. */
  public String key(String s) {
    String t = NormalizedText.lowerSameLength(normalizeUnicode(s).text()).replace('\n', ' ').trim();
    // a line break next to a space leaves two: rare, so look before running a regex
    return t.indexOf("  ") < 0 ? t : SPACE_RUN.matcher(t).replaceAll(" ");
  }

  private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile(" {2,}");

  private static final char DROP = '\uFFFF';

  static char mapChar(char c) {
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

  static int[] ensure(int[] a, int size) {
    return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  static char[] ensure(char[] a, int size) {
    return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  /** Index of the ';' closing an entity that starts at {@code amp}, or -1. */
  static int entityEnd(String s, int amp) {
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

  static Character decodeEntity(String s, int from, int semi) {
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

  static {
    // after the tone tables it reads
    java.util.Arrays.fill(CLASS, (byte) UNCLASSED_VALUE);
    for (int c = 0; c < CLASSED_UP_FRONT; c++) {
      CLASS[c] = (byte) cleanClass((char) c);
    }
  }
}
