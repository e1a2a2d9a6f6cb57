package dev.backcare.cli;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Pain;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code backcare log pain N}: a pain check-in. */
@Command(
    name = "pain",
    mixinStandardHelpOptions = true,
    description = {
      "Log how your back feels now, 0-10 (0 none, 10 the worst imaginable).",
      "The first check-in on the day after a session is its next-day check."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare log pain 2",
      "  backcare log pain 4 --at 7:15am --note \"stiff\"",
      "  backcare log pain 3 --replace last"
    })
final class LogPainCommand implements Callable<Integer> {
  private final Context context;

  @Mixin EntryOptions entry;

  @Mixin Replace replace;

  @Parameters(paramLabel = "N", description = "Pain now, a whole number 0-10.")
  String pain;

  LogPainCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    int value = Pain.parse("pain", pain);
    Optional<CheckIn> old = replace.entry(context, CheckIn.class, "check-in", "log pain");
    CheckIn c = new CheckIn(Saving.newId(context), entry.at(context, old), value,
        entry.note(old.flatMap(CheckIn::note)));
    Replace.save(context, old, c);
    context.out().println("Saved check-in " + c.id() + ": pain " + value + ".");
    LocalDate day = c.date().minusDays(1);
    OptionalInt base = context.history().baseline(day);
    boolean first = context.history().checkInsOn(c.date()).get(0).id().equals(c.id())
        && context.history().isTrainingDay(day);
    if (first && base.isPresent()) {
      context.out().println("This is the morning after your session on " + day
          + " (pain before it: " + base.getAsInt() + ").");
    }
    if (value >= context.library().thresholds().flareUpPain()) {
      context.out().println("That is a lot of pain. Go gently today; `backcare today` will say"
          + " how.");
    }
    Saving.warnIfStopped(context);
    context.out().println("Next: backcare today");
    return 0;
  }
}
