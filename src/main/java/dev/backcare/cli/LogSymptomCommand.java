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
      "KIND is one of:",
      "  numbness         numbness in a leg",
      "  tingling         tingling down the legs",
      "  weakness         weakness in a leg",
      "  leg-pain         pain spreading below the knee",
      "  severe-pain      sudden severe pain during movement",
      "  worsening        pain that gets much worse with basic movements",
      "  night-pain       constant pain at night that does not ease",
      "  new-symptom      a new symptom you have never felt before",
      "  trauma           a recent fall or accident",
      "  fever            a fever with back pain (see a doctor urgently)",
      "  weight-loss      unexplained weight loss (see a doctor urgently)",
      "  saddle-numbness  numbness around the genitals, buttocks or inner thighs",
      "                   (an emergency)",
      "  both-legs        pain, tingling, weakness or numbness in both legs",
      "                   (an emergency)",
      "  bladder-bowel    a change in bladder or bowel control (an emergency)"
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
    Wrap.print(context.out(), "", Saving.stopAdvice(sign.care()), TodayText.WIDTH);
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
