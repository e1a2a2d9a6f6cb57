package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event;
import dev.backcare.domain.FunctionScale;
import dev.backcare.domain.Library;
import dev.backcare.domain.StopSign;
import dev.backcare.journal.Ids;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Decision;
import dev.backcare.rules.DoseText;
import dev.backcare.rules.Recommendation;
import dev.backcare.rules.Rule;
import dev.backcare.rules.TodayText;
import dev.backcare.text.Printable;
import dev.backcare.text.Words;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The interactive {@code backcare log}: asks about the session on the terminal, offering today's
 * prescription, shows a summary, and writes one entry only after the person confirms. Ctrl-C or
 * Ctrl-D at any prompt writes nothing. With a stop sign open it offers no session at all.
 */
final class LogPrompts {
  private final Context context;
  private final Library library;
  private final OffsetDateTime now;
  private final LocalDate today;

  LogPrompts(Context context) {
    this.context = context;
    this.library = context.library();
    this.now = context.now();
    this.today = now.toLocalDate();
  }

  int run() {
    Recommendation r = Coach.decide(library, context.history(), today);
    if (r.decision() == Decision.STOP) {
      throw BackcareException.badInput("the rules say stop (red-flag), so there is no session to"
          + " log: " + r.reasons().get(0).message());
    }
    try (Prompter ask = Prompter.open(library.ids())) {
      try {
        return converse(ask);
      } catch (Prompter.Cancelled stop) {
        ask.say("");
        ask.say("Cancelled. Nothing was saved.");
        return ExitCode.CANCELLED.code();
      }
    }
  }

  private int converse(Prompter ask) {
    ask.say("Log a session. Press Enter to take the [default]; Tab completes exercise ids;"
        + " Ctrl-C cancels.");
    boolean first = context.history().checkInsOn(today).isEmpty()
        && context.history().sessionsOn(today).isEmpty();
    OptionalInt before = OptionalInt.empty();
    List<Event> assumed = List.of();
    if (first) {
      boolean trained = context.history().isTrainingDay(today.minusDays(1));
      before = OptionalInt.of(ask.pain(trained
          ? "You trained yesterday. How did your back feel this morning, before this session"
              + " (0-10)?"
          : "Pain just before the session (0-10)"));
      // The rules as they will stand once this morning's pain is known: what `today` would say.
      assumed = List.of(new CheckIn(Saving.newId(context), now, before.getAsInt(),
          Optional.empty()));
    }
    Recommendation r = Coach.decide(library, context.historyWith(assumed), today);
    if (!logAnyway(ask, r)) {
      ask.say("Nothing was saved." + (before.isPresent()
          ? " To log how your back feels, run: backcare log pain N" : ""));
      return ExitCode.CANCELLED.code();
    }
    DosePrompts doses = new DosePrompts(library, ask);
    List<Performed> done = doses.exercises(r);
    int during = ask.pain("Worst pain during the session (0-10)");
    OptionalInt after = ask.optionalPain(PAIN_NOW);
    List<StopSign> signs = stopSigns(ask);
    Optional<String> note = Optional.of(ask.line(NOTE, null)).filter(n -> !n.isEmpty());
    Session session = new Session(Saving.newId(context), now, r.phase(), done, during, before,
        after, note, signs);
    Optional<FunctionRating> function = weeklyFunction(ask, session.id());
    summary(ask, session, doses);
    function.ifPresent(f -> ask.say("  function: " + LogFunctionCommand.scores(f)));
    if (!ask.yesNo("Save this?", true)) {
      ask.say("Nothing was saved.");
      return ExitCode.CANCELLED.code();
    }
    List<Event> entries = new ArrayList<>(List.of(session));
    function.ifPresent(entries::add);
    context.append(entries);
    new SessionSaved(context).print(session);
    function.ifPresent(f -> {
      ask.say("Saved function rating " + f.id() + ".");
      ask.say(LogFunctionCommand.change(context.history().functionRatings(), f));
    });
    return 0;
  }

  /** The weekly question on the functional scale: how the rated activities go now. */
  static final String FUNCTION = "Their scores, in this order (Enter skips)";

  /**
   * Once a week, when activities have been rated before and none in the last seven days: their
   * scores, in the order rated, or none if the person presses Enter.
   */
  private Optional<FunctionRating> weeklyFunction(Prompter ask, String sessionId) {
    List<FunctionRating> ratings = context.history().functionRatings();
    List<String> known = FunctionScale.known(ratings);
    if (known.isEmpty()
        || ratings.get(ratings.size() - 1).date().isAfter(today.minusDays(7))) {
      return Optional.empty();
    }
    ask.say("Once a week: how well can you do these now, 0 (unable) to 10 (as before)?");
    ask.say("  " + FunctionScale.names(known));
    while (true) {
      List<String> typed = Arrays.stream(ask.line(FUNCTION, null).split("[,\\s]+"))
          .filter(w -> !w.isEmpty()).toList();
      if (typed.isEmpty()) {
        return Optional.empty();
      }
      try {
        List<Event.Score> scores = FunctionScale.parse(typed, known);
        String id = Ids.next(i -> context.history().contains(i) || i.equals(sessionId));
        return Optional.of(new FunctionRating(id, now, scores, Optional.empty()));
      } catch (BackcareException bad) {
        ask.say("  " + bad.getMessage() + ".");
      }
    }
  }

  /** The optional questions: pain after the session, and a note. */
  static final String PAIN_NOW = "Pain now, 0-10";

  static final String NOTE = "A note, in your own words (Enter for none)";

  /** The question for the stop signs: one line, Enter for none. */
  static final String STOP_SIGNS = "Any of these since the last entry? Enter for none, or type"
      + " them";

  /**
   * The stop signs noticed, asked once: the kinds are listed, and the person types those that
   * apply (commas or spaces between them), or Enter for none. Unknown names are all named at once
   * and asked again.
   */
  private static List<StopSign> stopSigns(Prompter ask) {
    ask.say("Stop signs:");
    for (StopSign s : StopSign.values()) {
      ask.say("  " + Words.padded(s.id(), 16) + " " + s.description());
    }
    while (true) {
      List<String> typed = Arrays.stream(ask.line(STOP_SIGNS, null).toLowerCase(Locale.ROOT)
          .split("[,\\s]+")).filter(w -> !w.isEmpty()).toList();
      List<String> unknown = typed.stream().filter(w -> StopSign.fromId(w).isEmpty()).toList();
      if (unknown.isEmpty()) {
        return typed.stream().distinct().map(w -> StopSign.fromId(w).orElseThrow()).toList();
      }
      ask.say("  Not a stop sign: " + String.join(", ", unknown) + ". Type the names above, or"
          + " Enter for none.");
    }
  }

  private void summary(Prompter ask, Session s, DosePrompts doses) {
    ask.say("");
    ask.say("Session at " + now.toLocalTime().withNano(0) + ", " + s.phase().id() + " phase:");
    s.exercises().forEach(p -> ask.say("  " + doses.text(p)));
    ask.say("  " + (s.before().isPresent() ? "pain before " + s.before().getAsInt() + ", " : "")
        + "worst pain during " + s.during()
        + (s.after().isPresent() ? ", pain now " + s.after().getAsInt() : ""));
    s.stopSigns().forEach(sign -> ask.say("  stop sign: " + sign.description()));
    s.note().ifPresent(n -> ask.say("  note: " + Printable.line(n, 200)));
  }

  /** On a rest day, or when today's sessions are done, say so and ask before going on. */
  private boolean logAnyway(Prompter ask, Recommendation r) {
    if (r.decision() == Decision.REST) {
      ask.say(TodayText.headline(Decision.REST));
      r.reasons().stream().filter(x -> x.rule() == Rule.REST_DAY)
          .forEach(x -> TodayText.reason(ask.writer(), x));
      return ask.yesNo("Log a session anyway?", false);
    }
    int n = r.sessionsLoggedToday();
    if (n >= r.timesPerDay()) {
      ask.say("You have logged " + n + (n == 1 ? " session" : " sessions") + " today, and the "
          + r.phase().id() + " phase has " + DoseText.timesADay(r.timesPerDay()) + ".");
      return ask.yesNo("Log another anyway?", false);
    }
    return true;
  }
}
