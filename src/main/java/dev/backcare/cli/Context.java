package dev.backcare.cli;

import dev.backcare.Settings;
import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.journal.Journal;
import dev.backcare.library.LibraryReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

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
  private boolean warned;

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

  public ZonedDateTime now() {
    return settings().now();
  }

  public Library library() {
    if (library == null) {
      library = settings().library().map(LibraryReader::load).orElseGet(LibraryReader::bundled);
    }
    return library;
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
      Journal journal = journal();
      contents = journal.read();
      for (Journal.Problem p : warned ? List.<Journal.Problem>of() : contents.problems()) {
        err.println("backcare: warning: " + p.describe(journal.path()));
      }
      warned = true;
    }
    return contents.events();
  }

  public History history() {
    if (history == null) {
      history = History.of(events());
    }
    return history;
  }

  /** Appends one event; only after it is on disk does the caller say it is saved. */
  public void append(Event event) {
    journal().append(event);
    contents = null;
    history = null;
  }
}
