package io.github.doingoai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The published time is written as String.format wrote it, in whatever default locale. */
class ClockTest {

  @Test
  void sameAsTheFormatterInEveryLocale() {
    Locale saved = Locale.getDefault(Locale.Category.FORMAT);
    try {
      for (String tag : new String[] {"en-US", "vi-VN", "fr-FR", "th-TH-u-nu-thai", "ar-SA", "ar-EG", "hi-IN-u-nu-deva",
          "fa-IR", "zh-CN", "und"}) {
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag(tag));
        for (int h = 0; h < 24; h++) {
          for (String m : new String[] {"00", "05", "59"}) {
            assertEquals(String.format("%02d:%s", h, m), ArticleStructure.clock(h, m), tag + " " + h + ":" + m);
          }
        }
      }
    } finally {
      Locale.setDefault(Locale.Category.FORMAT, saved);
    }
  }
}
