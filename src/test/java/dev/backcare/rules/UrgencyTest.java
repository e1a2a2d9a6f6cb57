package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every stop sign means stop; how soon to get help follows the most urgent open one, and the text
 * of `today` leads with it.
 */
class UrgencyTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # signs logged (day 1, in this order) | urgency          | the sign named  | advice begins
      numbness                              | SEE_PROFESSIONAL | numbness        | Stop exercising and see a doctor or physiotherapist
      tingling                              | SEE_PROFESSIONAL | tingling        | Stop exercising
      weakness                              | SEE_PROFESSIONAL | weakness        | Stop exercising
      leg-pain                              | SEE_PROFESSIONAL | leg-pain        | Stop exercising
      severe-pain                           | SEE_PROFESSIONAL | severe-pain     | Stop exercising
      worsening                             | SEE_PROFESSIONAL | worsening       | Stop exercising
      night-pain                            | SEE_PROFESSIONAL | night-pain      | Stop exercising
      new-symptom                           | SEE_PROFESSIONAL | new-symptom     | Stop exercising
      trauma                                | SEE_PROFESSIONAL | trauma          | Stop exercising
      fever                                 | SEE_PROFESSIONAL | fever           | See a doctor urgently
      weight-loss                           | SEE_PROFESSIONAL | weight-loss     | See a doctor urgently
      saddle-numbness                       | EMERGENCY        | saddle-numbness | This is an emergency
      both-legs                             | EMERGENCY        | both-legs       | This is an emergency
      bladder-bowel                         | EMERGENCY        | bladder-bowel   | This is an emergency
      tingling fever                        | SEE_PROFESSIONAL | fever           | See a doctor urgently
      bladder-bowel tingling                | EMERGENCY        | bladder-bowel   | This is an emergency
      tingling numbness                     | SEE_PROFESSIONAL | numbness        | Stop exercising
      """)
  void anOpenStopSignMeansStopWithTheUrgencyOfTheMostUrgent(String signs, Urgency urgency,
      String named, String advice) {
    Story story = Story.named(signs).plan().days(0, 0, 2, 3).checkIn(1, 2);
    for (String id : signs.split(" ")) {
      story.symptom(1, StopSign.fromId(id).orElseThrow());
    }
    Recommendation r = story.on(1, java.time.LocalTime.of(13, 0));

    assertEquals(Decision.STOP, r.decision());
    assertEquals(List.of(), r.exercises());
    assertEquals(Optional.of(urgency), r.urgency());
    String message = r.reasons().get(0).message();
    StopSign sign = StopSign.fromId(named).orElseThrow();
    assertTrue(message.startsWith("you logged " + sign.description() + " on 2026-03-03. "
        + advice), message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # urgency        | open sign     | rules that fired           | first line
      -                | -             | progress                   | -
      EMERGENCY        | bladder-bowel | red-flag                   | URGENT: get emergency medical care now (a change in bladder or bowel control).
      SEE_PROFESSIONAL | tingling      | red-flag                   | Get checked: see a doctor or physiotherapist soon (tingling down the legs).
      SEE_PROFESSIONAL | fever         | red-flag                   | Get checked: see a doctor urgently, today if you can (a fever with back pain).
      SEE_PROFESSIONAL | -             | progress no-improvement    | Get checked: see a doctor or physiotherapist soon (the no-improvement rule, below).
      SEE_PROFESSIONAL | -             | acute pain-ceiling         | Get checked: see a doctor or physiotherapist soon (the acute and pain-ceiling rules, below).
      SEE_PROFESSIONAL | -             | progress                   | Get checked: see a doctor or physiotherapist soon (see below).
      """)
  void theTextLeadsWithHowSoonToGetHelpAndWhy(Urgency urgency, String sign, String rules,
      String line) {
    List<Reason> reasons = new ArrayList<>();
    for (String id : rules.split(" ")) {
      for (Rule rule : Rule.values()) {
        if (rule.id().equals(id)) {
          reasons.add(new Reason(rule, "why"));
        }
      }
    }
    Recommendation r = new Recommendation(LocalDate.of(2026, 3, 3), Optional.empty(),
        Phase.INITIAL, 1, Decision.STOP, reasons, 8, 0, List.of(), Optional.empty(),
        Optional.ofNullable(urgency));

    assertEquals(Optional.ofNullable(line), TodayText.urgency(r,
        sign == null ? Optional.empty() : StopSign.fromId(sign)));
  }
}
