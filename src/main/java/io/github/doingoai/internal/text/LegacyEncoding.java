package io.github.doingoai.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Vietnamese text that reached us as mojibake: written in a legacy 8-bit encoding (TCVN3/ABC,
 * VNI-Windows, Windows-1258) or in UTF-8, then decoded by a scraper as Windows-1252 or ISO-8859-1.
 * {@link #detect(String)} recognises it; {@link #match} reads one letter of it back.
 *
 * <p>The byte tables of TCVN3 and VNI live in {@code data/legacy-encodings.tsv}; Windows-1258 comes
 * from the JDK's charset; UTF-8 is decoded by hand. Immutable and thread-safe.
 */
public enum LegacyEncoding {
  /** TCVN 5712:1993 VN3, the encoding of the ".Vn" (ABC) fonts */
  TCVN3("TCVN3 (ABC)"),
  /** the encoding of the "VNI-" fonts: a base letter and one or two mark bytes */
  VNI("VNI-Windows"),
  /** Microsoft's Vietnamese code page: letters with combining tone marks */
  CP1258("Windows-1258"),
  /** UTF-8 read as Windows-1252: {@code Viá»‡t} */
  UTF8("UTF-8");

  private final String label;

  LegacyEncoding(String label) {
    this.label = label;
  }

  /** A name for people: {@code VNI-Windows}. */
  public String label() {
    return label;
  }

  /**
   * Reads one letter at {@code i}: returns how many chars of {@code s} it took (0 when none of this
   * encoding starts there) and stores the decoded char in {@code out[0]}.
   */
  public int match(CharSequence s, int i, char[] out) {
    char c = s.charAt(i);
    switch (this) {
      case UTF8:
        return matchUtf8(s, i, out);
      case CP1258: {
        int b = Tables.byteOf(c);
        if (b < 0x80) {
          return 0;
        }
        char d = Tables.CP1258[b];
        if (d == c || d == '\uFFFD') {
          return 0;
        }
        out[0] = d;
        return 1;
      }
      default: {
        Map<String, Character> table = this == TCVN3 ? Tables.TCVN3_MAP : Tables.VNI_MAP;
        if (i + 1 < s.length()) {
          Character two = table.get(new String(new char[] {c, s.charAt(i + 1)}));
          if (two != null) {
            out[0] = two;
            return 2;
          }
        }
        Character one = table.get(String.valueOf(c));
        if (one != null) {
          out[0] = one;
          return 1;
        }
        return 0;
      }
    }
  }

  private static int matchUtf8(CharSequence s, int i, char[] out) {
    int b0 = Tables.byteOf(s.charAt(i));
    int need;
    int cp;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      need = 1;
      cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2;
      cp = b0 & 0x0F;
    } else {
      return 0;
    }
    if (i + need >= s.length()) {
      return 0;
    }
    for (int k = 1; k <= need; k++) {
      int b = Tables.byteOf(s.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((need == 2 && cp < 0x800) || Character.isSurrogate((char) cp)) {
      return 0;
    }
    out[0] = (char) cp;
    return need + 1;
  }

  /**
   * Text decoded from mojibake, and where each of its chars starts in the mojibake.
   *
   * @param text the Unicode text (not normalized)
   * @param origStart {@code origStart[i]} is the offset in the original of the chars that gave
   *     {@code text.charAt(i)}; {@code origStart[text.length()]} is the original's length
   */
  public record Decoded(String text, int[] origStart) {
    /** The original offset of decoded offset {@code i} (a start or an exclusive end). */
    public int toOriginal(int i) {
      return origStart[i];
    }
  }

  /** Decodes the whole of {@code original} with this encoding, keeping the offset map. */
  public Decoded decode(String original) {
    int n = original.length();
    StringBuilder sb = new StringBuilder(n);
    int[] starts = new int[n + 1];
    char[] buf = new char[1];
    int i = 0;
    while (i < n) {
      int used = match(original, i, buf);
      starts[sb.length()] = i;
      if (used > 0) {
        sb.append(buf[0]);
        i += used;
      } else {
        sb.append(original.charAt(i));
        i++;
      }
    }
    starts[sb.length()] = n;
    return new Decoded(sb.toString(), java.util.Arrays.copyOf(starts, sb.length() + 1));
  }

  /** What {@link #detect} concluded. */
  public record Verdict(LegacyEncoding encoding, boolean suspicious) {
    static final Verdict CLEAN = new Verdict(null, false);
  }

  private static final int MIN_WORDS = 3;
  /** syllables of two letters or more that a reading must make: short strings are no evidence */
  private static final int MIN_LONG_WORDS = 5;
  /** enough changed words to judge a reading; a longer text is judged on its first ones (keeps detection linear and cheap) */
  private static final int SAMPLE_WORDS = 2_000;
  private static final Pattern SYLLABLE = Pattern.compile(
      "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?");

  /**
   * Decides whether {@code text} is Vietnamese mojibake, and in which encoding. A legacy reading
   * wins only when the text has almost no letter that only Vietnamese Unicode text has, and when at
   * least four fifths of the words it changes become Vietnamese syllables (so French or German text,
   * whose accented letters are also legacy codes, stays as it is). {@code suspicious} flags text
   * with many Latin-1 letters inside words that no reading explains.
   */
  public static Verdict detect(String text) {
    int n = text.length();
    int viet = 0;
    int odd = 0;
    // by table and without a branch per char: Vietnamese letters sit among ASCII ones at no
    // predictable place, so a test per char would guess wrong at most of them
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int k = c < COUNTED.length ? COUNTED[c] : 0;
      viet += k & VIET;
      odd += k >>> 1;
    }
    if (odd < MIN_WORDS || viet * 4 > odd) {
      // too little to judge, or plainly Unicode Vietnamese (mojibake has next to no ă đ ơ ư ạ...)
      return Verdict.CLEAN;
    }
    LegacyEncoding best = null;
    int bestOk = 0;
    int bestLong = 0;
    int bestChanged = 0;
    char[] buf = new char[1];
    for (LegacyEncoding e : values()) {
      int ok = 0;
      int okLong = 0;
      int changed = 0;
      int i = 0;
      while (i < n && changed < SAMPLE_WORDS) {
        if (!isWordChar(text.charAt(i))) {
          i++;
          continue;
        }
        int we = i;
        while (we < n && isWordChar(text.charAt(we))) {
          we++;
        }
        if (we - i <= 24) {
          StringBuilder w = new StringBuilder(we - i);
          boolean touched = false;
          int k = i;
          while (k < we) {
            int used = e.match(text, k, buf);
            if (used > 0 && k + used <= we) {
              w.append(buf[0]);
              touched = true;
              k += used;
            } else {
              w.append(text.charAt(k));
              k++;
            }
          }
          if (touched) {
            changed++;
            if (isSyllable(w)) {
              ok++;
              if (w.length() >= 2) {
                okLong++;
              }
            }
          }
        }
        i = we;
      }
      if (ok > bestOk) {
        best = e;
        bestOk = ok;
        bestLong = okLong;
        bestChanged = changed;
      }
    }
    // one-letter words ("õ õ õ") are too little evidence: a reading must make longer syllables too
    boolean fits = best != null && bestOk >= MIN_WORDS && bestLong >= MIN_LONG_WORDS && bestOk * 5 >= bestChanged * 4 && viet * 4 <= bestOk;
    if (fits) {
      return new Verdict(best, false);
    }
    return new Verdict(null, viet * 4 <= odd && odd >= 20 && bestOk * 2 >= bestChanged && bestOk >= MIN_WORDS);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || (c >= 0x80 && c <= 0xFF && c != 0xA0);
  }

  /** True when {@code w} (any case, any tone) is shaped like one Vietnamese syllable. */
  static boolean isSyllable(CharSequence w) {
    String d = Normalizer.normalize(w, Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder(d.length());
    for (int k = 0; k < d.length(); k++) {
      char c = d.charAt(k);
      if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) < 0) {
        base.append(c);
      }
    }
    String b = Normalizer.normalize(base, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return SYLLABLE.matcher(b).matches();
  }

  /** Letters that Vietnamese Unicode text has and Latin-1 lacks: ă đ ĩ ũ ơ ư and the Latin Extended Additional block. */
  static boolean isVietnameseOnly(char c) {
    return (c >= '\u1EA0' && c <= '\u1EF9') || (c >= '\u0100' && c < '\u0200' && VIETNAMESE_EXTENDED_A_B[c - 0x100]);
  }

  /** Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư, by their offset from U+0100: a table, as detection asks for every non-ASCII char. */
  private static final boolean[] VIETNAMESE_EXTENDED_A_B = new boolean[0x100];

  static {
    for (char c : "\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0".toCharArray()) {
      VIETNAMESE_EXTENDED_A_B[c - 0x100] = true;
    }
  }

  /** What {@link #detect} counts of each char below U+2000 (none above): {@link #VIET}, {@link #ODD} or nothing. */
  private static final byte[] COUNTED = new byte[0x2000];
  private static final int VIET = 1;
  private static final int ODD = 2;

  static {
    for (char c = 0x80; c < COUNTED.length; c++) {
      if (isVietnameseOnly(c)) {
        COUNTED[c] = VIET;
      } else if (c <= 0xFF && c != 0xA0) {
        COUNTED[c] = ODD;
      }
    }
  }

  /** The tables, loaded on first use. */
  private static final class Tables {
    static final Map<String, Character> TCVN3_MAP = new HashMap<>();
    static final Map<String, Character> VNI_MAP = new HashMap<>();
    static final char[] CP1258 = new char[256];
    private static final Map<Character, Integer> BYTE_OF = new HashMap<>();

    static {
      Charset w1252 = Charset.forName("windows-1252");
      Charset w1258 = Charset.forName("windows-1258");
      for (int b = 0; b < 256; b++) {
        byte[] one = {(byte) b};
        String s1252 = new String(one, w1252);
        CP1258[b] = new String(one, w1258).charAt(0);
        if (s1252.charAt(0) != '\uFFFD') {
          BYTE_OF.put(s1252.charAt(0), b);
        }
        BYTE_OF.putIfAbsent((char) b, b); // ISO-8859-1 reading, C1 controls included
      }
      load();
    }

    /** The byte a scraper turned into {@code c}, or -1. */
    static int byteOf(char c) {
      if (c < 0x80) {
        return c;
      }
      Integer b = BYTE_OF.get(c);
      return b == null ? -1 : b;
    }

    private static void load() {
      String name = "legacy-encodings.tsv";
      InputStream in = LegacyEncoding.class.getResourceAsStream("/io/github/doingoai/data/" + name);
      if (in == null) {
        throw new IllegalStateException("missing resource data/" + name);
      }
      Charset w1252 = Charset.forName("windows-1252");
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
          no++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cols = line.split("\t", -1);
          if (cols.length < 4 || cols[0].length() != 1 || cols[3].length() % 2 != 0 || cols[3].isEmpty()) {
            throw new IllegalStateException(name + " line " + no + ": expected letter, encoding, aliases, hex bytes");
          }
          Map<String, Character> map = switch (cols[1]) {
            case "tcvn3" -> TCVN3_MAP;
            case "vni" -> VNI_MAP;
            default -> throw new IllegalStateException(name + " line " + no + ": unknown encoding " + cols[1]);
          };
          byte[] bytes = new byte[cols[3].length() / 2];
          for (int k = 0; k < bytes.length; k++) {
            bytes[k] = (byte) Integer.parseInt(cols[3].substring(2 * k, 2 * k + 2), 16);
          }
          List<String> readings = new ArrayList<>(2);
          readings.add(new String(bytes, w1252));
          readings.add(new String(bytes, StandardCharsets.ISO_8859_1));
          for (String m : readings) {
            if (m.indexOf('\uFFFD') < 0) {
              map.putIfAbsent(m, cols[0].charAt(0));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
