package dev.backcare.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One line of the journal. Every event has an id and the time it happened, with the offset of the
 * person's clock then; its local date is the date on that clock. It also has the time it was
 * logged: the same, or later for an entry logged after the fact ({@code --at}). The constructors
 * without {@code logged} take it to be {@code at}, as for lines written before it was kept.
 */
public sealed interface Event {
  /** The journal format version written by this program. */
  int FORMAT = 1;

  String id();

  OffsetDateTime at();

  /** When the entry was written to the journal; it never changes when it happened. */
  OffsetDateTime logged();

  /** The journal's name for this type of event. */
  String type();

  default LocalDate date() {
    return at().toLocalDate();
  }

  /** The same event, logged at {@code logged}. */
  default Event withLogged(OffsetDateTime logged) {
    if (this instanceof PlanStart p) {
      return new PlanStart(p.id, p.at, p.start, p.exercises, p.extensionEases, logged);
    } else if (this instanceof PlanChange c) {
      return new PlanChange(c.id, c.at, c.add, c.exercise, logged);
    } else if (this instanceof Session s) {
      return new Session(s.id, s.at, s.phase, s.exercises, s.during, s.before, s.after, s.note,
          s.stopSigns, logged);
    } else if (this instanceof CheckIn c) {
      return new CheckIn(c.id, c.at, c.pain, c.note, logged);
    } else if (this instanceof Symptom s) {
      return new Symptom(s.id, s.at, s.kind, s.note, logged);
    } else if (this instanceof Cleared c) {
      return new Cleared(c.id, c.at, c.note, logged);
    } else if (this instanceof FunctionRating f) {
      return new FunctionRating(f.id, f.at, f.scores, f.note, logged);
    }
    Correction c = (Correction) this;
    return new Correction(c.id, c.at, c.target, c.note, logged);
  }

  /**
   * A program begins on {@code start} with these exercises (empty: the phase defaults); {@code
   * extensionEases}: the person said bending backward eases or centralises their pain.
   */
  record PlanStart(String id, OffsetDateTime at, LocalDate start, List<String> exercises,
      boolean extensionEases, OffsetDateTime logged) implements Event {
    public PlanStart(String id, OffsetDateTime at, LocalDate start, List<String> exercises) {
      this(id, at, start, exercises, false, at);
    }

    public PlanStart(String id, OffsetDateTime at, LocalDate start, List<String> exercises,
        boolean extensionEases) {
      this(id, at, start, exercises, extensionEases, at);
    }

    public String type() {
      return "plan-start";
    }
  }

  /** An exercise added to or removed from the plan. */
  record PlanChange(String id, OffsetDateTime at, boolean add, String exercise,
      OffsetDateTime logged) implements Event {
    public PlanChange(String id, OffsetDateTime at, boolean add, String exercise) {
      this(id, at, add, exercise, at);
    }

    public String type() {
      return "plan-change";
    }
  }

  /**
   * One exercise as it was done in a session: {@code sets} of {@code amount} repetitions, or of
   * {@code amount} seconds when {@code timed}.
   */
  record Performed(String exercise, int sets, int amount, boolean timed) {
    /** The volume the 10 % rule counts: sets times reps, or sets times seconds. */
    public int volume() {
      return sets * amount;
    }
  }

  /**
   * A training session. Pain during is its peak; pain before and after are optional. Stop signs
   * noticed in it count exactly as {@link Symptom}s logged at its time.
   */
  record Session(
      String id,
      OffsetDateTime at,
      Phase phase,
      List<Performed> exercises,
      int during,
      OptionalInt before,
      OptionalInt after,
      Optional<String> note,
      List<StopSign> stopSigns,
      OffsetDateTime logged)
      implements Event {
    public Session {
      exercises = List.copyOf(exercises);
      stopSigns = List.copyOf(stopSigns);
    }

    /** A session logged when it happened. */
    public Session(String id, OffsetDateTime at, Phase phase, List<Performed> exercises,
        int during, OptionalInt before, OptionalInt after, Optional<String> note,
        List<StopSign> stopSigns) {
      this(id, at, phase, exercises, during, before, after, note, stopSigns, at);
    }

    /** A session with no stop signs. */
    public Session(String id, OffsetDateTime at, Phase phase, List<Performed> exercises,
        int during, OptionalInt before, OptionalInt after, Optional<String> note) {
      this(id, at, phase, exercises, during, before, after, note, List.of());
    }

    public String type() {
      return "session";
    }

    public Optional<Performed> performed(String exercise) {
      for (Performed p : exercises) {
        if (p.exercise().equals(exercise)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  /** A pain check-in: how the back feels now. */
  record CheckIn(String id, OffsetDateTime at, int pain, Optional<String> note,
      OffsetDateTime logged) implements Event {
    public CheckIn(String id, OffsetDateTime at, int pain, Optional<String> note) {
      this(id, at, pain, note, at);
    }

    public String type() {
      return "check-in";
    }
  }

  /** A stop-sign symptom. */
  record Symptom(String id, OffsetDateTime at, StopSign kind, Optional<String> note,
      OffsetDateTime logged) implements Event {
    public Symptom(String id, OffsetDateTime at, StopSign kind, Optional<String> note) {
      this(id, at, kind, note, at);
    }

    public String type() {
      return "symptom";
    }
  }

  /** A professional cleared the person to exercise again. */
  record Cleared(String id, OffsetDateTime at, Optional<String> note,
      OffsetDateTime logged) implements Event {
    public Cleared(String id, OffsetDateTime at, Optional<String> note) {
      this(id, at, note, at);
    }

    public String type() {
      return "cleared";
    }
  }

  /** One activity of the Patient-Specific Functional Scale and its score, 0 (unable) to 10. */
  record Score(String activity, int score) {}

  /**
   * A rating on the Patient-Specific Functional Scale: one to three activities the back makes
   * hard, each scored 0 (unable to do it) to 10 (able to do it as before the problem).
   */
  record FunctionRating(String id, OffsetDateTime at, List<Score> scores, Optional<String> note,
      OffsetDateTime logged) implements Event {
    public FunctionRating {
      scores = List.copyOf(scores);
    }

    public FunctionRating(String id, OffsetDateTime at, List<Score> scores,
        Optional<String> note) {
      this(id, at, scores, note, at);
    }

    public String type() {
      return "function";
    }

    /** The activities, in the order they were rated. */
    public List<String> activities() {
      return scores.stream().map(Score::activity).toList();
    }

    /** The mean of the scores. */
    public double mean() {
      return scores.stream().mapToInt(Score::score).average().orElse(0);
    }
  }

  /** A correction: the event with id {@code target} is void. */
  record Correction(String id, OffsetDateTime at, String target, Optional<String> note,
      OffsetDateTime logged) implements Event {
    public Correction(String id, OffsetDateTime at, String target, Optional<String> note) {
      this(id, at, target, note, at);
    }

    public String type() {
      return "void";
    }
  }
}
