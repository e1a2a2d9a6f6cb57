package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcare.domain.StopSign;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `backcare log` with no arguments, and `plan start`'s questions, driven in a real terminal (tmux)
 * as a person would: type, press Tab and Enter, read the screen. Needs tmux (.ci/run installs it).
 * The journal before each conversation is written through the command line in-process
 * ({@link Harness}).
 */
class InteractiveLogIT {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  Path journal;
  Harness h;

  @BeforeEach
  void journalWithAPlan() {
    journal = dir.resolve("journal.jsonl");
    h = new Harness(dir, "UTC");
    h.env.put("BACKCARE_JOURNAL", journal.toString());
    ok("2026-03-02T07:00", "plan", "start");
  }

  Harness.Result ok(String now, String... args) {
    Harness.Result r = h.run(now, args);
    assertEquals(0, r.exit(), () -> String.join(" ", args) + " failed: " + r.err());
    return r;
  }

  /** The packaged program in a tmux session at {@code now}, on the test's journal. */
  Terminal backcare(String now, String args) throws Exception {
    String name = "backcare-" + args.replace(' ', '-') + "-" + ProcessHandle.current().pid()
        + "-" + System.nanoTime();
    return Terminal.start(name, dir, "env BACKCARE_JOURNAL=" + journal + " BACKCARE_NOW=" + now
        + " TZ=UTC " + Path.of(System.getProperty("java.home"), "bin", "java") + " -jar "
        + Path.of("target/backcare.jar").toAbsolutePath() + " " + args);
  }

  /**
   * The prompts that offer today's prescription, as `today --json` gives it at {@code now} on
   * {@code file}: the exercise ids, then each exercise's sets x amount.
   */
  List<String> prescribedPrompts(Path file, String now) throws Exception {
    Map<String, String> env = new HashMap<>(h.env);
    env.put("BACKCARE_JOURNAL", file.toString());
    env.put("BACKCARE_NOW", now);
    JsonNode today = JSON.readTree(h.run(env, "today", "--json").out());
    List<String> ids = new ArrayList<>();
    List<String> prompts = new ArrayList<>();
    for (JsonNode e : today.get("exercises")) {
      String id = e.get("id").asText();
      ids.add(id);
      int sets = e.get("sets").asInt();
      prompts.add(switch (e.get("kind").asText()) {
        case "repetitions" -> id + ", sets x reps [" + sets + "x" + e.get("reps").asInt() + "]:";
        case "hold" -> id + ", sets x seconds [" + sets + "x" + e.get("holdSeconds").asInt()
            + "s]:";
        default -> id + ", sets x minutes [" + sets + "x"
            + e.get("durationSeconds").asInt() / 60 + "m]:";
      });
    }
    prompts.add(0, "Exercises you did [" + String.join(" ", ids) + "]:");
    return prompts;
  }

  /** Takes every offered default, answers the pains, and says no to each stop sign but one. */
  static String takeTheDefaults(Terminal t, List<String> prompts, String during,
      StopSign yes) throws Exception {
    for (String prompt : prompts) {
      t.waitFor(prompt);
      t.answer("");
    }
    return answerTheRest(t, during, "2", yes == null ? "" : yes.id(), "");
  }

  /** Answers the questions after the doses: pain during and now, stop signs, a note. */
  static String answerTheRest(Terminal t, String during, String now, String signs, String note)
      throws Exception {
    answerTheQuestions(t, during, now, signs, note);
    return t.waitFor("Save this? (Y/n):");
  }

  /** Answers pain during and now, the stop signs and the note. */
  static void answerTheQuestions(Terminal t, String during, String now, String signs,
      String note) throws Exception {
    t.waitFor("Worst pain during the session (0-10):");
    t.answer(during);
    t.waitFor(LogPrompts.PAIN_NOW + " (Enter to skip):");
    t.answer(now);
    t.waitFor(LogPrompts.STOP_SIGNS);
    t.answer(signs);
    t.waitFor(LogPrompts.NOTE + ":");
    t.answer(note);
  }

  List<String> lines() throws Exception {
    return Files.readAllLines(journal);
  }

  @Test
  void offersTodaysReducedDoseReasksABadPainAndSavesOneLine() throws Exception {
    ok("2026-03-02T07:01", "log", "pain", "2");
    ok("2026-03-02T08:00", "log", "session", "--during", "7");
    List<String> prompts = prescribedPrompts(journal, "2026-03-02T09:00");
    assertEquals(List.of("Exercises you did [knee-rolls pelvic-tilt]:",
        "knee-rolls, sets x reps [1x1]:", "pelvic-tilt, sets x reps [1x1]:"), prompts,
        "above the ceiling, today's dose is reduced from 1x2");
    List<String> before = lines();
    try (Terminal t = backcare("2026-03-02T09:00", "log")) {
      for (String prompt : prompts) {
        t.waitFor(prompt);
        t.answer("");
      }
      t.waitFor("Worst pain during the session (0-10):");
      t.answer("11");
      t.waitFor("Please answer with a whole number from 0 (none) to 10 (worst imaginable).");
      t.answer("3");
      t.waitFor(LogPrompts.PAIN_NOW + " (Enter to skip):");
      t.answer("2");
      t.waitFor(LogPrompts.STOP_SIGNS);
      t.answer("tingle, numb");
      t.waitFor("Not a stop sign: tingle, numb.");
      t.answer("");
      t.waitFor(LogPrompts.NOTE + ":");
      t.answer("");
      String summary = t.waitFor("Save this? (Y/n):");
      assertTrue(summary.contains("knee-rolls  1 x 1\n  pelvic-tilt  1 x 1\n"
          + "  worst pain during 3, pain now 2\n"), summary);
      assertEquals(before, lines(), "nothing written before confirming");
      t.answer("y");
      String done = t.waitFor("EXIT=");
      assertTrue(done.contains("Saved session"), done);
      assertTrue(done.contains("Up to 6 more sessions today; for the doses, run: backcare today\n"
          + "Tomorrow morning, before you train, log how your back feels: backcare log pain N\n"),
          done);
      assertTrue(done.contains("EXIT=0"), done);
    }
    List<String> after = lines();
    assertEquals(before, after.subList(0, before.size()));
    assertEquals(before.size() + 1, after.size(), "one line appended");
    String line = after.get(after.size() - 1);
    assertTrue(line.contains("\"exercises\":[{\"id\":\"knee-rolls\",\"sets\":1,\"reps\":1},"
        + "{\"id\":\"pelvic-tilt\",\"sets\":1,\"reps\":1}],\"during\":3,\"after\":2}"), line);
  }

  @Test
  void onceAWeekItAsksTheFunctionScoresAndSavesThemWithTheSession() throws Exception {
    ok("2026-03-02T07:01", "function", "putting on socks=3", "walking 30 min=4");
    ok("2026-03-09T07:01", "log", "pain", "2");
    List<String> before = lines();
    try (Terminal t = backcare("2026-03-09T09:00", "log")) {
      for (String prompt : prescribedPrompts(journal, "2026-03-09T09:00")) {
        t.waitFor(prompt);
        t.answer("");
      }
      answerTheQuestions(t, "3", "", "", "");
      String asked = t.waitFor(LogPrompts.FUNCTION + ":");
      assertTrue(asked.contains("0 (unable) to 10 (as before)?\n"
          + "  putting on socks, walking 30 min\n"), asked);
      t.answer("5");
      t.waitFor("you rate 2 activities");
      t.answer("5 11");
      t.waitFor("must be a whole number 0-10");
      t.answer("5, 6");
      String summary = t.waitFor("Save this? (Y/n):");
      assertTrue(summary.contains("  function: putting on socks 5, walking 30 min 6\n"), summary);
      assertEquals(before, lines(), "nothing written before confirming");
      t.answer("y");
      String done = t.waitFor("EXIT=");
      assertTrue(done.contains("Mean score 5.5, up 2.0 from your first rating on 2026-03-02"
          + " (3.5): a meaningful improvement."), done);
      assertTrue(done.contains("EXIT=0"), done);
    }
    List<String> after = lines();
    assertEquals(before.size() + 2, after.size(), "the session and the rating, in one write");
    assertTrue(after.get(after.size() - 2).contains("\"type\":\"session\""), after.toString());
    assertTrue(after.get(after.size() - 1).contains("\"type\":\"function\"") && after
        .get(after.size() - 1).contains("\"scores\":[{\"activity\":\"putting on socks\","
            + "\"score\":5},{\"activity\":\"walking 30 min\",\"score\":6}]"), after.toString());

    // Rated this week: the next session is not asked again, and Enter would have skipped it.
    try (Terminal t = backcare("2026-03-09T12:00", "log")) {
      String summary = takeTheDefaults(t, prescribedPrompts(journal, "2026-03-09T12:00"), "3",
          null);
      assertTrue(!summary.contains(LogPrompts.FUNCTION), summary);
      t.answer("y");
      assertTrue(t.waitFor("EXIT=").contains("EXIT=0"));
    }
  }

  @Test
  void tabCompletesAndAnExerciseNotPrescribedHasNoDefaultDose() throws Exception {
    ok("2026-03-02T07:01", "log", "pain", "2");
    try (Terminal t = backcare("2026-03-02T09:00", "log")) {
      t.waitFor("Exercises you did [knee-rolls pelvic-tilt]:");
      t.type("knee-rolls cat-c");
      t.press("Tab");
      t.waitFor("cat-camel");
      t.press("Enter");
      t.waitFor("knee-rolls, sets x reps [1x2]:");
      t.answer("1x3");
      t.waitFor("cat-camel, sets x reps (not in today's session):");
      t.answer("");
      t.waitFor("Type what you did, such as 1x3.");
      t.answer("1x2");
      String summary = answerTheRest(t, "4", "2", "", "");
      assertTrue(summary.contains("knee-rolls  1 x 3\n  cat-camel  1 x 2\n"), summary);
      t.answer("");
      assertTrue(t.waitFor("EXIT=").contains("EXIT=0"));
    }
    String line = lines().get(lines().size() - 1);
    assertTrue(line.contains("\"exercises\":[{\"id\":\"knee-rolls\",\"sets\":1,\"reps\":3}"
        + ",{\"id\":\"cat-camel\",\"sets\":1,\"reps\":2}],\"during\":4,\"after\":2}"), line);
  }

  @Test
  void typosAreNamedAtOnceWhatWasRightIsKeptAndPainNowAndANoteAreOptional() throws Exception {
    ok("2026-03-02T07:01", "log", "pain", "2");
    try (Terminal t = backcare("2026-03-02T09:00", "log")) {
      t.waitFor("Exercises you did [knee-rolls pelvic-tilt]:");
      t.answer("kneerolls pelvic-tilt brige");
      String flagged = t.waitFor("Exercises you did [pelvic-tilt]:");
      assertTrue(flagged.contains("Not in the library: kneerolls (did you mean knee-rolls?),"
          + " brige (did you mean bridge?)."), flagged);
      t.answer("");
      t.waitFor("pelvic-tilt, sets x reps [1x2]:");
      t.answer("");
      String summary = answerTheRest(t, "3", "", "", "easier than yesterday");
      assertTrue(summary.contains("  pelvic-tilt  1 x 2\n  worst pain during 3\n"
          + "  note: easier than yesterday\n"), summary);
      t.answer("y");
      assertTrue(t.waitFor("EXIT=").contains("EXIT=0"));
    }
    String line = lines().get(lines().size() - 1);
    assertTrue(line.contains("\"exercises\":[{\"id\":\"pelvic-tilt\",\"sets\":1,\"reps\":2}],"
        + "\"during\":3,") && line.contains("\"note\":\"easier than yesterday\"")
        && !line.contains("\"after\""), line);
  }

  @Test
  void aStopSignIsSavedInTheSessionsOneLineAndThenTodaySaysStop() throws Exception {
    ok("2026-03-02T07:01", "log", "pain", "2");
    List<String> before = lines();
    try (Terminal t = backcare("2026-03-02T09:00", "log")) {
      String summary = takeTheDefaults(t, prescribedPrompts(journal, "2026-03-02T09:00"), "3",
          StopSign.TINGLING);
      assertTrue(summary.contains("  stop sign: tingling down the legs\n"), summary);
      t.answer("y");
      String done = t.waitFor("EXIT=");
      assertTrue(done.contains("Stop sign: tingling down the legs.\nStop exercising and see a"
          + " doctor or physiotherapist. When they have cleared\nyou, run: backcare log cleared"),
          done);
      assertTrue(!done.contains("Tomorrow") && !done.contains("more session"), done);
      assertTrue(done.contains("EXIT=0"), done);
    }
    List<String> after = lines();
    assertEquals(before.size() + 1, after.size(), "the session and its stop sign: one line");
    assertTrue(after.get(after.size() - 1).contains("\"type\":\"session\"")
        && after.get(after.size() - 1).contains("\"stopSigns\":[\"tingling\"]"), after.toString());

    JsonNode today = JSON.readTree(ok("2026-03-02T09:05", "today", "--json").out());
    assertEquals("stop", today.get("decision").asText());
    assertEquals("red-flag", today.get("reasons").get(0).get("rule").asText());

    byte[] bytes = Files.readAllBytes(journal);
    try (Terminal t = backcare("2026-03-02T09:10", "log")) {
      String s = t.waitFor("EXIT=").replace("\n", "");
      assertTrue(s.contains("backcare: the rules say stop (red-flag), so there is no session to"
          + " log: you logged tingling down the legs on 2026-03-02."), s);
      assertTrue(!s.contains("Exercises you did"), s);
      assertTrue(s.contains("EXIT=2"), s);
    }
    assertArrayEquals(bytes, Files.readAllBytes(journal));
  }

  @Test
  void asksThisMorningsPainFirstAndOffersWhatTodayWouldGiveAfterIt() throws Exception {
    ok("2026-03-02T07:01", "log", "pain", "2");
    ok("2026-03-02T08:00", "log", "session", "--during", "3");
    Path copy = dir.resolve("copy.jsonl");
    Files.copy(journal, copy);
    Map<String, String> env = new HashMap<>(h.env);
    env.put("BACKCARE_JOURNAL", copy.toString());
    env.put("BACKCARE_NOW", "2026-03-03T09:00");
    assertEquals(0, h.run(env, "log", "pain", "4").exit());
    List<String> prompts = prescribedPrompts(copy, "2026-03-03T09:00");
    assertTrue(prompts.contains("knee-rolls, sets x reps [1x1]:"),
        "two points worse the next morning: the dose goes down: " + prompts);
    List<String> before = lines();
    try (Terminal t = backcare("2026-03-03T09:00", "log")) {
      t.waitFor("You trained yesterday. How did your back feel this morning, before this session"
          + " (0-10)?");
      t.answer("4");
      String summary = takeTheDefaults(t, prompts, "3", null);
      assertTrue(summary.contains("pain before 4, worst pain during 3, pain now 2"), summary);
      t.answer("y");
      assertTrue(t.waitFor("EXIT=").contains("EXIT=0"));
    }
    List<String> after = lines();
    assertEquals(before.size() + 1, after.size(), "one line: the session, with the pain before");
    assertTrue(after.get(after.size() - 1).contains("\"during\":3,\"before\":4,\"after\":2}"),
        after.toString());
  }

  @Test
  void onARestDayItSaysSoFirstAndSavesNothingUnlessAsked() throws Exception {
    for (int day = 2; day <= 15; day++) {
      String date = String.format("2026-03-%02d", day);
      ok(date + "T07:01", "log", "pain", "2");
      ok(date + "T08:00", "log", "session", "--during", "3");
    }
    ok("2026-03-16T07:01", "log", "pain", "2");
    byte[] bytes = Files.readAllBytes(journal);
    try (Terminal t = backcare("2026-03-16T09:00", "log")) {
      String s = t.waitFor("Log a session anyway? (y/N):");
      assertTrue(s.contains("Rest day: no exercises today.\n  rest-day       6 training days in a"
          + " row: today is a rest day. An easy walk\n                 is fine.\n"), s);
      t.answer("");
      s = t.waitFor("EXIT=");
      assertTrue(s.contains("Nothing was saved.") && s.contains("EXIT=130"), s);
    }
    assertArrayEquals(bytes, Files.readAllBytes(journal));
  }

  private static void pressAndExpectCancelled(Terminal t, String key) throws Exception {
    t.press(key);
    String s = t.waitFor("EXIT=");
    assertTrue(s.contains("Cancelled. Nothing was saved."), s);
    assertTrue(s.contains("EXIT=130"), s);
  }

  @Test
  void ctrlCAtTheConfirmPromptWritesNothing() throws Exception {
    ok("2026-03-02T07:01", "log", "pain", "2");
    byte[] before = Files.readAllBytes(journal);
    try (Terminal t = backcare("2026-03-02T09:00", "log")) {
      takeTheDefaults(t, prescribedPrompts(journal, "2026-03-02T09:00"), "3", null);
      pressAndExpectCancelled(t, "C-c");
    }
    assertArrayEquals(before, Files.readAllBytes(journal));
  }

  @Test
  void ctrlDAtTheExercisesPromptWritesNothing() throws Exception {
    ok("2026-03-02T07:01", "log", "pain", "2");
    byte[] before = Files.readAllBytes(journal);
    try (Terminal t = backcare("2026-03-02T09:00", "log")) {
      t.waitFor("Exercises you did");
      pressAndExpectCancelled(t, "C-d");
    }
    assertArrayEquals(before, Files.readAllBytes(journal));
  }

  @Test
  void todayAsksForTheMorningCheckInThenGivesTheSession() throws Exception {
    ok("2026-03-02T08:00", "log", "session", "--during", "3");
    try (Terminal t = backcare("2026-03-03T07:30", "today --brief")) {
      t.waitFor("How does your back feel this morning (0-10)?");
      t.answer("eleven");
      t.waitFor("Please answer with a whole number from 0 (none) to 10");
      t.answer("2");
      String s = t.waitFor("EXIT=");
      assertTrue(s.contains("Saved check-in"), s);
      assertTrue(s.contains("Tuesday 3 March 2026 - week 1, initial phase"), s);
      assertTrue(s.contains("Knee rolls [knee-rolls]"), s);
      assertTrue(s.contains("EXIT=0"), s);
    }
    List<String> lines = lines();
    assertEquals(3, lines.size());
    assertTrue(lines.get(2).contains("\"type\":\"check-in\"") && lines.get(2).contains("\"pain\":2"),
        lines.get(2));
  }

  /** `plan start` on a terminal: each screening question in turn; each yes is logged. */
  @Test
  void planStartAsksTheScreeningQuestionsAndLogsEachYes() throws Exception {
    int before = lines().size();
    try (Terminal t = backcare("2026-03-09T08:00", "plan start")) {
      t.waitFor("Before you start: do any of these apply to you now? (Enter for no)");
      for (StopSign s : StopSign.SCREENING) {
        t.waitFor("  " + s.description() + " (y/N):");
        t.answer(s == StopSign.FEVER || s == StopSign.BOTH_LEGS ? "y" : "");
      }
      t.waitFor("Does bending backward ease your pain");
      t.answer("");
      String done = t.waitFor("EXIT=");
      assertTrue(done.contains("Saved plan"), done);
      assertTrue(done.contains(": a fever with back pain.\n"), done);
      assertTrue(done.contains(": pain, tingling, weakness or numbness in both legs.\n"), done);
      assertTrue(done.contains("This is an emergency: get urgent medical care now."), done);
      assertTrue(done.contains("EXIT=0"), done);
    }
    List<String> after = lines();
    assertEquals(before + 3, after.size(), String.join("\n", after));
    assertTrue(after.get(before).contains("\"type\":\"plan-start\""), after.get(before));
    assertTrue(after.get(before + 1).contains("\"kind\":\"fever\""), after.get(before + 1));
    assertTrue(after.get(before + 2).contains("\"kind\":\"both-legs\""), after.get(before + 2));
    JsonNode today = JSON.readTree(ok("2026-03-09T08:05", "today", "--json").out());
    assertEquals("stop", today.get("decision").asText());
    assertEquals("emergency", today.get("urgency").asText());
  }

  @Test
  void ctrlCAtAScreeningQuestionStartsNothing() throws Exception {
    byte[] before = Files.readAllBytes(journal);
    try (Terminal t = backcare("2026-03-09T08:00", "plan start")) {
      t.waitFor("  " + StopSign.SCREENING.get(0).description() + " (y/N):");
      t.answer("y");
      t.waitFor("  " + StopSign.SCREENING.get(1).description() + " (y/N):");
      pressAndExpectCancelled(t, "C-c");
    }
    assertArrayEquals(before, Files.readAllBytes(journal));
  }
}
