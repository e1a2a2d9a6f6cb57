package dev.backcare.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LocalZone answers from java.util.TimeZone's table where it can; every answer must be the one
 * java.time's zone gives, in every zone, around every change of the clocks from 1890 to 2045.
 */
class LocalZoneTest {
  private static final Instant FIRST = Instant.parse("1890-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("2045-01-01T00:00:00Z");
  /** Seconds either side of each change: at it, just by it, an hour, and past the 18 hours. */
  private static final long[] AROUND = {0, 1, 59, 1800, 3600, 7200, 86399 / 2, 64800, 64801,
      90000};

  /** Every zone name java.time and the table both know. */
  static List<String> zones() {
    List<String> out = new ArrayList<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (TimeZone.getTimeZone(id).getID().equals(id)) {
        out.add(id);
      }
    }
    out.sort(null);
    return out;
  }

  @ParameterizedTest
  @MethodSource("zones")
  void agreesWithJavaTimeAroundEveryChangeOfTheClocks(String id) {
    LocalZone zone = LocalZone.of(id);
    ZoneId z = ZoneId.of(id);
    assertEquals(z, zone.zone());
    ZoneRules rules = z.getRules();
    List<Instant> instants = new ArrayList<>();
    List<LocalDateTime> locals = new ArrayList<>();
    for (ZoneOffsetTransition t = rules.nextTransition(FIRST);
        t != null && t.getInstant().isBefore(LAST); t = rules.nextTransition(t.getInstant())) {
      for (long s : AROUND) {
        instants.add(t.getInstant().plusSeconds(s));
        instants.add(t.getInstant().minusSeconds(s));
        for (LocalDateTime wall : List.of(t.getDateTimeBefore(), t.getDateTimeAfter())) {
          locals.add(wall.plusSeconds(s));
          locals.add(wall.minusSeconds(s));
        }
      }
    }
    for (int year = 1890; year <= 2045; year += 5) {
      for (int month = 1; month <= 12; month += 3) {
        locals.add(LocalDateTime.of(year, month, 1, 0, 0));
      }
    }
    for (LocalDateTime l : locals) {
      instants.add(l.toInstant(java.time.ZoneOffset.UTC));
    }
    for (Instant i : instants) {
      assertEquals(rules.getOffset(i), zone.offsetAt(i), () -> id + " offset at " + i);
      assertEquals(i.atZone(z).toOffsetDateTime(), zone.at(i), () -> id + " at " + i);
    }
    for (LocalDateTime l : locals) {
      assertEquals(l.atZone(z).toInstant(), zone.instantOf(l), () -> id + " instant of " + l);
      LocalDate d = l.toLocalDate();
      assertEquals(d.atStartOfDay(z).toInstant(), zone.startOf(d), () -> id + " start of " + d);
    }
  }

  /** The zone TZ named before LocalZone: java.time's, else the system's. */
  private static ZoneId javaTimes(String tz) {
    if (tz != null && !tz.isBlank()) {
      try {
        return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
      } catch (DateTimeException e) {
        // the system's
      }
    }
    return ZoneId.systemDefault();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"Europe/Berlin", ":Europe/Berlin", "America/New_York", "UTC", "GMT",
      "Etc/UTC", "Etc/GMT+5", "Z", "+01:00", "UTC+01:00", "GMT-3", "EST", "CET", "PST8PDT",
      "Nowhere/Atlantis", "nonsense", "Europe/berlin", "/Europe/Berlin", " ", ""})
  void namesTheZoneJavaTimeWould(String tz) {
    LocalZone zone = LocalZone.of(tz);
    assertEquals(javaTimes(tz), zone.zone());
    assertEquals(javaTimes(tz).getId(), zone.id());
    Instant i = Instant.parse("2026-03-29T00:30:00Z");
    assertEquals(javaTimes(tz).getRules().getOffset(i), zone.offsetAt(i));
  }
}
