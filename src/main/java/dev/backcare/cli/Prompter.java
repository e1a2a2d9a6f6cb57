package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.Pain;
import dev.backcare.text.PrintableWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Questions on the terminal, with JLine: defaults in brackets, Tab completion of words, answers
 * re-asked until valid. Ctrl-C or Ctrl-D throws {@link Cancelled}.
 */
final class Prompter implements AutoCloseable {
  private final Terminal terminal;
  private final LineReader reader;
  private final PrintWriter out;

  /** Thrown when the person presses Ctrl-C or Ctrl-D at a prompt. */
  static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("cancelled");
    }
  }

  private Prompter(Terminal terminal, List<String> completions) {
    this.terminal = terminal;
    this.reader = LineReaderBuilder.builder().terminal(terminal)
        .completer(new StringsCompleter(completions)).build();
    // What is said may quote an answer or the library: its controls are escaped.
    this.out = new PrintWriter(new PrintableWriter(terminal.writer()));
  }

  static Prompter open(List<String> completions) {
    try {
      return new Prompter(TerminalBuilder.builder().system(true).build(), completions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where {@link #say} writes, for text laid out elsewhere; flushed by the next question. */
  PrintWriter writer() {
    return out;
  }

  void say(String text) {
    out.println(text);
    out.flush();
  }

  String line(String question, String def) {
    String answer;
    out.flush();
    try {
      String shown = question + (def == null ? "" : " [" + def + "]");
      answer = reader.readLine(shown + (shown.endsWith("?") ? " " : ": ")).strip();
    } catch (UserInterruptException | EndOfFileException e) {
      throw new Cancelled();
    }
    return answer.isEmpty() && def != null ? def : answer;
  }

  int pain(String question) {
    while (true) {
      try {
        return Pain.parse("pain", line(question, null));
      } catch (BackcareException bad) {
        say("  Please answer with a whole number from 0 (none) to 10 (worst imaginable).");
      }
    }
  }

  /** A pain figure the person may skip with Enter. */
  OptionalInt optionalPain(String question) {
    while (true) {
      String answer = line(question + " (Enter to skip)", null);
      if (answer.isEmpty()) {
        return OptionalInt.empty();
      }
      try {
        return OptionalInt.of(Pain.parse("pain", answer));
      } catch (BackcareException bad) {
        say("  Please answer with a whole number from 0 (none) to 10 (worst imaginable), or"
            + " press Enter to skip.");
      }
    }
  }

  boolean yesNo(String question, boolean def) {
    while (true) {
      String answer = line(question + (def ? " (Y/n)" : " (y/N)"), null).toLowerCase(Locale.ROOT);
      if (answer.isEmpty()) {
        return def;
      }
      if (answer.equals("y") || answer.equals("yes")) {
        return true;
      }
      if (answer.equals("n") || answer.equals("no")) {
        return false;
      }
      say("  Please answer y or n.");
    }
  }

  @Override
  public void close() {
    try {
      terminal.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
