package io.github.doingoai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharsTest {

  @Test
  void theTableAgreesWithTheJdkOnEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (Character.isLetterOrDigit(ch) != Chars.isWordChar(ch) || Character.isLetter(ch) != Chars.isLetter(ch)
          || Character.toLowerCase(ch) != Chars.toLower(ch)) {
        assertEquals(Character.isLetterOrDigit(ch), Chars.isWordChar(ch), "word char U+" + Integer.toHexString(c));
        assertEquals(Character.isLetter(ch), Chars.isLetter(ch), "letter U+" + Integer.toHexString(c));
        assertEquals(Character.toLowerCase(ch), Chars.toLower(ch), "lower case of U+" + Integer.toHexString(c));
      }
    }
  }

  @Test
  void wordStarts() {
    String s = "Bộ trưởng, ông Sơn";
    assertTrue(Chars.isWordStart(s, 0));
    assertFalse(Chars.isWordStart(s, 1));
    assertTrue(Chars.isWordStart(s, 3));
    assertTrue(Chars.isWordStart(s, 10), "after the comma: a space is no word char either");
    assertTrue(Chars.isWordStart(s, 11));
  }
}
