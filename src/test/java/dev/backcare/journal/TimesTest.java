package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The journal's quick time reader agrees with java.time's ISO parser on every text. */
class TimesTest {

  /** Texts shaped like the journal's times, with any digits: many are not valid times. */
  @Provide
  Arbitrary<String> timeLike() {
    Arbitrary<String> two = digits(2);
    Arbitrary<String> year = digits(4);
    Arbitrary<String> zone = Arbitraries.oneOf(Arbitraries.just("Z"),
        Combinators.combine(Arbitraries.of("+", "-", "x"), two, two)
            .as((s, h, m) -> s + h + ":" + m),
        Arbitraries.of("+01:00", "-05:00", "+18:00", "-18:00", "+14:00", "-00:00", "+01",
            "+0100", "+01:00:00", ""));
    return Combinators.combine(year, two, two, two, two, two, zone)
        .as((y, mo, d, h, mi, s, z) -> y + "-" + mo + "-" + d + "T" + h + ":" + mi + ":" + s + z);
  }

  @Property(tries = 3000, seed = "20260302")
  void quickReadsWhatTheIsoParserReads(@ForAll("timeLike") String text) {
    OffsetDateTime quick = Times.quick(text);
    OffsetDateTime iso;
    try {
      iso = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      assertNull(quick, text);
      return;
    }
    if (quick != null) {
      assertEquals(iso, quick, text);
    }
  }

  /** A fixed "now" as BACKCARE_NOW gives it, with or without seconds, with any digits. */
  @Provide
  Arbitrary<String> localLike() {
    Arbitrary<String> two = digits(2);
    Arbitrary<String> year = digits(4);
    Arbitrary<String> seconds = Arbitraries.oneOf(Arbitraries.just(""), two.map(s -> ":" + s),
        Arbitraries.of(":5", ":00.5", "Z", "+01:00", " "));
    return Combinators.combine(year, two, two, two, two, seconds)
        .as((y, mo, d, h, mi, s) -> y + "-" + mo + "-" + d + "T" + h + ":" + mi + s);
  }

  @Property(tries = 3000, seed = "20260302")
  void quickLocalReadsWhatTheIsoParserReads(@ForAll("localLike") String text) {
    java.time.LocalDateTime iso = isoOrNull(java.time.LocalDateTime::parse, text);
    java.time.LocalDateTime quick = Times.quickLocal(text);
    if (iso == null) {
      assertNull(quick, text);
    } else if (text.length() == 16 || text.length() == 19) {
      assertEquals(iso, quick, text);
    }
  }

  /** A plan's start date, with any digits, and some near misses. */
  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> two = digits(2);
    Arbitrary<String> year = digits(4);
    Arbitrary<String> tail = Arbitraries.of("", "", "", " ", "T08:00", "Z", "0");
    return Combinators.combine(year, two, two, tail)
        .as((y, mo, d, t) -> y + "-" + mo + "-" + d + t);
  }

  @Property(tries = 3000, seed = "20260302")
  void quickDateReadsWhatTheIsoParserReads(@ForAll("dateLike") String text) {
    assertEquals(isoOrNull(java.time.LocalDate::parse, text), Times.quickDate(text), text);
  }

  private static Arbitrary<String> digits(int length) {
    return Arbitraries.strings().withChars("0123456789").ofLength(length);
  }

  /** What java.time's ISO parser makes of {@code text}, or null where it refuses it. */
  private static <T> T isoOrNull(java.util.function.Function<String, T> parse, String text) {
    try {
      return parse.apply(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Property(tries = 1000, seed = "20260302")
  void everyLocalTimeIsReadQuickly(@ForAll("written") OffsetDateTime t) {
    java.time.LocalDateTime local = t.toLocalDateTime();
    if (local.getYear() >= 0 && local.getYear() <= 9999) {
      assertEquals(local, Times.quickLocal(local.toString()), local.toString());
    }
  }

  @Property(tries = 1000, seed = "20260302")
  void everyTimeBackcareWritesIsReadQuickly(@ForAll("written") OffsetDateTime t) {
    String text = Times.format(t);
    assertNotNull(Times.quick(text), text);
    assertEquals(t, Times.parse(text));
  }

  @Provide
  Arbitrary<OffsetDateTime> written() {
    return Combinators.combine(Arbitraries.longs().between(-62_000_000_000L, 250_000_000_000L),
        Arbitraries.integers().between(-18 * 4, 18 * 4))
        .as((s, q) -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(s),
            ZoneOffset.ofTotalSeconds(q * 900)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-29T08:00:00+01:00", "2026-04-31T08:00:00+01:00",
      "2026-03-02T24:00:00+01:00", "2026-03-02T08:60:00+01:00", "2026-03-02T08:00:60Z",
      "2026-03-02T08:00:00+19:00", "2026-03-02T08:00:00", "2026-03-02 08:00:00+01:00"})
  void wrongTimesAreRefused(String text) {
    assertNull(Times.quick(text));
    assertThrows(EventCodec.BadLine.class, () -> Times.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-02T08:30+01:00", "2026-03-02T08:30:00.5+01:00",
      "2024-02-29T08:00:00Z", "2026-03-02T08:00:00-00:00"})
  void otherIsoFormsAreStillRead(String text) {
    assertEquals(OffsetDateTime.parse(text), Times.parse(text));
  }
}
