package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backcare.domain.Exercise;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The headline's words match the doses: what changed decides, not only the rules' decision. */
class HeadlineWordsTest {
  static final Exercise KNEE_ROLLS = Story.LIBRARY.exercise("knee-rolls").orElseThrow();

  /** Doses written as "3", or "3<2" (3, was 2). */
  static List<Prescription> doses(String text) {
    List<Prescription> out = new ArrayList<>();
    for (String dose : text.isBlank() ? new String[0] : text.strip().split(" ")) {
      String[] parts = dose.split("<");
      out.add(new Prescription(KNEE_ROLLS, 1, Integer.parseInt(parts[0]), 0,
          parts.length > 1 ? OptionalInt.of(Integer.parseInt(parts[1])) : OptionalInt.empty()));
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # decision | doses (now<was) | phase rule fired | headline
      PROGRESS   | 3<2 2           | false            | Step up: a little more than before.
      PROGRESS   | 3<2 1<2         | false            | Ease off: a lighter session today.
      PROGRESS   | 2 2             | false            | Same again: the doses stay as they are.
      PROGRESS   | 8 8             | true             | Step up: a little more than before.
      PROGRESS   | 8<9 8           | true             | Ease off: a lighter session today.
      HOLD       | 2 2             | false            | Same again: the doses stay as they are.
      HOLD       | 2<3 2           | false            | Ease off: a lighter session today.
      HOLD       | 3<2 2           | false            | Step up: a little more than before.
      HOLD       | 2<2 2           | false            | Same again: the doses stay as they are.
      REDUCE     | 1<2             | false            | Ease off: a lighter session today.
      REDUCE     | 2 2             | false            | Ease off: a lighter session today.
      START      | 2 2             | false            | Start gently: here is your first session.
      REST       | ' '             | false            | Rest day: no exercises today.
      STOP       | ' '             | false            | STOP: do not exercise. See a professional.
      """)
  void theHeadlineSaysWhatChanged(Decision decision, String doses, boolean phaseRule,
      String headline) {
    assertEquals(headline,
        TodayText.headline(TodayText.wording(decision, doses(doses), phaseRule)));
  }
}
