package io.github.doingoai.internal.extract.official;

import io.github.doingoai.internal.gazetteer.LexiconEntry;
import java.util.List;


// The officials stage as it was before its speed work (main d9181de), kept unchanged as the oracle
// that OfficialsOracleTest compares the optimized stage with.
/**
 * One office as written in normalized text: {@code [nguyên] title [body...] [place]}.
 *
 * @param start normalized start (at {@code nguyên} when former)
 * @param end normalized end
 * @param title the title's entry
 * @param titleStart where the title itself starts (after {@code nguyên})
 * @param titleEnd where the title ends
 * @param bodies the bodies after the title, outermost last ({@code Ban Dân vận}, {@code Tỉnh ủy})
 * @param bodyStarts where each body starts
 * @param bodiesEnd where the bodies end ({@code titleEnd} when none)
 * @param placeKey canonical key of the place or country the phrase ends with, or {@code null}
 * @param placeTextStart where the place's own name starts (after {@code tỉnh}, {@code thành phố}), or -1
 * @param placeEnd where the place ends, or -1
 * @param former written with {@code nguyên}
 * @param fullness how many parts are written in their canonical form, to choose the fullest wording
 */
record OracleTitlePhrase(int start, int end, LexiconEntry title, int titleStart, int titleEnd, List<LexiconEntry> bodies,
    List<Integer> bodyStarts, int bodiesEnd, String placeKey, int placeTextStart, int placeEnd, boolean former,
    int fullness) {

  OracleTitlePhrase {
    bodies = List.copyOf(bodies);
    bodyStarts = List.copyOf(bodyStarts);
  }

  /** Where the first ministry among the bodies starts, or -1. */
  int ministryStart() {
    for (int i = 0; i < bodies.size(); i++) {
      if (OracleLexicon.isMinistry(bodies.get(i))) {
        return bodyStarts.get(i);
      }
    }
    return -1;
  }

  LexiconEntry lastBody() {
    return bodies.isEmpty() ? null : bodies.get(bodies.size() - 1);
  }

  boolean hasMinistry() {
    for (LexiconEntry b : bodies) {
      if (OracleLexicon.isMinistry(b)) {
        return true;
      }
    }
    return false;
  }

  /** The body entries' canonical names joined, the body part of an office's identity. */
  String bodyKey() {
    StringBuilder sb = new StringBuilder();
    for (LexiconEntry b : bodies) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(b.name());
    }
    return sb.toString();
  }
}
