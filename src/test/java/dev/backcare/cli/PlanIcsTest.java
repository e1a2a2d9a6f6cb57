package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code backcare plan --ics FILE} through the whole program. */
class PlanIcsTest {
  static final String NOW = "2026-03-02T07:00";
  @TempDir Path home;
  Harness h;
  Path file;

  @BeforeEach
  void setUp() {
    h = new Harness(home, "Europe/Berlin");
    file = home.resolve("plan.ics");
  }

  static List<VEvent> events(Path file) throws Exception {
    return new CalendarBuilder().build(new StringReader(Files.readString(file)))
        .getComponents("VEVENT");
  }

  static String uid(VEvent e) {
    return e.<Property>getProperty(Property.UID).orElseThrow().getValue();
  }

  @Test
  void writesTheNextFourteenDaysPrivately() throws Exception {
    h.run(NOW, "plan", "start");
    Harness.Result r = h.run(NOW, "plan", "--ics", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("Wrote 14 days (14 sessions, 14 morning check-ins) to " + file + ".\n",
        r.out());
    assertEquals("", r.err());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    List<VEvent> events = events(file);
    assertEquals(28, events.size());
    assertEquals(28, events.stream().map(PlanIcsTest::uid).distinct().count());
    Files.delete(file);
    assertEquals(0, h.run("2026-03-03T07:00", "plan", "--ics", file.toString()).exit());
    assertEquals(events.subList(2, 28).stream().map(PlanIcsTest::uid).toList(),
        events(file).subList(0, 26).stream().map(PlanIcsTest::uid).toList(),
        "a day later, the same days have the same UIDs");
    try (Stream<Path> left = Files.list(home)) {
      assertEquals(List.of("plan.ics"), left.map(p -> p.getFileName().toString())
          .filter(n -> n.contains("ics")).toList(), "no temporary file is left");
    }
  }

  @Test
  void trainingDaysInTheJournalBringRestDays() throws Exception {
    // A plan from 16 February: Monday 2 March is week 3, after training on 24 Feb to 1 March:
    // from week 3, six training days in a row bring a rest day, whatever the phase.
    h.run("2026-02-16T07:00", "plan", "start");
    for (LocalDate d = LocalDate.of(2026, 2, 24); d.isBefore(LocalDate.of(2026, 3, 2));
        d = d.plusDays(1)) {
      assertEquals(0, h.run(d + "T09:00", "log", "session", "--during", "2").exit());
    }
    Harness.Result r = h.run(NOW, "plan", "show", "--ics", file.toString(),
        "--check-in-at", "7:30", "--session-at", "18:00");
    assertEquals("Wrote 14 days (12 sessions, 2 rest days, 14 morning check-ins) to " + file
        + ".\n", r.out());
    List<VEvent> events = events(file);
    List<String> rest = events.stream().filter(e -> e.<Property>getProperty(Property.SUMMARY)
        .orElseThrow().getValue().contains("rest day")).map(PlanIcsTest::uid).toList();
    assertEquals(List.of(uid(events.get(1)), uid(events.get(15))), rest);
    assertEquals("20260302T073000", events.get(0).<Property>getProperty(Property.DTSTART)
        .orElseThrow().getValue());
    assertEquals("20260303T180000", events.get(3).<Property>getProperty(Property.DTSTART)
        .orElseThrow().getValue());
  }

  @Test
  void replacesAnOlderFileWholeOnlyWithForce() throws Exception {
    h.run(NOW, "plan", "start");
    Files.writeString(file, "old calendar, longer than the new one? no, but still replaced\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    Harness.Result kept = h.run(NOW, "plan", "--ics", file.toString());
    assertEquals(2, kept.exit());
    assertEquals("", kept.out());
    assertEquals("backcare: " + file + ": already exists; add --force to replace it, or give"
        + " another file name\n", kept.err());
    assertTrue(Files.readString(file).startsWith("old calendar"));
    assertEquals(0, h.run(NOW, "plan", "--ics", file.toString(), "--force").exit());
    assertTrue(Files.readString(file).startsWith("BEGIN:VCALENDAR\r\n"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void aDashPrintsTheCalendar() throws Exception {
    h.run(NOW, "plan", "start");
    Harness.Result r = h.run(NOW, "plan", "--ics", "-");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), r.out());
    assertTrue(r.out().endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
  }

  @Test
  void anOpenStopSignWritesTheCancellationsOfTheSessionsExported() throws Exception {
    h.run(NOW, "plan", "start");
    assertEquals(0, h.run(NOW, "plan", "--ics", file.toString()).exit());
    List<VEvent> exported = events(file).stream().filter(e -> !summary(e).contains("check-in"))
        .toList();
    h.run("2026-03-04T20:00", "log", "symptom", "numbness");
    Path cancel = home.resolve("cancel.ics");
    Harness.Result r = h.run("2026-03-05T07:00", "plan", "--ics", cancel.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("A stop sign is open, so there are no sessions for now: wrote the cancellations"
        + " of the 14 sessions from 2026-03-05 to 2026-03-18 to " + cancel + "; import it into"
        + " your calendar app to remove them.\n", r.out());
    assertEquals("", r.err());
    List<VEvent> cancelled = events(cancel);
    assertEquals(14, cancelled.size());
    // Every session still ahead in the exported file (5 to 15 March) is cancelled, as it was.
    assertEquals(exported.subList(3, 14).stream().map(PlanIcsTest::uid).toList(),
        cancelled.subList(0, 11).stream().map(PlanIcsTest::uid).toList());
    for (int i = 0; i < 11; i++) {
      assertEquals("CANCELLED", property(cancelled.get(i), Property.STATUS));
      assertTrue(Long.parseLong(property(cancelled.get(i), Property.SEQUENCE))
          > Long.parseLong(property(exported.get(i + 3), Property.SEQUENCE)));
    }
    assertEquals("Cancelled: a stop sign is open (you logged numbness in a leg on 2026-03-04). No"
        + " exercises until a professional has cleared you and you have run `backcare log"
        + " cleared`.", property(cancelled.get(0), Property.DESCRIPTION));

    h.run("2026-03-06T07:00", "log", "cleared");
    assertEquals(0, h.run("2026-03-06T07:00", "plan", "--ics", file.toString(), "--force")
        .exit());
    VEvent again = events(file).get(1);
    assertEquals(uid(cancelled.get(1)), uid(again), "the same session of 6 March");
    assertEquals(null, again.getProperty(Property.STATUS).orElse(null));
    assertTrue(Long.parseLong(property(again, Property.SEQUENCE))
        > Long.parseLong(property(cancelled.get(1), Property.SEQUENCE)),
        "after the clearance, a new file brings the session back");
  }

  static String property(VEvent e, String name) {
    return e.<Property>getProperty(name).orElseThrow().getValue();
  }

  static String summary(VEvent e) {
    return property(e, Property.SUMMARY);
  }

  @Test
  void neverThroughASymbolicLinkNorOverTheLibraryInUse() throws Exception {
    h.run(NOW, "plan", "start");
    Path target = home.resolve("elsewhere.ics");
    Files.writeString(target, "someone else's file\n");
    Path link = Files.createSymbolicLink(home.resolve("link.ics"), target);
    for (List<String> args : List.of(List.of("plan", "--ics", link.toString()),
        List.of("plan", "--ics", link.toString(), "--force"))) {
      Harness.Result r = h.run(NOW, args.toArray(String[]::new));
      assertEquals(2, r.exit());
      assertEquals("backcare: " + link + ": is a symbolic link, and backcare does not write"
          + " through links; give another file name for the calendar\n", r.err());
    }
    assertEquals("someone else's file\n", Files.readString(target));
    assertTrue(Files.isSymbolicLink(link));

    Path library = home.resolve("my.yaml");
    Files.copy(Path.of("exercises.yaml"), library);
    byte[] before = Files.readAllBytes(library);
    Harness.Result r = h.run(NOW, "--library", library.toString(), "plan", "--ics",
        library.toString(), "--force");
    assertEquals(2, r.exit(), r.err());
    assertEquals("backcare: " + library + ": is the exercise library in use; give another file"
        + " name for the calendar\n", r.err());
    assertArrayEquals(before, Files.readAllBytes(library));
  }

  @Test
  void aNameWithBytesTheLanguageSettingCannotReadIsRefused() {
    h.run(NOW, "plan", "start");
    Harness.Result r = h.run(NOW, "plan", "--ics", home.resolve("caf\uFFFD.ics").toString());
    assertEquals(2, r.exit());
    assertEquals("backcare: cannot use the file name \"" + home.resolve("caf\uFFFD.ics")
        + "\": it has bytes the system's language setting cannot read (shown as \uFFFD); run"
        + " backcare with the setting the file was named under, such as LANG=C.UTF-8, or rename"
        + " the file\n", r.err());
    assertFalse(Files.exists(home.resolve("caf\uFFFD.ics")));
  }

  @Test
  void theJournalIsNeverReplaced() throws Exception {
    h.run(NOW, "plan", "start");
    byte[] journal = h.journalBytes();
    Harness.Result r = h.run(NOW, "plan", "--ics", h.journal().toString());
    assertEquals(2, r.exit());
    assertEquals("backcare: " + h.journal() + ": is your journal; give another file name for"
        + " the calendar\n", r.err());
    assertArrayEquals(journal, h.journalBytes());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "missing/plan.ics | MISSING: cannot write the calendar: the folder DIR does not exist;"
        + " nothing was written",
    ". | .: is a folder; give a file name for the calendar"})
  void aPathThatCannotBeWrittenIsOneLine(String name, String message) {
    h.run(NOW, "plan", "start");
    Path target = home.resolve(name);
    Harness.Result r = h.run(NOW, "plan", "--ics", target.toString());
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals("backcare: " + message.replace("MISSING", target.toString())
        .replace("DIR", home.resolve("missing").toString()).replace(".:", target + ":") + "\n",
        r.err());
    assertFalse(Files.exists(home.resolve("missing")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "plan --check-in-at 7:30 | --check-in-at goes with --ics FILE",
    "plan --force | --force goes with --ics FILE",
    "plan --ics - --force | --force goes with --ics FILE",
    "plan --ics x.ics --json | --json and --ics cannot be used together",
    "plan --ics x.ics --check-in-at 8am | --check-in-at must be a time such as 07:30, got \"8am\"",
    "plan --ics x.ics --session-at 25:00 | --session-at must be a time such as 07:30,"
        + " got \"25:00\"",
    "plan --ics x.ics --check-in-at 09:00 | --session-at must be at least 5 minutes after the"
        + " check-in at 09:00, so that the check-in comes first; got 09:00",
    "plan --ics x.ics --check-in-at 08:00 --session-at 08:04 | --session-at must be at least 5"
        + " minutes after the check-in at 08:00, so that the check-in comes first; got 08:04"})
  void badOptionsAreOneLine(String args, String message) {
    h.run(NOW, "plan", "start");
    Harness.Result r = h.run(NOW, args.split(" "));
    assertEquals(2, r.exit());
    assertEquals("backcare: " + message + "\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void withoutAPlanItSaysHowToStartOne() {
    Harness.Result r = h.run(NOW, "plan", "--ics", file.toString());
    assertEquals(2, r.exit());
    assertEquals("backcare: no plan yet: start one with `backcare plan start`\n", r.err());
    assertFalse(Files.exists(file));
  }
}
