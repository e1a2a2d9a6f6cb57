package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backcare.domain.History;
import dev.backcare.domain.Phase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sessions logged up to the phase's times a day: how many are left, and "no more today". */
class SessionsLeftTest {

  @ParameterizedTest(name = "{0} a day, {1} logged, {2}: {3} left")
  @CsvSource({
      "8, 0, HOLD, 8, false",
      "8, 7, HOLD, 1, false",
      "8, 8, HOLD, 0, true",
      "2, 3, PROGRESS, 0, true",
      "1, 1, HOLD, 0, true",
      "1, 0, HOLD, 1, false",
      "2, 0, REST, 0, false",
      "2, 1, STOP, 0, false",
      "2, 2, CHECK_IN, 0, false"})
  void leftToday(int times, int logged, Decision decision, int left, boolean noMore) {
    boolean empty = decision == Decision.REST || decision == Decision.STOP
        || decision == Decision.CHECK_IN;
    List<Prescription> session = empty ? List.of() : Coach.startDoses(Story.LIBRARY,
        History.of(List.of()), Phase.INITIAL);
    Recommendation r = new Recommendation(Story.START, Optional.of(Story.START), Phase.INITIAL, 1,
        decision, List.of(), times, logged, session, Optional.empty(), Optional.empty());

    assertEquals(left, r.sessionsLeftToday());
    StringWriter text = new StringWriter();
    new TodayText(new PrintWriter(text), Story.LIBRARY.thresholds()).render(r, false);
    assertEquals(noMore, text.toString().contains("\nNo more today: you have done " + logged
        + " of up to " + times + (times == 1 ? " session" : " sessions") + " today; rest now.\n"),
        text::toString);
  }
}
