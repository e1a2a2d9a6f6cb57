package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backcare.bench.JournalGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@code what-if} never writes, and says exactly what {@code today --brief} says once the same
 * entry is logged for real: on generated journals, with every kind of entry it takes.
 */
class WhatIfPropertyTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Pattern ID = Pattern.compile("\\b[0-9a-z]{8}\\b");

  @Property(tries = 40, seed = "20261206")
  void whatIfWritesNothingAndForeseesToday(
      @ForAll @IntRange(min = 1, max = 10) int weeks,
      @ForAll @IntRange(min = 0, max = 1000) int seed,
      @ForAll("entries") List<String> entry) throws IOException {
    Path home = Files.createTempDirectory("what-if");
    ZonedDateTime now = ZonedDateTime.of(2026, 6, 1, 9, 30, 0, 0, BERLIN);
    String at = now.toLocalDateTime().toString();
    Harness h = new Harness(home, "Europe/Berlin");
    Files.createDirectories(h.journal().getParent());
    JournalGenerator.write(h.journal(), Period.ofWeeks(weeks), seed, now.minusHours(1));
    byte[] before = h.journalBytes();

    List<String> whatIf = new ArrayList<>(List.of("what-if"));
    whatIf.addAll(entry);
    Harness.Result imagined = h.run(at, whatIf.toArray(new String[0]));

    assertArrayEquals(before, h.journalBytes(), "what-if " + entry + " wrote to the journal");
    List<String> logged = new ArrayList<>(List.of("log"));
    logged.addAll(entry);
    Harness.Result real = h.run(at, logged.toArray(new String[0]));
    assertEquals(real.exit(), imagined.exit(), entry + ": " + imagined.err() + real.err());
    if (real.exit() == 0) {
      String said = imagined.out().substring(imagined.out().indexOf("would say:\n\n") + 12);
      assertEquals(withoutIds(h.run(at, "today", "--brief").out()), withoutIds(said),
          "what-if " + entry);
    }
  }

  /** An entry as `log` takes it: a check-in, a session, a stop sign or a clearing. */
  @Provide
  Arbitrary<List<String>> entries() {
    Arbitrary<Integer> pain = Arbitraries.integers().between(0, 10);
    Arbitrary<List<String>> when = Arbitraries.of(List.of(), List.of("--at", "2 hours ago"),
        List.of("--at", "yesterday 18:00"));
    Arbitrary<List<String>> checkIn = Combinators.combine(pain, when)
        .as((p, w) -> join(List.of("pain", p.toString()), w));
    Arbitrary<List<String>> session = Combinators.combine(pain, pain, when)
        .as((d, b, w) -> join(List.of("session", "--during", d.toString(), "--before",
            b.toString()), w));
    Arbitrary<List<String>> sign = Arbitraries.of("tingling", "numbness", "severe-pain",
        "bladder-bowel").map(k -> List.of("symptom", k));
    return Arbitraries.oneOf(checkIn, session, sign, Arbitraries.just(List.of("cleared")));
  }

  private static List<String> join(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String withoutIds(String text) {
    Matcher m = ID.matcher(text);
    return m.replaceAll("<id>");
  }
}
