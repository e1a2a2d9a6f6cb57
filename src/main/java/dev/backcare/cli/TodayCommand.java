package dev.backcare.cli;

import dev.backcare.rules.Coach;
import dev.backcare.rules.Recommendation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backcare today}: what to do now, and why. */
@Command(
    name = "today",
    mixinStandardHelpOptions = true,
    description = "Say what to do now: the session, or why to hold back, rest or stop.",
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
    Recommendation r = Coach.decide(context.library(), context.history(),
        context.now().toLocalDate());
    if (json) {
      RecommendationJson.write(r, context.out());
    } else {
      new TodayText(context.out(), context.library().thresholds()).render(r, !brief);
    }
    return 0;
  }
}
