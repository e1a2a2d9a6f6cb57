package dev.backcare.journal;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Score;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Event;
import dev.backcare.domain.FunctionScale;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import dev.backcare.journal.EventCodec.BadLine;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds an event from the fields of a journal line, checking each. */
final class EventFields {
  /** How the reason for a line from a newer backcare begins: a higher "v", or an unknown type. */
  static final String NEWER = "written by a newer backcare";
  static final String UNKNOWN_TYPE = "unknown event type";

  private EventFields() {}

  static Event toEvent(JsonObject f) {
    if (!f.has("v")) {
      throw new BadLine("missing the format version \"v\"");
    }
    int v = f.integer("v", 1, Integer.MAX_VALUE);
    if (v > Event.FORMAT) {
      throw new BadLine(NEWER + " (format " + v + "; this one reads "
          + Event.FORMAT + ")");
    }
    String type = f.string("type");
    String id = f.string("id");
    if (id.length() > Limits.LONGEST_ID) {
      throw new BadLine("\"id\" is longer than " + Limits.LONGEST_ID + " characters");
    }
    OffsetDateTime at = Times.parse("at", f.string("at"));
    // Lines written before "logged" was kept were logged when they happened, as far as is known.
    OffsetDateTime logged = f.has("logged") ? Times.parse("logged", f.string("logged")) : at;
    Event e = switch (type) {
      case "plan-start" -> new PlanStart(id, at, date(f.string("start")), ids(f.list("exercises")),
          flag(f, "extensionEases"));
      case "plan-change" -> planChange(f, id, at);
      case "session" -> session(f, id, at);
      case "check-in" -> new CheckIn(id, at, f.integer("pain", 0, Limits.MOST_PAIN),
          f.optionalText("note"));
      case "symptom" -> new Symptom(id, at, stopSign(f.string("kind")), f.optionalText("note"));
      case "cleared" -> new Cleared(id, at, f.optionalText("note"));
      case "function" -> new FunctionRating(id, at, scores(f), f.optionalText("note"));
      case "void" -> new Correction(id, at, f.string("target"), f.optionalText("note"));
      default -> throw new BadLine(UNKNOWN_TYPE + " \"" + type + "\"");
    };
    return logged.equals(at) ? e : e.withLogged(logged);
  }

  private static PlanChange planChange(JsonObject f, String id, OffsetDateTime at) {
    if (f.has("add") == f.has("remove")) {
      throw new BadLine("a plan-change has exactly one of \"add\" or \"remove\"");
    }
    boolean add = f.has("add");
    return new PlanChange(id, at, add, f.string(add ? "add" : "remove"));
  }

  private static Session session(JsonObject f, String id, OffsetDateTime at) {
    String phaseId = f.string("phase");
    Optional<Phase> known = Phase.fromId(phaseId);
    if (known.isEmpty()) {
      throw new BadLine("unknown phase \"" + phaseId + "\"");
    }
    Phase phase = known.get();
    List<Performed> done = new ArrayList<>();
    for (Object o : f.list("exercises")) {
      if (!(o instanceof JsonObject x)) {
        throw new BadLine("each of \"exercises\" must be an object");
      }
      boolean timed = x.has("seconds");
      if (timed == x.has("reps")) {
        throw new BadLine("each exercise has exactly one of \"reps\" or \"seconds\"");
      }
      done.add(new Performed(x.string("id"), x.integer("sets", 1, Limits.MOST_SETS),
          x.integer(timed ? "seconds" : "reps", 1, timed ? Limits.MOST_SECONDS : Limits.MOST_REPS),
          timed));
    }
    if (done.isEmpty()) {
      throw new BadLine("a session lists no exercises");
    }
    return new Session(id, at, phase, done, f.integer("during", 0, Limits.MOST_PAIN),
        f.optionalInteger("before", 0, Limits.MOST_PAIN),
        f.optionalInteger("after", 0, Limits.MOST_PAIN),
        f.optionalText("note"), stopSigns(f));
  }

  /** A function rating's scores: one to three activities, each named once, scored 0-10. */
  private static List<Score> scores(JsonObject f) {
    List<Score> out = new ArrayList<>();
    for (Object o : f.list("scores")) {
      if (!(o instanceof JsonObject x)) {
        throw new BadLine("each of \"scores\" must be an object");
      }
      String activity = x.string("activity");
      if (activity.length() > FunctionScale.LONGEST_NAME) {
        throw new BadLine("an \"activity\" is longer than " + FunctionScale.LONGEST_NAME
            + " characters");
      }
      if (out.stream().anyMatch(s -> s.activity().equals(activity))) {
        throw new BadLine("the activity \"" + activity + "\" is scored twice");
      }
      out.add(new Score(activity, x.integer("score", 0, FunctionScale.MAX)));
    }
    if (out.isEmpty() || out.size() > FunctionScale.MOST_ACTIVITIES) {
      throw new BadLine("a function rating scores one to " + FunctionScale.MOST_ACTIVITIES
          + " activities, got " + out.size());
    }
    return out;
  }

  /** A session's stop signs; journals from before they were kept have none. */
  private static List<StopSign> stopSigns(JsonObject f) {
    List<StopSign> out = new ArrayList<>();
    if (f.has("stopSigns")) {
      for (Object o : f.list("stopSigns")) {
        if (!(o instanceof String kind)) {
          throw new BadLine("\"stopSigns\" must be a list of stop-sign kinds");
        }
        out.add(stopSign(kind));
      }
    }
    return out;
  }

  /** An optional true or false; absent is false. */
  private static boolean flag(JsonObject f, String name) {
    Object v = f.values().get(name);
    if (v != null && !(v instanceof Boolean)) {
      throw new BadLine("\"" + name + "\" must be true or false");
    }
    return Boolean.TRUE.equals(v);
  }

  private static List<String> ids(List<Object> items) {
    List<String> out = new ArrayList<>();
    for (Object o : items) {
      if (!(o instanceof String s) || s.isEmpty()) {
        throw new BadLine("\"exercises\" must be a list of exercise ids");
      }
      out.add(s);
    }
    return List.copyOf(out);
  }

  private static LocalDate date(String text) {
    LocalDate quick = Times.quickDate(text);
    if (quick != null) {
      return quick;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadLine("\"start\" must be a date such as 2026-03-02, got \"" + text + "\"");
    }
  }

  private static StopSign stopSign(String kind) {
    Optional<StopSign> known = StopSign.fromId(kind);
    if (known.isEmpty()) {
      throw new BadLine("unknown symptom kind \"" + kind + "\"");
    }
    return known.get();
  }
}
