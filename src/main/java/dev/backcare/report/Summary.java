package dev.backcare.report;

import dev.backcare.report.WeekFigures.Adherence;
import dev.backcare.report.WeekFigures.NextDays;
import dev.backcare.report.WeekFigures.SessionPain;
import dev.backcare.report.WeekFigures.Volume;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Rule;
import dev.backcare.text.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A week's figures as short labelled lines, shared by the text and Markdown reports. Each line has
 * parts that a renderer joins or wraps; {@code tone} says whether it is good news, a warning or
 * neither.
 */
final class Summary {
  enum Tone { PLAIN, GOOD, WARN }

  record Line(String label, List<String> parts, Tone tone) {}


  private Summary() {}

  static List<Line> of(WeekFigures w, WeeklyReport r) {
    List<Line> out = new ArrayList<>();
    if (w.phase().isPresent()) {
      List<String> parts = new ArrayList<>();
      parts.add(w.phase().get().id() + " phase, plan week " + w.planWeek());
      for (WeekFigures.PhaseChange c : w.phaseChanges()) {
        parts.add(c.phase().id() + " from " + day(c.date()));
      }
      out.add(new Line("Phase", parts, Tone.PLAIN));
    }
    out.add(new Line("Sessions", sessions(w.adherence()), Tone.PLAIN));
    out.add(pain(w.pain(), r.painCeiling()));
    NextDays n = w.nextDays();
    if (n.due() + n.pending() > 0) {
      List<String> parts = new ArrayList<>();
      if (n.due() > 0) {
        parts.add(n.logged() + " of " + n.due() + " checked");
        parts.add(n.worse() + " worse than before the session");
      }
      if (n.pending() > 0) {
        parts.add(n.pending() + " still to come");
      }
      out.add(new Line("Next morning", parts, n.worse() > 0 ? Tone.WARN : Tone.PLAIN));
    }
    out.add(mornings(w.mornings()));
    function(w.function()).ifPresent(out::add);
    if (!w.volumes().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Volume total : List.of(w.totalReps(), w.totalSeconds())) {
        if (total.amount() + total.previous() > 0) {
          parts.add(volume(total, r.weeklyCapPercent()));
        }
      }
      boolean above = false;
      for (Volume v : w.volumes()) {
        parts.add(volume(v, r.weeklyCapPercent()));
        above |= v.aboveCap();
      }
      if (w.phaseStart().isPresent()) {
        parts.add("phase start: " + w.phaseStart().get().phase().id() + ", first session "
            + day(w.phaseStart().get().date()) + "; its first week's doses are set by the plan,"
            + " not by the " + r.weeklyCapPercent() + "% rule");
      }
      out.add(new Line("Volume", parts, above ? Tone.WARN : Tone.PLAIN));
    }
    if (!w.decisions().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<Decision, Integer> d : w.decisions().entrySet()) {
        parts.add(d.getKey().id() + " " + days(d.getValue()));
      }
      out.add(new Line("The rules said", parts, Tone.PLAIN));
      List<String> fired = new ArrayList<>();
      for (Map.Entry<Rule, Integer> rule : w.rules().entrySet()) {
        fired.add(rule.getKey().id() + " " + days(rule.getValue()));
      }
      out.add(new Line("Rules fired", fired, Tone.PLAIN));
    }
    if (!w.stopSigns().isEmpty() || !w.clearings().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (WeekFigures.StopSignLogged s : w.stopSigns()) {
        parts.add(s.sign().id() + " on " + day(s.date()));
      }
      for (LocalDate c : w.clearings()) {
        parts.add("cleared on " + day(c));
      }
      out.add(new Line("Stop signs", parts, w.stopSigns().isEmpty() ? Tone.PLAIN : Tone.WARN));
    }
    for (Sign s : w.signs()) {
      out.add(new Line(s.warning() ? "Warning" : "Working", List.of(s.text()),
          s.warning() ? Tone.WARN : Tone.GOOD));
    }
    return out;
  }

  /**
   * Days trained against the days the rules said to train, and the sessions against the least and
   * the most they asked: "up to 8 a day" is a ceiling, so one session meets a day.
   */
  private static List<String> sessions(Adherence a) {
    List<String> parts = new ArrayList<>();
    if (a.prescribedDays() == 0) {
      parts.add(count(a.sessions(), "session"));
    } else {
      parts.add("trained " + a.daysAsPrescribed() + " of " + count(a.prescribedDays(), "day")
          + " asked (" + a.daysPercent().getAsInt() + "%)");
      parts.add(count(a.sessionsAsked(), "session") + " (asked: at least "
          + a.minimumSessions() / a.prescribedDays() + " a day, up to "
          + (a.fewestAllowed() == a.mostAllowed() ? "" : a.fewestAllowed() + " to ")
          + a.mostAllowed() + ")");
    }
    if (a.offPlan() > 0) {
      parts.add(count(a.offPlan(), "session") + " on a rest or stop day");
    }
    return parts;
  }

  private static Line pain(SessionPain p, int ceiling) {
    if (p.max().isEmpty()) {
      return new Line("Pain during", List.of("no sessions"), Tone.PLAIN);
    }
    return new Line("Pain during", List.of("mean " + one(p.mean()) + ", max " + p.max().getAsInt(),
        (p.aboveCeiling() == 0 ? "none" : count(p.aboveCeiling(), "session"))
            + " above the ceiling of " + ceiling), p.aboveCeiling() > 0 ? Tone.WARN : Tone.PLAIN);
  }

  private static Line mornings(WeekFigures.Mornings m) {
    if (m.logged() == 0) {
      return new Line("Morning pain", List.of("no check-ins"), Tone.PLAIN);
    }
    List<String> parts = new ArrayList<>();
    parts.add("mean " + one(m.mean()) + " over " + count(m.logged(), "morning"));
    OptionalDouble change = m.change();
    if (change.isPresent()) {
      double c = Math.round(change.getAsDouble() * 10) / 10.0;
      parts.add((c == 0 ? "the same as" : (c < 0 ? "down " : "up ") + one(Math.abs(c)) + " on")
          + " the week before (" + one(m.previousMean()) + ")");
    }
    return new Line("Morning pain", parts, Tone.PLAIN);
  }

  /** The mean score on the functional scale and its change since the first rating, if rated. */
  private static Optional<Line> function(WeekFigures.FunctionScores f) {
    if (f.mean().isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    parts.add("mean score " + one(f.mean()) + " of 10 (" + count(f.ratings(), "rating")
        + ")");
    if (f.change().isPresent()) {
      double c = Math.round(f.change().getAsDouble() * 10) / 10.0;
      parts.add((c == 0 ? "the same as" : (c < 0 ? "down " : "up ") + one(Math.abs(c)) + " on")
          + " the first rating (" + day(f.since().orElseThrow()) + ")"
          + (f.meaningful() ? ": a meaningful improvement" : ""));
    }
    return Optional.of(new Line("Function", parts, f.meaningful() ? Tone.GOOD : Tone.PLAIN));
  }

  static String volume(Volume v, int cap) {
    String how = change(v);
    boolean total = v.exercise().equals("total");
    String name = total ? (v.timed() ? "minutes in all" : "reps in all") : v.exercise();
    return name + " " + (v.timed() ? minutes(v.amount()) + (total ? "" : " min") : v.amount())
        + " (" + how + (v.aboveCap() ? ", above the " + cap + "% rule" : "") + ")";
  }

  /** Seconds as minutes: "20", or to one decimal, "2.5". */
  static String minutes(int seconds) {
    return seconds % 60 == 0 ? "" + seconds / 60 : one(seconds / 60.0);
  }

  /** How a volume changed from the week before: "+8%", "new" or "none". */
  static String change(Volume v) {
    OptionalInt change = v.changePercent();
    return change.isPresent() ? signed(change.getAsInt()) + "%" : v.amount() > 0 ? "new" : "none";
  }

  static String signed(int n) {
    return n > 0 ? "+" + n : n < 0 ? "\u2212" + (-n) : "0";
  }

  /** "Mon 2 Mar 08:05, session: stiff at first": the note's text as written, unescaped. */
  static String note(Note n) {
    return day(n.date()) + " " + noteOfTheDay(n);
  }

  /** "08:05, session: stiff at first", unescaped. */
  static String noteOfTheDay(Note n) {
    return Words.twoDigits(n.at().getHour()) + ":" + Words.twoDigits(n.at().getMinute()) + ", "
        + n.kindWords() + ": " + n.text();
  }

  static String day(LocalDate d) {
    return Words.shortDayMonth(d);
  }

  /** "Mon 2 Mar to Sun 8 Mar 2026"; across a new year, the first day has its year too. */
  static String range(Period p) {
    String from = p.from().getYear() == p.to().getYear() ? day(p.from())
        : Words.shortDate(p.from());
    return from + " to " + Words.shortDate(p.to());
  }

  static String one(OptionalDouble v) {
    return one(v.getAsDouble());
  }

  static String one(double v) {
    return Words.oneDecimal(v);
  }

  private static String days(int n) {
    return n == 1 ? "1 day" : n + " days";
  }

  static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
