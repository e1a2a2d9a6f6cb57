package dev.backcare.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Category;
import dev.backcare.domain.DoseKind;
import dev.backcare.domain.DoseSpec;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import dev.backcare.domain.PhaseSpec;
import dev.backcare.domain.Range;
import dev.backcare.domain.Thresholds;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The library packed into backcare holds what DOMAIN.md asks for. */
class BundledLibraryTest {
  private static final Library LIBRARY = LibraryReader.bundled();

  @Test
  void loadsUnderItsBundledName() {
    assertEquals("exercises.yaml (bundled)", LIBRARY.source());
  }

  @Test
  void theFileAtTheProjectRootIsTheOneBundled() {
    Library file = LibraryReader.load(Path.of("exercises.yaml"));
    assertEquals(LIBRARY.ids(), file.ids());
    assertEquals(LIBRARY.thresholds(), file.thresholds());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "knee-rolls", "pelvic-tilt", "single-knee-hug", "double-knee-hug", "cat-camel",
      "hamstring-stretch", "childs-pose", "piriformis-stretch", "seated-forward-bend",
      "low-lunge", "cobra", "prone-press-up", "bridge", "bird-dog", "dead-bug",
      "abdominal-bracing", "knee-plank", "plank", "side-plank", "superman", "partial-sit-up",
      "walking", "swimming", "cycling"})
  void hasEachExerciseTheSeedsName(String id) {
    Exercise e = exercise(id);
    assertFalse(e.name().isBlank(), id + " name");
    assertFalse(e.position().isBlank(), id + " position");
    assertFalse(e.instructions().isBlank(), id + " instructions");
    assertFalse(e.cues().isEmpty(), id + " cues");
    e.cues().forEach(c -> assertFalse(c.isBlank(), id + " has a blank cue"));
    e.cautions().forEach(c -> assertFalse(c.isBlank(), id + " has a blank caution"));
    assertFalse(e.phases().isEmpty(), id + " phases");
  }

  @ParameterizedTest
  @CsvSource({
      "knee-rolls,          MOBILITY, REPETITIONS",
      "pelvic-tilt,         MOBILITY, REPETITIONS",
      "single-knee-hug,     MOBILITY, REPETITIONS",
      "double-knee-hug,     MOBILITY, REPETITIONS",
      "cat-camel,           MOBILITY, REPETITIONS",
      "hamstring-stretch,   STRETCH,  HOLD",
      "childs-pose,         STRETCH,  HOLD",
      "prone-press-up,      STRETCH,  REPETITIONS",
      "bridge,              STRENGTH, REPETITIONS",
      "bird-dog,            STRENGTH, REPETITIONS",
      "dead-bug,            STRENGTH, REPETITIONS",
      "knee-plank,          STRENGTH, HOLD",
      "plank,               STRENGTH, HOLD",
      "side-plank,          STRENGTH, HOLD",
      "walking,             CARDIO,   MINUTES",
      "swimming,            CARDIO,   MINUTES",
      "cycling,             CARDIO,   MINUTES"})
  void categoryAndDoseKind(String id, Category category, DoseKind kind) {
    assertEquals(category, exercise(id).category(), id);
    assertEquals(kind, exercise(id).dose().kind(), id);
  }

  /** DOMAIN.md: knee rolls hold 3 s, pelvic tilt 2 s, knee hug 5 s each leg, bird dog 5 s... */
  @ParameterizedTest
  @CsvSource({
      "knee-rolls,      3, false",
      "pelvic-tilt,     2, false",
      "single-knee-hug, 5, true",
      "bird-dog,        5, true",
      "dead-bug,        2, true"})
  void repetitionHolds(String id, int holdSeconds, boolean perSide) {
    DoseSpec dose = exercise(id).dose();
    assertEquals(holdSeconds, dose.holdSeconds(), id);
    assertEquals(perSide, dose.perSide(), id);
  }

  @ParameterizedTest
  @CsvSource({
      "hamstring-stretch, 30",
      "childs-pose,       30",
      "knee-plank,        45",
      "plank,             60"})
  void timedHoldsBuildToDomainTargets(String id, int targetSeconds) {
    assertEquals(targetSeconds, exercise(id).dose().seconds().target(), id);
  }

  @Test
  void walkingBuildsTowardThirtyMinutes() {
    assertEquals(30, exercise("walking").dose().minutes().target());
  }

  @Test
  void kneeHugProgressesToTheDoubleKneeHug() {
    assertEquals(Optional.of("double-knee-hug"), exercise("single-knee-hug").progression());
    assertEquals(Optional.of("single-knee-hug"), exercise("double-knee-hug").regression());
  }

  @Test
  void plankProgressionRunsKneePlankPlankSidePlank() {
    assertEquals(Optional.of("plank"), exercise("knee-plank").progression());
    assertEquals(Optional.of("side-plank"), exercise("plank").progression());
    assertEquals(Optional.of("knee-plank"), exercise("plank").regression());
    assertEquals(Optional.of("plank"), exercise("side-plank").regression());
  }

  @Test
  void initialPhase() {
    PhaseSpec p = LIBRARY.phase(Phase.INITIAL);
    assertEquals(1, p.fromWeek());
    assertEquals(OptionalInt.of(2), p.toWeek());
    assertEquals(new Range(2, 3), p.reps());
  }

  @Test
  void buildingPhase() {
    PhaseSpec p = LIBRARY.phase(Phase.BUILDING);
    assertEquals(3, p.fromWeek());
    assertEquals(OptionalInt.of(4), p.toWeek());
    assertEquals(2, p.sets());
    assertEquals(8, p.reps().start());
    assertEquals(60, p.restSeconds());
  }

  @Test
  void maintenancePhase() {
    PhaseSpec p = LIBRARY.phase(Phase.MAINTENANCE);
    assertEquals(5, p.fromWeek());
    assertEquals(OptionalInt.empty(), p.toWeek());
    assertEquals(2, p.sets());
    assertEquals(15, p.reps().target());
  }

  @Test
  void eachPhaseListsOnlyExercisesMarkedForIt() {
    for (PhaseSpec p : LIBRARY.phases()) {
      assertFalse(p.exercises().isEmpty(), p.phase().id());
      for (String id : p.exercises()) {
        assertTrue(exercise(id).fits(p.phase()), id + " in " + p.phase().id());
      }
    }
  }

  @Test
  void thresholds() {
    Thresholds t = LIBRARY.thresholds();
    assertEquals(5, t.painCeiling());
    assertEquals(10, t.weeklyVolumeCapPercent());
    assertEquals(3, t.daysBetweenProgressions());
    assertEquals(6, t.restAfterTrainingDays());
    assertEquals(6, t.noImprovementWeeks());
  }

  @ParameterizedTest
  @CsvSource({"1, INITIAL", "2, INITIAL", "3, BUILDING", "4, BUILDING", "5, MAINTENANCE",
      "52, MAINTENANCE"})
  void phaseForWeek(int week, Phase phase) {
    assertEquals(phase, LIBRARY.phaseForWeek(week).phase());
  }

  private static Exercise exercise(String id) {
    return LIBRARY.exercise(id).orElseThrow(() -> new AssertionError("no exercise " + id));
  }
}
