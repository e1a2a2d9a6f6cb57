package dev.backcare.cli;

import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.Score;
import dev.backcare.domain.FunctionScale;
import dev.backcare.text.Printable;
import dev.backcare.text.Words;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code backcare log function}: a rating on the Patient-Specific Functional Scale. */
@Command(
    name = "function",
    mixinStandardHelpOptions = true,
    description = {
      "Rate up to three activities your back makes hard, each 0 (unable) to 10 (as before the"
          + " problem).",
      "Name them the first time; later, the scores alone rate the same ones, in the same order.",
      "Once a week is enough."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare log function \"putting on socks=3\" \"walking 30 min=4\"",
      "  backcare log function 4 5",
      "  backcare function 5 6 --note \"socks easier\""
    })
class LogFunctionCommand implements Callable<Integer> {
  private final Context context;

  @Mixin EntryOptions entry;

  @Parameters(paramLabel = "ACTIVITY=SCORE", arity = "1..*", description = "An activity and its"
      + " score, such as \"putting on socks=3\"; or the scores alone, in the order of your last"
      + " rating.")
  List<String> ratings;

  LogFunctionCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<FunctionRating> before = context.history().functionRatings();
    List<Score> scores = FunctionScale.parse(ratings, FunctionScale.known(before));
    FunctionRating f = new FunctionRating(Saving.newId(context), entry.at(context), scores,
        entry.note());
    context.append(f);
    context.out().println("Saved function rating " + f.id() + ": " + scores(f) + ".");
    context.out().println(change(context.history().functionRatings(), f));
    Saving.warnIfStopped(context);
    return 0;
  }

  /** "putting on socks 3, walking 30 min 4". */
  static String scores(FunctionRating f) {
    return f.scores().stream()
        .map(s -> Printable.line(s.activity(), FunctionScale.LONGEST_NAME) + " " + s.score())
        .collect(Collectors.joining(", "));
  }

  /** The mean score, and its change since the first rating of the same activities. */
  static String change(List<FunctionRating> ratings, FunctionRating f) {
    String mean = "Mean score " + Words.oneDecimal(f.mean());
    FunctionRating first = FunctionScale.baseline(ratings, f);
    if (first.id().equals(f.id())) {
      return mean + "; later ratings of these activities are compared with this one.";
    }
    double rise = f.mean() - first.mean();
    return mean + ", " + (Math.abs(rise) < 0.05 ? "the same as"
        : (rise > 0 ? "up " : "down ") + Words.oneDecimal(Math.abs(rise)) + " from")
        + " your first rating on " + first.date() + " (" + Words.oneDecimal(first.mean()) + ")"
        + (FunctionScale.meaningful(rise) ? ": a meaningful improvement." : ".");
  }
}
