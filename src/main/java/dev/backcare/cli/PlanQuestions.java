package dev.backcare.cli;

import dev.backcare.domain.StopSign;
import dev.backcare.rules.TodayText;
import dev.backcare.text.Words;
import dev.backcare.text.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code plan start} asks before a plan begins: the screening questions of the sources (a
 * fall, fever, weight loss, leg symptoms, numbness around the genitals or buttocks, bladder or
 * bowel changes), and whether bending backward eases the pain.
 */
final class PlanQuestions {
  /** The stop signs answered yes, and whether backward bending eases the pain. */
  record Answers(List<StopSign> signs, boolean extensionEases) {}

  private PlanQuestions() {}

  /**
   * On a terminal, one question at a time (Enter for no); the backward-bending one only if the
   * flag did not answer it. Throws {@link Prompter.Cancelled} on Ctrl-C.
   */
  static Answers ask(boolean extensionEases) {
    List<StopSign> yes = new ArrayList<>();
    try (Prompter ask = Prompter.open(List.of())) {
      ask.say("Before you start: do any of these apply to you now? (Enter for no)");
      for (StopSign sign : StopSign.SCREENING) {
        if (ask.yesNo("  " + sign.description(), false)) {
          yes.add(sign);
        }
      }
      boolean eases = extensionEases || ask.yesNo("Does bending backward ease your pain, or"
          + " move it toward the middle of your back?", false);
      return new Answers(List.copyOf(yes), eases);
    }
  }

  /** Off a terminal, once the plan is saved: what to look out for, on stderr. */
  static void list(Context context) {
    Wrap.print(context.err(), "", "Before you start: if any of these apply, do not exercise;"
        + " see a professional, and log it with `backcare log symptom KIND`:", TodayText.WIDTH);
    for (StopSign sign : StopSign.SCREENING) {
      context.err().println("  " + Words.padded(sign.id(), 16) + " " + sign.description());
    }
  }
}
