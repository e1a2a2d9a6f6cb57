package dev.backcare.cli;

import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.journal.Journal;
import dev.backcare.library.LibraryReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run's inputs and outputs, and the things built from them once: settings, library, journal.
 */
public final class Context {
  private final Map<String, String> env;
  private final InputStream in;
  private PrintWriter out;
  private final PrintWriter printed;
  private final PrintWriter err;
  private final boolean terminal;
  private Path journalFlag;
  private Path libraryFlag;
  private boolean debug;
  private Settings settings;
  private Library library;
  private Journal.Contents contents;
  private History history;
  private final JournalWarnings warnings;
  private List<Event> imagined;

  Context(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err,
      boolean terminal) {
    this.env = env;
    this.in = in;
    this.out = out;
    this.printed = out;
    this.err = err;
    this.terminal = terminal;
    this.warnings = new JournalWarnings(err);
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

  /**
   * From now on, entries are imagined, not saved: {@link #append} keeps them in memory, the
   * history includes them, and what the commands print is set aside ({@code what-if}).
   */
  void imagine() {
    imagined = new ArrayList<>();
    out = new PrintWriter(Writer.nullWriter());
  }

  /** The entries imagined so far; empty when nothing is. */
  List<Event> imagined() {
    return imagined == null ? List.of() : List.copyOf(imagined);
  }

  /** Where output goes even while imagining. */
  PrintWriter printed() {
    return printed;
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

  /**
   * The width to wrap plain text to: the terminal's columns less two, so that a line never
   * reaches the last column (where some terminals wrap early).
   */
  public int width() {
    return settings().columns() - 2;
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
      err.println("backcare: note: " + Cli.oneLine(settings().journal() + ": no journal there"
          + " yet; it is made when you first log something"));
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
   * Every event of the journal, in file order, and those imagined; what the reading found is said
   * once on stderr (see {@link JournalWarnings}).
   */
  public List<Event> events() {
    if (imagined != null && !imagined.isEmpty()) {
      List<Event> all = new ArrayList<>(journalEvents());
      all.addAll(imagined);
      return all;
    }
    return journalEvents();
  }

  private List<Event> journalEvents() {
    if (contents == null) {
      contents = journal().read();
      warnings.read(contents, journal().path());
    }
    return contents.events();
  }

  /**
   * The whole history of the journal, as the rules see it. Entries dated in the future (beyond a
   * minute of clock skew) are left out of it, with one warning naming them.
   */
  public History history() {
    if (history == null) {
      history = History.of(now(events()));
    }
    return history;
  }

  /** The history as it would be with {@code extra} events logged too, without logging them. */
  public History historyWith(List<Event> extra) {
    List<Event> all = new ArrayList<>(now(events()));
    all.addAll(extra);
    return History.of(all);
  }

  /** The events dated up to now; a warning, once, for those dated later. */
  private List<Event> now(List<Event> events) {
    Instant latest = now().toInstant().plus(When.SKEW);
    List<Event> later = events.stream().filter(e -> e.at().toInstant().isAfter(latest)).toList();
    if (later.isEmpty()) {
      return events;
    }
    warnings.later(later);
    return events.stream().filter(e -> !e.at().toInstant().isAfter(latest)).toList();
  }

  /**
   * Appends one event, logged now (whenever it happened); only after it is on disk does the caller
   * say it is saved. A journal from a newer backcare, or a file that is not a journal, is refused
   * (see {@link Journal#refuseIfNotOurs}).
   */
  public void append(Event event) {
    append(List.of(event));
  }

  /**
   * Appends events in one write, all logged now: all of them are saved, or none. While imagining
   * ({@code what-if}) they are only kept in memory.
   */
  public void append(List<Event> events) {
    List<Event> logged = events.stream().map(e -> e.withLogged(now())).toList();
    if (imagined != null) {
      imagined.addAll(logged);
    } else {
      journalEvents();
      journal().refuseIfNotOurs(contents);
      journal().append(logged);
      contents = null;
    }
    history = null;
  }
}
