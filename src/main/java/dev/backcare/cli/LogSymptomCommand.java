package dev.backcare.cli;

import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.TodayText;
import dev.backcare.text.Wrap;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code backcare log symptom KIND}: a stop sign. */
@Command(
    name = "symptom",
    mixinStandardHelpOptions = true,
    description = {
      "Log a stop sign. backcare then says stop until a professional clears you.",
      "KIND is one of: numbness, tingling, weakness, severe-pain, worsening,",
      "new-symptom, bladder-bowel."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  backcare log symptom tingling", "  backcare log symptom weakness --at 19:30"})
final class LogSymptomCommand implements Callable<Integer> {
  private final Context context;

  @Mixin EntryOptions entry;

  @Parameters(paramLabel = "KIND", description = "The symptom.",
      completionCandidates = LogSymptomCommand.Kinds.class)
  String kind;



  LogSymptomCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    StopSign sign = Saving.stopSign(kind, "symptom");
    Symptom s = new Symptom(Saving.newId(context), entry.at(context), sign,
        entry.note());
    context.append(s);
    context.out().println("Saved symptom " + s.id() + ": " + sign.description() + ".");
    Wrap.print(context.out(), "", Saving.stopAdvice(sign.emergency()), TodayText.WIDTH);
    return 0;
  }

  /** The symptom kinds, as shell completion candidates. */
  static final class Kinds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(StopSign.values()).map(StopSign::id).iterator();
    }
  }
}
