package dev.backcare.cli;

import dev.backcare.ExitCode;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Recommendation;
import dev.backcare.rules.RecommendationJson;
import dev.backcare.rules.TodayText;
import java.io.PrintWriter;
import java.io.StringWriter;
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
      "  backcare today --json"
    })
final class TodayCommand implements Callable<Integer> {
  private final Context context;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Option(names = "--brief", description = "Only the doses: leave out instructions and cues.")
  boolean brief;

  TodayCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    context.noteIfNoJournal();
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
    if (json) {
      RecommendationJson.write(r, context.out());
    } else {
      // Rendered whole, then written at once, as the report is: one write, not one a line.
      StringWriter text = new StringWriter();
      PrintWriter w = new PrintWriter(text);
      new TodayText(w, context.library().thresholds(), context.width()).render(r, !brief,
          StopSign.mostUrgent(context.history().openSymptoms()).map(Symptom::kind));
      w.flush();
      context.out().print(text);
    }
    return 0;
  }

  private Recommendation decide() {
    return Coach.decide(context.library(), context.history(), context.now().toLocalDate());
  }
}
