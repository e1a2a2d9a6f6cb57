package dev.backcare.journal;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event.CheckIn;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A child process for tests: appends one check-in to args[0] and prints what happened. */
public final class AppendOnceMain {
  private AppendOnceMain() {}

  public static void main(String[] args) {
    try {
      new Journal(Path.of(args[0]), false).append(new CheckIn("k2",
          OffsetDateTime.parse("2026-03-02T08:30:00+01:00"), 2, Optional.empty()));
      System.out.println("saved");
    } catch (BackcareException e) {
      System.out.println(e.getMessage());
      System.exit(e.exitCode().code());
    }
  }
}
