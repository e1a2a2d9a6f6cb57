package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.BackcareException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WhenTest {
  /** Wednesday 11 March 2026, 20:15 in Berlin. */
  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2026, 3, 11, 20, 15, 0, 0, ZoneId.of("Europe/Berlin"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "8am                    | 2026-03-11T08:00",
      "8 AM                   | 2026-03-11T08:00",
      "8:10pm                 | 2026-03-11T20:10",
      "12am                   | 2026-03-11T00:00",
      "12pm                   | 2026-03-11T12:00",
      "18:30                  | 2026-03-11T18:30",
      "7:05                   | 2026-03-11T07:05",
      "today 9:00             | 2026-03-11T09:00",
      "yesterday              | 2026-03-10T20:15",
      "yesterday 18:00        | 2026-03-10T18:00",
      "Yesterday at 6pm       | 2026-03-10T18:00",
      "yesterday, 6pm         | 2026-03-10T18:00",
      "2 days ago             | 2026-03-09T20:15",
      "1 day ago 7am          | 2026-03-10T07:00",
      "3 hours ago            | 2026-03-11T17:15",
      "90 min ago             | 2026-03-11T18:45",
      "monday 9:00            | 2026-03-09T09:00",
      "mon 9:00               | 2026-03-09T09:00",
      "wednesday 8am          | 2026-03-11T08:00",
      "last wednesday 8am     | 2026-03-04T08:00",
      "thursday               | 2026-03-05T20:15",
      "2026-03-02 08:30       | 2026-03-02T08:30",
      "2026-03-02T08:30       | 2026-03-02T08:30",
      "2026-03-02T08:30+01:00 | 2026-03-02T08:30",
      "2026-03-02T07:30Z      | 2026-03-02T08:30",
  })
  void readsTheFormsPeopleType(String text, LocalDateTime expected) {
    assertEquals(expected, When.parse(text, NOW).atZoneSameInstant(NOW.getZone())
        .toLocalDateTime());
  }

  @ParameterizedTest
  @ValueSource(strings = {"8", "20", "8:75", "13pm", "0am", "tomorrow", "mondays", "mo 9:00",
      "next monday", "03/04", "2026-03-02 8", "yesterday yesterday", "", "8 o'clock", "ago"})
  void refusesWhatItWouldHaveToGuess(String text) {
    BackcareException e = assertThrows(BackcareException.class, () -> When.parse(text, NOW));
    assertTrue(e.getMessage().contains("8am, 18:30, yesterday"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "21:00           | for yesterday, write --at \"yesterday 21:00\"",
      "9pm             | for yesterday, write --at \"yesterday 9pm\"",
      "wednesday 21:00 | (it is now 2026-03-11T20:15)",
  })
  void aTimeLaterTodayIsRefusedAsTheFuture(String text, String tail) {
    BackcareException e = assertThrows(BackcareException.class, () -> When.parse(text, NOW));
    assertTrue(e.getMessage().contains("is in the future"), e.getMessage());
    assertTrue(e.getMessage().endsWith(tail), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"400 days ago", "2025-03-11 08:00"})
  void refusesMoreThanAYearBack(String text) {
    BackcareException e = assertThrows(BackcareException.class, () -> When.parse(text, NOW));
    assertTrue(e.getMessage().contains("more than a year ago"), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void aTimeInTheSpringGapMovesForward() {
    ZonedDateTime sunday = ZonedDateTime.of(2026, 3, 29, 12, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    assertEquals(LocalDateTime.parse("2026-03-29T03:30"),
        When.parse("2:30", sunday).atZoneSameInstant(sunday.getZone()).toLocalDateTime());
  }

  @org.junit.jupiter.api.Test
  void aRefusalIsOneLineWhateverWasTyped() {
    BackcareException e = assertThrows(BackcareException.class,
        () -> When.parse("8\n\u001b[31mred", NOW));
    assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("\u001b"),
        e.getMessage());
  }
}
