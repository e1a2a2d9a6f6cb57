package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Event;
import dev.backcare.domain.StopSign;
import dev.backcare.journal.EventCodec;
import dev.backcare.report.Note;
import dev.backcare.rules.TodayText;
import dev.backcare.text.Printable;
import dev.backcare.text.Words;
import dev.backcare.text.Wrap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The journal's entries as {@code log list} shows them, and as {@code undo} and {@code --replace}
 * describe them. Pure: the events in, lines out. (The command that logs an entry again is {@link
 * Redo}.)
 */
final class EntryList {
  /** The kinds {@code --kind} takes, as the journal names them. */
  static final List<String> KINDS =
      List.of("check-in", "session", "symptom", "cleared", "void", "plan-start", "plan-change",
          "function");

  static final String SCHEMA = "backcare/log-list/1";

  private EntryList() {}

  /** An entry of the journal, and whether a correction voids it. */
  record Entry(Event event, boolean voided) {}

  /**
   * What to show: the days from {@code from} to {@code to} (each may be absent), these kinds
   * (empty: all) and, with {@code all}, voided entries and corrections too.
   */
  record Filter(Optional<LocalDate> from, Optional<LocalDate> to, Set<String> kinds,
      boolean all) {
    boolean shows(Entry e) {
      LocalDate d = e.event().date();
      if (from.isPresent() && d.isBefore(from.get()) || to.isPresent() && d.isAfter(to.get())) {
        return false;
      }
      String type = e.event().type();
      if (!kinds.isEmpty()) {
        return kinds.contains(type) && (all || !e.voided());
      }
      return all || !e.voided() && !type.equals("void");
    }

    /** The line for an empty list: "No entries from 2026-03-01 to 2026-03-07." */
    String nothing() {
      String range = from.isPresent() && to.isPresent() ? " from " + from.get() + " to " + to.get()
          : from.isPresent() ? " from " + from.get() + " on"
          : to.isPresent() ? " up to " + to.get() : " in the journal";
      String of = kinds.isEmpty() ? "" : " of kind " + String.join(", ", kinds);
      return "No entries" + of + range + ".";
    }
  }

  /** The kind {@code --kind} names ("pain" is a check-in), or bad input. */
  static String kind(String text) {
    String k = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (k.equals("pain")) {
      return "check-in";
    }
    if (!KINDS.contains(k)) {
      throw BackcareException.badInput("--kind must be one of " + String.join(", ", KINDS)
          + " (or pain), got \"" + Printable.line(text, 40) + "\"");
    }
    return k;
  }

  /** The kinds of several {@code --kind} options, each perhaps a comma-separated list. */
  static Set<String> kinds(List<String> texts) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : texts) {
      for (String one : t.split(",")) {
        out.add(kind(one));
      }
    }
    return out;
  }

  /** Every entry in time order ({@code at}; at one instant, file order), with voided marked. */
  static List<Entry> entries(List<Event> events) {
    Set<String> voided = new HashSet<>();
    for (Event e : events) {
      if (e instanceof Correction c) {
        voided.add(c.target());
      }
    }
    List<Entry> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(new Entry(e, voided.contains(e.id())));
    }
    out.sort(Comparator.comparing(e -> e.event().at().toInstant()));
    return out;
  }

  static List<Entry> select(List<Event> events, Filter filter) {
    return entries(events).stream().filter(filter::shows).toList();
  }

  /** The lines {@code log list} prints on an 80-column terminal, one an entry. */
  static List<String> lines(List<Event> events, Filter filter) {
    List<Entry> shown = select(events, filter);
    if (shown.isEmpty()) {
      return List.of(filter.nothing());
    }
    return shown.stream().map(EntryList::line).toList();
  }

  /**
   * The lines {@code log list} prints, {@code width} wide: one an entry, or where that is too
   * narrow, its figures and note on lines of their own under its id, time and kind.
   */
  static List<String> lines(List<Event> events, Filter filter, int width) {
    List<Entry> shown = select(events, filter);
    if (shown.isEmpty()) {
      return Wrap.lines(filter.nothing(), width);
    }
    List<String> out = new ArrayList<>();
    for (Entry entry : shown) {
      String one = line(entry, width);
      if (one.length() <= width) {
        out.add(one);
      } else {
        out.addAll(narrow(entry, width));
      }
    }
    return out;
  }

  /** An entry on several lines: id, time and kind, then figures and note indented. */
  private static List<String> narrow(Entry entry, int width) {
    Event e = entry.event();
    String indent = " ".repeat(10);
    List<String> out = new ArrayList<>();
    out.add(Words.padded(e.id(), 8) + "  " + time(e.at()) + "  " + e.type());
    for (String l : Wrap.lines(figures(e) + (entry.voided() ? " (voided)" : ""),
        Math.max(20, width - indent.length()))) {
      out.add(indent + l);
    }
    note(e).ifPresent(n -> out.add(indent + "note: "
        + Printable.line(n, Math.max(20, width - indent.length() - 6))));
    return out;
  }

  /** One line: id, local date and time, kind, figures, a voided mark and the note. */
  static String line(Entry entry) {
    return line(entry, TodayText.WIDTH);
  }

  private static String line(Entry entry, int width) {
    Event e = entry.event();
    String head = Words.padded(id(e), 8) + "  " + time(e.at()) + "  "
        + Words.padded(e.type(), 11) + "  " + figures(e) + (entry.voided() ? " (voided)" : "");
    Optional<String> note = note(e);
    if (note.isEmpty()) {
      return head;
    }
    String prefix = head + "  note: ";
    return prefix + Printable.line(note.get(), Math.max(20, width - prefix.length()));
  }

  /** "2026-03-02 07:00": the local date and time on the clock it was logged on. */
  static String time(OffsetDateTime at) {
    LocalDateTime t = at.toLocalDateTime();
    return t.toLocalDate() + " " + Words.twoDigits(t.getHour()) + ":"
        + Words.twoDigits(t.getMinute());
  }

  /** The figures of an entry, such as "pain 2" or "initial, bridge 2x8, during 3". */
  static String figures(Event e) {
    if (e instanceof CheckIn c) {
      return "pain " + c.pain();
    } else if (e instanceof Session s) {
      StringBuilder b = new StringBuilder(s.phase().id());
      for (Performed p : s.exercises()) {
        b.append(", ").append(Printable.line(p.exercise(), 40)).append(' ').append(p.sets())
            .append('x').append(amount(p));
      }
      b.append(", during ").append(s.during());
      s.before().ifPresent(n -> b.append(", before ").append(n));
      s.after().ifPresent(n -> b.append(", after ").append(n));
      for (StopSign sign : s.stopSigns()) {
        b.append(", stop sign ").append(sign.id());
      }
      return b.toString();
    } else if (e instanceof Symptom s) {
      return s.kind().id();
    } else if (e instanceof Cleared) {
      return "cleared";
    } else if (e instanceof PlanStart p) {
      return "from " + p.start() + (p.exercises().isEmpty() ? ""
          : ", " + Printable.line(String.join(" ", p.exercises()), 60));
    } else if (e instanceof PlanChange c) {
      return (c.add() ? "add " : "remove ") + Printable.line(c.exercise(), 40);
    } else if (e instanceof FunctionRating f) {
      return LogFunctionCommand.scores(f);
    }
    return "voids " + Printable.line(((Correction) e).target(), 64);
  }

  /** "8", or for a timed exercise "30s", or whole minutes "15m". */
  private static String amount(Performed p) {
    if (!p.timed()) {
      return Integer.toString(p.amount());
    }
    return p.amount() >= 60 && p.amount() % 60 == 0 ? p.amount() / 60 + "m" : p.amount() + "s";
  }

  static Optional<String> note(Event e) {
    return e instanceof Correction c ? c.note() : Note.text(e);
  }

  /** {@code log list --json}: the schema and, per entry, the journal's fields and "voided". */
  static String json(List<Event> events, Filter filter) {
    StringBuilder b = new StringBuilder("{\"schema\":\"" + SCHEMA + "\",\"entries\":[");
    String sep = "\n";
    for (Entry e : select(events, filter)) {
      String fields = EventCodec.fields(e.event());
      b.append(sep).append(fields, 0, fields.length() - 1).append(",\"voided\":")
          .append(e.voided()).append('}');
      sep = ",\n";
    }
    return b.append("\n]}").toString();
  }

  /** "check-in abc12345 (2026-03-02 07:00, pain 2)". */
  static String describe(Event e) {
    return e.type() + " " + id(e) + " (" + time(e.at()) + ", " + figures(e) + ")";
  }

  /** The entry's id, escaped: the journal may hold any text there. */
  private static String id(Event e) {
    return Printable.line(e.id(), 64);
  }

  /** An entry not saved, so without an id: "check-in at 2026-03-02 08:00: pain 8". */
  static String describeUnsaved(Event e) {
    return e.type() + " at " + time(e.at()) + ": " + figures(e);
  }
}
