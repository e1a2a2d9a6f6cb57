package dev.backcare.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanStart;
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

  /**
   * Just before a session: what came before it in the same second (a plan start, a check-in)
   * counts; the session, what ranks after it (a stop sign) and what is later does not.
   */
  @Test
  void justBeforeASessionKeepsWhatCameFirstInTheSameSecond() {
    PlanStart plan = new PlanStart("p1", AT, AT.toLocalDate(), List.of());
    CheckIn morning = new CheckIn("c1", AT, 2, Optional.empty());
    Session session = new Session("s2", AT, Phase.INITIAL,
        List.of(new Performed("knee-rolls", 1, 2, false)), 3, OptionalInt.empty(),
        OptionalInt.empty(), Optional.empty(), List.of());
    Symptom sign = new Symptom("y1", AT, StopSign.TINGLING, Optional.empty());
    Session later = new Session("s1", AT.plusSeconds(1), Phase.INITIAL, session.exercises(), 2,
        OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), List.of());
    // In the file after the session: time order, not the file's, decides.
    History h = History.of(List.of(session, later, sign, morning, plan));

    History before = h.before(session);
    assertEquals(Optional.of(plan), before.planStart());
    assertEquals(List.of(morning), before.checkInsOn(AT.toLocalDate()));
    assertEquals(List.of(), before.sessionsOn(AT.toLocalDate()));
    assertEquals(List.of(), before.sessions());
    assertEquals(List.of(), before.openSymptoms());
    assertEquals(List.of(plan, morning), before.events());
    // A nanosecond before the session, as the report cut it, leaves out the plan and check-in.
    assertEquals(Optional.empty(), h.until(AT.toInstant().minusNanos(1)).planStart());
    // Just before the later session: the first session and the stop sign count.
    assertEquals(List.of(session), h.before(later).sessionsOn(AT.toLocalDate()));
    assertEquals(List.of(sign), h.before(later).openSymptoms());
    assertEquals(List.of(plan, morning), h.before(session).until(AT.toInstant()).events());
  }
}
