package dev.backcare.cli;

import dev.backcare.Settings;
import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Recent;
import dev.backcare.journal.Journal;
import dev.backcare.library.LibraryReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One run's inputs and outputs, and the things built from them once: settings, library, journal.
 */
public final class Context {
  private final Map<String, String> env;
  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private Path journalFlag;
  private Path libraryFlag;
  private boolean debug;
  private Settings settings;
  private Library library;
  private Journal.Contents contents;
  private History history;
  private RecentHistory recent;
  private Journal.Place since;
  private Journal.Tail tail;
  private Journal.Tail wholeTail;
  private final Set<Integer> warned = new HashSet<>();

  Context(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err,
      boolean terminal) {
    this.env = env;
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  void journalFlag(Path journal) {
    this.journalFlag = journal;
  }

  void libraryFlag(Path library) {
    this.libraryFlag = library;
  }

  void debug(boolean debug) {
    this.debug = debug;
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public InputStream in() {
    return in;
  }

  public Map<String, String> env() {
    return env;
  }

  /** Standard input and output are a terminal a person can answer prompts on. */
  public boolean terminal() {
    return terminal;
  }

  boolean debug() {
    return debug;
  }

  public Settings settings() {
    if (settings == null) {
      settings = Settings.from(env, journalFlag, libraryFlag, debug);
    }
    return settings;
  }

  public OffsetDateTime now() {
    return settings().now();
  }

  public Library library() {
    if (library == null) {
      Optional<Path> file = settings().library();
      library = file.isPresent() ? LibraryReader.load(file.get()) : LibraryReader.bundled();
    }
    return library;
  }

  /**
   * For a command that only reads: one line on stderr if the journal was named (by --journal,
   * BACKCARE_JOURNAL or the config) and there is no file there, so that a mistyped path does not
   * pass for an empty journal. The default journal missing is only a new user's.
   */
  public void noteIfNoJournal() {
    if (noJournalThere()) {
      err.println("backcare: note: " + settings().journal() + ": no journal there yet; it is"
          + " made when you first log something");
    }
  }

  /** The journal was named (see {@link #noteIfNoJournal}) and there is no file there. */
  boolean noJournalThere() {
    return !settings().defaultJournal() && !journal().exists();
  }

  public Journal journal() {
    return new Journal(settings().journal(), settings().defaultJournal());
  }

  /**
   * Every event of the journal, in file order; damaged lines are reported once on stderr, not
   * again when the journal is read anew after an append.
   */
  public List<Event> events() {
    if (contents == null) {
      // From before the first event: the whole journal, with what was added after `since`.
      wholeTail = journal().readTail(Instant.ofEpochMilli(Long.MIN_VALUE), since);
      contents = wholeTail.contents();
      warn(contents.problems());
    }
    return contents.events();
  }

  private void warn(List<Journal.Problem> problems) {
    for (Journal.Problem p : problems) {
      if (warned.add(p.line())) {
        err.println("backcare: warning: " + p.describe(journal().path()));
      }
    }
  }

  /**
   * Runs {@code rules} on the journal's recent past: from {@link #RECENT} days before {@code from}
   * on, with what matters however old. If they asked about an older day, they run again on four
   * times as many days, and in the end on the whole journal, so the answer is always the one the
   * whole journal gives.
   */
  public <T> T recent(LocalDate from, Function<History, T> rules) {
    return recent(from, List.of(), rules);
  }

  /**
   * {@link #recent}, as if {@code extra} events were in the journal too: what the rules would say
   * once they are saved.
   */
  public <T> T recent(LocalDate from, List<Event> extra, Function<History, T> rules) {
    long days = RECENT;
    for (int tries = 0; tries < 3; tries++) {
      Instant horizon = settings().zone().startOf(from.minusDays(days));
      if (recent == null || !recent.horizon().equals(horizon)) {
        tail = journal().readTail(horizon, since);
        Journal.Contents c = tail.contents();
        warn(c.problems());
        recent = new RecentHistory(horizon, c.events(), recentHistory(c.events(), horizon));
      }
      History h = recent.history();
      if (!extra.isEmpty()) {
        h = recentHistory(plus(recent.events(), extra), horizon);
      }
      T result = rules.apply(h);
      if (!h.missed()) {
        return result;
      }
      recent = null;
      days *= 4;
    }
    T result = rules.apply(extra.isEmpty() ? history() : History.of(plus(events(), extra)));
    tail = wholeTail;
    return result;
  }

  /**
   * {@link #recent}, noting too what was appended to the journal after {@code since}: see
   * {@link #tail}.
   */
  public <T> T recent(LocalDate from, Journal.Place since, Function<History, T> rules) {
    // Compared as objects: a record's equals would start java's method-handle machinery, 10 ms.
    if (since != this.since) {
      this.since = since;
      recent = null;
      contents = null;
      history = null;
    }
    return recent(from, List.of(), rules);
  }

  /**
   * The read of the journal the last {@link #recent} answered from, with what was appended after
   * the place given to it.
   */
  public Journal.Tail tail() {
    return tail;
  }

  private static List<Event> plus(List<Event> events, List<Event> extra) {
    List<Event> all = new ArrayList<>(events);
    all.addAll(extra);
    return all;
  }

  private static History recentHistory(List<Event> events, Instant horizon) {
    List<Event> lasting = new ArrayList<>();
    for (Event e : events) {
      if (Recent.lasting(e)) {
        lasting.add(e);
      }
    }
    return History.recent(events, new Recent(horizon, Recent.firstWeek(lasting)));
  }

  /** {@link #recent} from today. */
  public <T> T today(Function<History, T> rules) {
    return recent(now().toLocalDate(), rules);
  }

  /** How many days before the first day asked about a recent history starts. */
  static final long RECENT = 16;

  private record RecentHistory(Instant horizon, List<Event> events, History history) {}

  public History history() {
    if (history == null) {
      history = History.of(events());
    }
    return history;
  }

  /** Appends one event; only after it is on disk does the caller say it is saved. */
  public void append(Event event) {
    journal().append(event);
    tail = null;
    wholeTail = null;
    contents = null;
    history = null;
    recent = null;
  }
}
