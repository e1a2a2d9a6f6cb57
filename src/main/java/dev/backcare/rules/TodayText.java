package dev.backcare.rules;

import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.StopSign;
import dev.backcare.domain.Thresholds;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Prescription;
import dev.backcare.rules.Reason;
import dev.backcare.rules.Recommendation;
import dev.backcare.text.Printable;
import dev.backcare.text.Words;
import dev.backcare.text.Wrap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code backcare today} in plain words. */
public final class TodayText {
  /** The width of the text on an 80-column terminal. */
  public static final int WIDTH = 78;
  /** The rules that may say to get help. */
  private static final Set<Rule> URGING =
      EnumSet.of(Rule.RED_FLAG, Rule.ACUTE, Rule.PAIN_CEILING, Rule.NO_IMPROVEMENT);
  private final PrintWriter out;
  private final Thresholds t;
  private final int width;

  public TodayText(PrintWriter out, Thresholds t) {
    this(out, t, WIDTH);
  }

  /** The text wrapped to {@code width} columns. */
  public TodayText(PrintWriter out, Thresholds t, int width) {
    this.out = out;
    this.t = t;
    this.width = width;
  }

  public void render(Recommendation r, boolean details) {
    render(r, details, Optional.empty());
  }

  /**
   * The text, led by how soon to get help when the rules say so; {@code sign} is the most urgent
   * open stop sign, if any, which says why.
   */
  public void render(Recommendation r, boolean details, Optional<StopSign> sign) {
    render(r, details, sign, Optional.empty());
  }

  /**
   * As above, and with {@code details} the note of the latest session, if it had one, so that what
   * the person wrote after it is in front of them before the next.
   */
  public void render(Recommendation r, boolean details, Optional<StopSign> sign,
      Optional<Session> noted) {
    Optional<String> urgent = urgency(r, sign);
    if (urgent.isPresent()) {
      Wrap.print(out, "", urgent.get(), width);
    }
    Wrap.print(out, "", dateLine(r), width);
    out.println();
    Wrap.print(out, "", headline(wording(r.decision(), r.exercises(), r.fired(Rule.PHASE))),
        width);
    enoughToday(r);
    for (Reason reason : r.reasons()) {
      reason(out, reason, width);
    }
    if (details) {
      noted.flatMap(s -> s.note().map(note -> "Last time you noted (" + Words.longDate(s.date())
          + "): " + Printable.line(note, 300))).ifPresent(line -> {
            out.println();
            Wrap.print(out, "", line, width);
          });
    }
    if (!r.exercises().isEmpty()) {
      out.println();
      Wrap.print(out, "", sessionLine(r), width);
      int n = 1;
      for (Prescription p : r.exercises()) {
        exercise(n++, p, details, r.decision() == Decision.REDUCE);
      }
    }
    out.println();
    footer(r);
  }

  /** "Monday 2 March 2026 - week 1, initial phase". */
  static String dateLine(Recommendation r) {
    return Words.longDate(r.date()) + " - " + (r.planStart().isPresent()
        ? "week " + r.week() + ", " + r.phase().id() + " phase" : "no plan yet");
  }

  /** Once the day's sessions are done: no more today. */
  private void enoughToday(Recommendation r) {
    int n = r.sessionsLoggedToday();
    if (n > 0 && n >= r.timesPerDay() && !r.exercises().isEmpty()) {
      Wrap.print(out, "", "No more today: you have done " + n + " of up to " + r.timesPerDay()
          + (r.timesPerDay() == 1 ? " session" : " sessions") + " today; rest now.", width);
    }
  }

  /** One rule behind a decision: its id, then its message. */
  public static void reason(PrintWriter out, Reason reason) {
    reason(out, reason, WIDTH);
  }

  /**
   * One rule behind a decision, wrapped to {@code width}; narrower than 60, its message goes under
   * its id rather than beside it, where it would be a column of a few words a line.
   */
  public static void reason(PrintWriter out, Reason reason, int width) {
    if (width < 60) {
      out.println("  " + reason.rule().id() + ":");
      Wrap.print(out, "    ", sentence(reason.message()), width);
      return;
    }
    Wrap.print(out, "  " + Words.padded(reason.rule().id(), 14) + " ", sentence(reason.message()),
        width);
  }

  /**
   * The first line when the rules say to get help: how soon, and why (the stop sign, else the
   * rules behind it). Empty when they do not.
   */
  static Optional<String> urgency(Recommendation r, Optional<StopSign> sign) {
    if (r.urgency().isEmpty()) {
      return Optional.empty();
    }
    String why;
    if (sign.isPresent() && r.fired(Rule.RED_FLAG)) {
      why = sign.get().description();
    } else {
      List<String> rules = new ArrayList<>();
      for (Reason reason : r.reasons()) {
        if (URGING.contains(reason.rule()) && !rules.contains(reason.rule().id())) {
          rules.add(reason.rule().id());
        }
      }
      why = rules.isEmpty() ? "see below" : "the " + String.join(" and ", rules)
          + (rules.size() == 1 ? " rule" : " rules") + ", below";
    }
    return Optional.of(switch (r.urgency().get()) {
      case EMERGENCY -> "URGENT: get emergency medical care now (" + why + ").";
      case SEE_PROFESSIONAL -> sign.isPresent() && r.fired(Rule.RED_FLAG)
          && sign.get().care() == StopSign.Care.DOCTOR_URGENTLY
          ? "Get checked: see a doctor urgently, today if you can (" + why + ")."
          : "Get checked: see a doctor or physiotherapist soon (" + why + ").";
    });
  }

  /**
   * The decision whose words match the doses: never "same again" when a dose changes, nor "step
   * up" when one falls. A new phase's doses have no previous amount to compare; the phase rule
   * says what changed, and a step up with none of them is its first session.
   */
  static Decision wording(Decision d, List<Prescription> doses, boolean phaseRule) {
    if (d != Decision.PROGRESS && d != Decision.HOLD) {
      return d;
    }
    boolean rose = false;
    boolean fell = false;
    for (Prescription p : doses) {
      if (p.previous().isPresent()) {
        rose |= p.amount() > p.previous().getAsInt();
        fell |= p.amount() < p.previous().getAsInt();
      }
    }
    if (fell) {
      return Decision.REDUCE;
    }
    return rose || d == Decision.PROGRESS && phaseRule ? Decision.PROGRESS : Decision.HOLD;
  }

  public static String headline(Decision d) {
    return switch (d) {
      case START -> "Start gently: here is your first session.";
      case PROGRESS -> "Step up: a little more than before.";
      case HOLD -> "Same again: the doses stay as they are.";
      case REDUCE -> "Ease off: a lighter session today.";
      case RETURN -> "Welcome back: a gentler session after your break.";
      case REST -> "Rest day: no exercises today.";
      case CHECK_IN -> "First, tell me how your back feels this morning.";
      case ACUTE -> "A painful day: gentle movement and short walks only.";
      case STOP -> "STOP: do not exercise. See a professional.";
    };
  }

  private String sessionLine(Recommendation r) {
    return "Session (" + DoseText.timesADay(r.timesPerDay()) + "; " + r.sessionsLoggedToday()
        + " logged today):";
  }

  private void exercise(int n, Prescription p, boolean details, boolean slow) {
    Exercise e = p.exercise();
    out.println();
    Wrap.print(out, "  " + n + ". ", e.name() + " [" + e.id() + "]: " + DoseText.of(p), width);
    if (!details) {
      return;
    }
    String indent = "     ";
    Wrap.print(out, indent, capital(e.position()) + ". " + e.instructions(), width);
    if (slow) {
      Wrap.print(out, indent, "Move slowly and stop the set if pain rises.", width);
    }
    for (String cue : e.cues()) {
      Wrap.print(out, indent + "- ", cue, width);
    }
    for (String caution : e.cautions()) {
      Wrap.print(out, indent + "! ", caution, width);
    }
  }

  private void footer(Recommendation r) {
    switch (r.decision()) {
      case STOP -> Wrap.print(out, "", "Stop signs stay until you log `backcare log cleared`.",
          width);
      case CHECK_IN -> Wrap.print(out, "", "Then run `backcare today` again for your session.",
          width);
      case REST -> Wrap.print(out, "", "Tomorrow morning, log how your back feels:"
          + " backcare log pain N", width);
      default -> {
        Wrap.print(out, "", "Keep pain during exercise at " + t.painCeiling() + " or below"
            + " (0 none, 10 worst). Stop and get help for numbness, tingling or weakness in a"
            + " leg, sudden severe pain, or any change in bladder or bowel control.", width);
        out.println();
        if (r.sessionsLeftToday() == 0) {
          // The day's sessions are done: no invitation to log another.
          Wrap.print(out, "", "Tomorrow morning, before you train, log how your back feels:"
              + " backcare log pain N", width);
        } else {
          out.println("When you are done: backcare log session --during N");
          out.println("  (N = the worst pain during the session, 0-10)");
        }
      }
    }
  }

  /** The message with a full stop, unless it already ends a sentence. */
  static String sentence(String message) {
    return message.endsWith(".") || message.endsWith("!") || message.endsWith("?")
        ? message : message + ".";
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
