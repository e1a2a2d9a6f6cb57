package dev.backcare.cli;

import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.History;
import dev.backcare.domain.Pain;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Recommendation;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backcare log session}: a session, as prescribed or as described. */
@Command(
    name = "session",
    mixinStandardHelpOptions = true,
    description = {
      "Log a training session. With no --exercise, it is today's prescription as given.",
      "Pain is a whole number 0-10 (0 none, 10 the worst imaginable)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare log session --during 3",
      "  backcare log session --during 4 --before 2 --after 3 --note \"stiff at first\"",
      "  backcare log session --during 5 --exercise knee-rolls:3 --exercise bridge:2x8",
      "  backcare log session --during 2 --exercise walking:20m --at \"yesterday 18:00\"",
      "  backcare log session --during 4 --stop-sign tingling",
      "  backcare log session --during 3 --replace last"
    })
final class LogSessionCommand implements Callable<Integer> {
  private final Context context;

  @Mixin EntryOptions entry;

  @Mixin Replace replace;

  @Option(names = "--during", required = true, paramLabel = "N",
      description = "The worst pain during the session, 0-10.")
  String during;

  @Option(names = "--before", paramLabel = "N", description = "Pain just before, 0-10.")
  String before;

  @Option(names = "--after", paramLabel = "N", description = "Pain just after, 0-10.")
  String after;

  @Option(names = "--exercise", paramLabel = "ID[:DOSE]", completionCandidates = ExerciseIds.class,
      description = "An exercise you did: ID, ID:REPS, ID:SETSxREPS, ID:SECONDSs or ID:MINUTESm."
          + " Repeat for each.")
  List<String> exercises = new ArrayList<>();

  @Option(names = "--stop-sign", paramLabel = "KIND",
      description = "A stop sign you noticed, named as for `log symptom` (such as"
          + " tingling). Repeat for each.")
  List<String> stopSigns = new ArrayList<>();

  LogSessionCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    int peak = Pain.parse("--during", during);
    Optional<Session> old = replace.entry(context, Session.class, "session", "log session");
    OptionalInt pre = optionalPain("--before", before, old.map(Session::before));
    OptionalInt post = optionalPain("--after", after, old.map(Session::after));
    // A replacement never takes back a stop sign: that needs `log void`, and a reason.
    List<StopSign> signs = Stream.concat(old.stream().flatMap(o -> o.stopSigns().stream()),
        stopSigns.stream().map(k -> Saving.stopSign(k, "stop sign"))).distinct().toList();
    OffsetDateTime when = entry.at(context, old);
    History before = old.isEmpty() ? context.history()
        : context.historyWith(List.of(new Correction("replacing", when, old.get().id(),
            Optional.empty())));
    Recommendation r = Coach.prescribe(context.library(), before.until(when.toInstant()),
        when.toLocalDate());
    List<Performed> done = exercises.isEmpty() && old.isPresent() ? old.get().exercises()
        : ExerciseArg.performed(exercises, r, context.library());
    Session s = new Session(Saving.newId(context), when, r.phase(), done, peak, pre, post,
        entry.note(old.flatMap(Session::note)), signs);
    Replace.save(context, old, s);
    new SessionSaved(context).print(s);
    return 0;
  }

  /** The pain given as {@code option}, else the replaced session's. */
  private static OptionalInt optionalPain(String option, String text, Optional<OptionalInt> old) {
    return text == null ? old.orElse(OptionalInt.empty())
        : OptionalInt.of(Pain.parse(option, text));
  }
}
