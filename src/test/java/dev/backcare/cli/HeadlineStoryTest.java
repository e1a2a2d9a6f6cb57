package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five weeks through the command line, with sessions above the ceiling and bad mornings: every
 * day the headline of `today` matches the doses `today --json` gives (never "Same again" when a
 * dose changes, nor "Step up" when one falls).
 */
class HeadlineStoryTest {
  static final LocalDate START = LocalDate.of(2026, 3, 2);
  @TempDir Path home;

  @Test
  void theHeadlineMatchesTheDosesEveryDay() {
    Harness h = new Harness(home, "Europe/Berlin");
    h.ok(START + "T06:00", "plan", "start");
    Set<String> seen = new HashSet<>();
    for (int day = 0; day < 35; day++) {
      String date = START.plusDays(day).toString();
      h.ok(date + "T07:00", "log", "pain", day % 6 == 4 ? "4" : "2");
      JsonNode t = h.today(date + "T07:05");
      String text = h.ok(date + "T07:05", "today", "--brief").out();
      String headline = text.lines().skip(2).findFirst().orElseThrow();
      seen.add(headline.substring(0, headline.indexOf(':')));
      boolean rose = false;
      boolean fell = false;
      for (JsonNode e : t.get("exercises")) {
        JsonNode amount = e.get(switch (e.get("kind").asText()) {
          case "repetitions" -> "reps";
          case "hold" -> "holdSeconds";
          default -> "durationSeconds";
        });
        if (!e.get("previous").isNull()) {
          rose |= amount.asInt() > e.get("previous").asInt();
          fell |= amount.asInt() < e.get("previous").asInt();
        }
      }
      String where = date + ":\n" + text + t;
      assertFalse(headline.startsWith("Same again") && (rose || fell), where);
      assertFalse(headline.startsWith("Step up") && fell, where);
      if (t.get("exercises").size() > 0) {
        h.ok(date + "T08:00", "log", "session", "--during", day % 9 == 5 ? "7" : "3");
      }
    }
    assertTrue(seen.containsAll(Set.of("Step up", "Same again", "Ease off")), seen.toString());
  }
}
