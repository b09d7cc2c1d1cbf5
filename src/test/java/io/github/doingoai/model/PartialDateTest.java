package io.github.doingoai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
      "2021-12-13, 2021, 12, 13",
      "--04-26, , 4, 26",
      "2021-11, 2021, 11, ",
      "2018, 2018, , ",
      "--11, , 11, ",
      "--02-29, , 2, 29"})
  void writesAndParsesIsoForms(String iso, Integer year, Integer month, Integer day) {
    PartialDate d = PartialDate.of(year, month, day);
    assertEquals(iso, d.toString());
    assertEquals(d, PartialDate.parse(iso));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-29", "--02-30", "--04-31", "2021-13", "--00-10", "0000", "21-12-13", "--", "2021-1-5", ""})
  void rejectsWhatIsNoCalendarDate(String iso) {
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(iso));
  }

  @Test
  void aDayNeedsAMonthAndSomethingMustBeKnown() {
    assertThrows(IllegalArgumentException.class, () -> PartialDate.of(2021, null, 5));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.of(null, null, null));
    assertTrue(PartialDate.tryOf(2023, 2, 29).isEmpty());
    assertTrue(PartialDate.tryOf(2024, 2, 29).isPresent());
  }

  @Test
  void agreementIgnoresUnknownParts() {
    PartialDate yearless = PartialDate.parse("--04-26");
    assertTrue(yearless.agreesWith(PartialDate.parse("2021-04-26")));
    assertFalse(yearless.agreesWith(PartialDate.parse("2021-04-27")));
    assertEquals(PartialDate.parse("2021-04-26"), yearless.withYear(2021));
    assertEquals(yearless, PartialDate.parse("2021-04-26").withoutYear());
    assertFalse(yearless.isComplete());
    assertEquals(LocalDate.of(2021, 4, 26), yearless.withYear(2021).toLocalDate().orElseThrow());
  }

  @Property(tries = 300)
  void everyValidDateRoundTripsThroughItsIsoForm(
      @ForAll @IntRange(min = 1900, max = 2100) int year, @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 31) int day, @ForAll boolean withYear) {
    var d = PartialDate.tryOf(withYear ? year : null, month, day);
    boolean valid = withYear
        ? day <= java.time.YearMonth.of(year, month).lengthOfMonth()
        : day <= (month == 2 ? 29 : java.time.YearMonth.of(2001, month).lengthOfMonth());
    assertEquals(valid, d.isPresent());
    d.ifPresent(x -> assertEquals(x, PartialDate.parse(x.toString())));
  }

  /** Regression: String.format wrote the default locale's digits, Arabic-Indic under ar-SA. */
  @ParameterizedTest
  @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "hi-IN-u-nu-deva"})
  void isoFormIsAsciiWhateverTheDefaultLocale(String tag) {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag(tag));
      assertEquals("2025-04-06", PartialDate.of(LocalDate.of(2025, 4, 6)).toString());
      assertEquals("0987-11", PartialDate.tryOf(987, 11, null).orElseThrow().toString());
      assertEquals("--04-26", PartialDate.tryOf(null, 4, 26).orElseThrow().toString());
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}
