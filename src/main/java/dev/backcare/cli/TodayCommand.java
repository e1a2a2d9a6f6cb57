package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.History;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.Checks;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Decision;
import dev.backcare.rules.MorningRoutine;
import dev.backcare.rules.MorningText;
import dev.backcare.rules.Recommendation;
import dev.backcare.rules.RecommendationJson;
import dev.backcare.rules.Replay;
import dev.backcare.rules.TodayText;
import dev.backcare.rules.WhyText;
import dev.backcare.text.Words;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backcare today}: what to do now, and why. */
@Command(
    name = "today",
    mixinStandardHelpOptions = true,
    description = {
      "Say what to do now: the session, or why to hold back, rest or stop.",
      "On a terminal, if this morning's check-in is missing, it asks for it first."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare today",
      "  backcare today --brief",
      "  backcare today --morning",
      "  backcare today --json",
      "  backcare today --why",
      "  backcare today --as-of \"yesterday 9:00\""
    })
final class TodayCommand implements Callable<Integer> {
  private final Context context;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Option(names = "--brief", description = "Only the doses: leave out instructions and cues.")
  boolean brief;

  @Option(names = "--why",
      description = "After the advice, each reason with the entries it used, its threshold and"
          + " its source.")
  boolean why;

  @Option(names = "--all", description = "With --why: also the rules that did not fire.")
  boolean all;

  @Option(names = "--morning",
      description = "The gentle set to do in bed before you get up (knee rolls and pelvic"
          + " tilts), dosed by today's rules, and the command that logs it.")
  boolean morning;

  @Option(names = "--as-of", paramLabel = "TIME",
      description = "What backcare said (or would have said) at TIME, from the entries logged by"
          + " then: a date (as that day ended) or a time, as for --at.")
  String asOf;

  TodayCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    context.noteIfNoJournal();
    if (all && !why) {
      throw BackcareException.badInput("--all goes with --why");
    }
    if (asOf != null) {
      return past(When.asOf(asOf, context.settings().zonedNow()));
    }
    Recommendation r = decide();
    if (r.decision() == Decision.CHECK_IN && context.terminal() && !json) {
      try (Prompter ask = Prompter.open(List.of())) {
        int pain = ask.pain("You trained yesterday. How does your back feel this morning (0-10)?");
        CheckIn c = new CheckIn(Saving.newId(context), context.now(), pain,
            Optional.empty());
        context.append(c);
        ask.say("Saved check-in " + c.id() + ": pain " + pain + ".");
        ask.say("");
      } catch (Prompter.Cancelled stop) {
        context.out().println("Cancelled. Nothing was saved.");
        return ExitCode.CANCELLED.code();
      }
      r = decide();
    }
    print(r, context.history());
    return 0;
  }

  /** The advice at {@code t}: from the entries logged by then, none logged later. */
  private int past(ZonedDateTime t) {
    History known = Replay.knownAt(context.events(), t.toInstant());
    Recommendation r = Replay.asOf(context.library(), context.events(), t.toInstant(),
        t.toLocalDate());
    if (!json) {
      context.out().println("As of " + Words.longDate(t.toLocalDate()) + ", "
          + t.toLocalTime().truncatedTo(ChronoUnit.MINUTES) + ", from the entries logged by then:");
      context.out().println();
    }
    print(r, known);
    return 0;
  }

  private void print(Recommendation r, History history) {
    Optional<MorningRoutine.Routine> set = morning
        ? Optional.of(MorningRoutine.of(context.library(), history, r)) : Optional.empty();
    if (json) {
      RecommendationJson.write(r, history.openSymptoms(), set, context.out());
    } else {
      // Rendered whole, then written at once, as the report is: one write, not one a line.
      StringWriter text = new StringWriter();
      PrintWriter w = new PrintWriter(text);
      if (set.isPresent()) {
        MorningText.render(set.get(), r, StopSign.mostUrgent(history.openSymptoms())
            .map(Symptom::kind), w, context.width());
      } else {
        text(context, r, history, !brief, w);
      }
      if (why) {
        w.println();
        new WhyText(w, context.library().thresholds(), context.width()).render(r, all
            ? Optional.of(Checks.quiet(context.library(), history, r.date(), r))
            : Optional.empty());
      }
      w.flush();
      context.out().print(text);
    }
  }

  /** The advice in words, with the open stop sign and the latest session's note. */
  static void text(Context context, Recommendation r, History history, boolean details,
      PrintWriter w) {
    List<Session> sessions = history.sessions();
    new TodayText(w, context.library().thresholds(), context.width()).render(r, details,
        StopSign.mostUrgent(history.openSymptoms()).map(Symptom::kind),
        sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.get(sessions.size() - 1)));
  }

  private Recommendation decide() {
    return Coach.decide(context.library(), context.history(), context.now().toLocalDate());
  }
}
