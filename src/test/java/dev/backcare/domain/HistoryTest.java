package dev.backcare.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A session's stop signs are open stop signs, exactly as symptom entries at its time are. */
class HistoryTest {
  static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
  static final Session WITH_SIGNS = new Session("s1", AT, Phase.INITIAL,
      List.of(new Performed("knee-rolls", 1, 2, false)), 3, OptionalInt.empty(),
      OptionalInt.empty(), Optional.empty(), List.of(StopSign.TINGLING, StopSign.WEAKNESS));

  @Test
  void aSessionsStopSignsAreOpenSymptomsWithItsIdAndTime() {
    History h = History.of(List.of(WITH_SIGNS));

    assertEquals(List.of(new Symptom("s1", AT, StopSign.TINGLING, Optional.empty()),
        new Symptom("s1", AT, StopSign.WEAKNESS, Optional.empty())), h.openSymptoms());
  }

  @Test
  void aLaterClearingClosesThem() {
    History h = History.of(List.of(WITH_SIGNS,
        new Cleared("c1", AT.plusHours(1), Optional.empty())));

    assertEquals(List.of(), h.openSymptoms());
  }

  @Test
  void voidingTheSessionVoidsItsStopSigns() {
    History h = History.of(List.of(WITH_SIGNS,
        new Correction("v1", AT.plusMinutes(1), "s1", Optional.empty())));

    assertEquals(List.of(), h.openSymptoms());
    assertEquals(List.of(), h.sessions());
  }

  @Test
  void aClearingBeforeTheSessionDoesNotCloseThem() {
    History h = History.of(List.of(new Cleared("c1", AT.minusHours(1), Optional.empty()),
        WITH_SIGNS));

    assertEquals(2, h.openSymptoms().size());
  }
}
