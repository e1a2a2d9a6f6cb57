package dev.backcare.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.sun.management.ThreadMXBean;
import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import dev.backcare.OneLine;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile libraries through the real loader: each is refused with one line naming the file, line
 * and column (exit code 3), or read as meant, and none makes the loader allocate more than
 * {@link #MOST_BYTES} (a stack overflow or running out of memory fails the test as well).
 */
class HostileLibraryTest {
  /** About 100 MB is the most any case here needs (3.9 MB of long comment lines). */
  static final long MOST_BYTES = 300L << 20;

  @TempDir Path dir;

  static Stream<Arguments> refused() {
    String tab = "a tab where YAML needs spaces; indent and separate with spaces only";
    String deep = "nesting deeper than 64 levels";
    String plain = "the file must be plain text";
    return Stream.of(
        arguments("an anchor and an alias", HostileYaml.minimal("reps: {start: 8, target: 12}",
            "reps: &r {start: 8, target: 12}").replace("reps: {start: 12, target: 15}", "reps: *r"),
            "35:13: program.phases[1].reps: YAML anchors and aliases are not allowed;"
                + " write values out"),
        arguments("a billion laughs", HostileYaml.billionLaughs(),
            "1:7: lol1: YAML anchors and aliases are not allowed; write values out"),
        arguments("a merge key", HostileYaml.minimal("    - id: building\n",
            "    - <<: {sets: 2}\n      id: building\n"),
            "30:7: program.phases[1].<<: YAML merge keys are not allowed; write the keys out"),
        arguments("10 000 lists in lists", HostileYaml.nestedLists(10_000),
            "97:71: deep" + "[0]".repeat(25) + "…: " + deep),
        arguments("10 000 mappings in mappings",
            HostileYaml.minimal() + "deep: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000),
            "97:263: deep" + ".a".repeat(37) + ".…: " + deep),
        arguments("10 000 block lists in block lists",
            HostileYaml.minimal() + "deep:\n" + "- ".repeat(10_000) + "x\n",
            "98:129: deep" + "[0]".repeat(25) + "…: " + deep),
        arguments("a key twice in a flow mapping", HostileYaml.minimal(
            "reps: {start: 2, target: 3}", "reps: {start: 2, start: 3}"),
            "25:24: program.phases[0].reps.start: this key appears twice in the same mapping"),
        arguments("a key twice, once quoted", HostileYaml.minimal("    name: Knee rolls\n",
            "    \"name\": Knee rolls\n    name: Knee rolls\n"),
            "52:5: exercises[0].name: this key appears twice in the same mapping"),
        arguments("the version twice", HostileYaml.minimal() + "version: 1\n",
            "97:1: version: this key appears twice in the same mapping"),
        arguments("a tab indenting a key", HostileYaml.minimal("    name: Knee rolls",
            "\tname: Knee rolls"), "51:1: not valid YAML: " + tab),
        arguments("a tab after a colon", HostileYaml.minimal("name: Knee rolls",
            "name:\tKnee rolls"), "51:10: not valid YAML: " + tab),
        arguments("a 4 MB line", "# " + "x".repeat(4_000_000) + "\n" + HostileYaml.minimal(),
            "1:10001: this line is longer than 10000 characters; break it over several lines"),
        arguments("a list of 1 300 000 values", HostileYaml.minimal("cues: [Move slowly.]",
            "cues: [" + "a,\n".repeat(1_300_000) + "b]"),
            "99981:1: exercises[0].cues[99922]: more than 100000 values;"
                + " a library needs a few thousand at most"),
        arguments("a NUL in a name", HostileYaml.minimal("name: Knee rolls", "name: Knee\0rolls"),
            "51:15: a control character (U+0000); " + plain),
        arguments("an escape in a comment", HostileYaml.minimal("# The smallest",
            "# \u001b[2J The smallest"), "1:3: a control character (U+001B); " + plain),
        arguments("an escape in a cue", HostileYaml.minimal("cues: [Move slowly.]",
            "cues: [Move \u001b[31mslowly.]"), "59:17: a control character (U+001B); " + plain),
        arguments("an escape in a key", HostileYaml.minimal("    name: Knee rolls",
            "    na\u001bme: Knee rolls"), "51:7: a control character (U+001B); " + plain),
        arguments("a right-to-left override in an instruction", HostileYaml.minimal(
            "instructions: Let your", "instructions: \u202eLet your"),
            "58:19: a mark that changes the text's direction (U+202E); " + plain),
        arguments("a right-to-left isolate after a Windows line end",
            HostileYaml.windows(HostileYaml.minimal("name: Bridge", "name: Br\u2067idge")),
            "63:13: a mark that changes the text's direction (U+2067); " + plain),
        arguments("a next-line control (U+0085), which YAML would take for a line end",
            HostileYaml.minimal("name: Bridge", "name: Br\u0085idge"),
            "63:13: a control character (U+0085); " + plain),
        arguments("a line separator", HostileYaml.minimal("name: Bridge", "name: Br\u2028idge"),
            "63:13: a line or paragraph separator (U+2028); " + plain),
        arguments("an escape written as \\e in a quoted name", HostileYaml.minimal(
            "name: Knee rolls", "name: \"Knee \\e[31mrolls\""),
            "51:11: exercises[0].name: a control character (U+001B); " + plain),
        arguments("an OSC 8 link written as \\x1b in a quoted cue", HostileYaml.minimal(
            "cues: [Move slowly.]", "cues: [\"\\x1b]8;;http://e\\x07Move\"]"),
            "59:12: exercises[0].cues[0]: a control character (U+001B); " + plain),
        arguments("a right-to-left override written as \\u202e in a quoted key",
            HostileYaml.minimal("    name: Knee rolls", "    \"na\\u202eme\": Knee rolls"),
            "51:5: exercises[0]: a mark that changes the text's direction (U+202E); " + plain),
        arguments("a carriage return written as \\r in a quoted name", HostileYaml.minimal(
            "name: Knee rolls", "name: \"Knee\\rrolls\""),
            "51:11: exercises[0].name: a control character (U+000D); " + plain),
        arguments("a Java type tag (never built: the loader makes no objects from tags)",
            HostileYaml.minimal("painCeiling: 5", "painCeiling: !!javax.script.ScriptEngineManager"
                + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]"),
            "4:16: rules.painCeiling: expected a whole number, got a list"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void refused(String what, String text, String message) {
    Path file = HostileYaml.write(dir.resolve("hostile.yaml"), text);
    assertEquals(file + ":" + message, refusal(file));
  }

  @Test
  void aTabOrALineBreakInsideATextIsRead() {
    Library library = load(HostileYaml.minimal("name: Knee rolls", "name: \"Knee\\trolls\"")
        .replace("instructions: Let your knees sink to one side.",
            "instructions: |\n      Let your knees\n      sink to one side."));
    assertEquals("Knee\trolls", library.exercise("knee-rolls").orElseThrow().name());
    assertEquals("Let your knees\nsink to one side.",
        library.exercise("knee-rolls").orElseThrow().instructions());
  }

  @Test
  void tenMegabytesAreRefusedUnread() {
    Path file = HostileYaml.write(dir.resolve("big.yaml"),
        ("#" + "x".repeat(9_999) + "\n").repeat(1_000) + HostileYaml.minimal());
    assertEquals(file + ": the library is larger than 4 MB", refusal(file));
  }

  @Test
  void byteOrderMarkAndWindowsLineEndsAreRead() {
    Library library = load(HostileYaml.windows(HostileYaml.minimal()));
    Exercise first = library.exercise("knee-rolls").orElseThrow();
    assertEquals("Knee rolls", first.name());
    assertEquals("Let your knees sink to one side.", first.instructions());
    assertEquals(HostileYaml.minimal().lines().filter(l -> l.startsWith("  - id:")).count(),
        library.ids().size());
  }

  @Test
  void mistakesInAWindowsFileAreAtTheirLine() {
    Path file = HostileYaml.write(dir.resolve("windows.yaml"),
        HostileYaml.windows(HostileYaml.minimal("painCeiling: 5", "painCeiling: 11")));
    assertEquals(file + ":4:16: rules.painCeiling: must be from 0 to 10, got 11", refusal(file));
  }

  @Test
  void oldMacLineEndsAreRead() {
    assertEquals("Knee rolls", load(HostileYaml.minimal().replace("\n", "\r"))
        .exercise("knee-rolls").orElseThrow().name());
  }

  @Test
  void yesNoOnAndOffAreWordsWhereTextBelongs() {
    Library library = load(HostileYaml.yesAndNo().replace("name: Bridge", "name: off")
        .replace("position: on your feet", "position: on").replace("[Stand tall.]", "[yes, No]"));
    assertEquals("Yes", library.exercise("no").orElseThrow().name());
    assertEquals("off", library.exercise("bridge").orElseThrow().name());
    assertEquals("on", library.exercise("walking").orElseThrow().position());
    assertEquals(List.of("yes", "No"), library.exercise("walking").orElseThrow().cues());
    assertEquals(List.of("no"), library.phase(Phase.INITIAL).exercises());
  }

  @Test
  void almostFourMegabytesOfLongCommentLinesAreRead() {
    String comments = ("#" + "x".repeat(9_998) + "\n").repeat(400);
    assertEquals("Knee rolls", load(comments + HostileYaml.minimal())
        .exercise("knee-rolls").orElseThrow().name());
  }

  private Library load(String text) {
    Path file = HostileYaml.write(dir.resolve("library.yaml"), text);
    return bounded(() -> LibraryReader.load(file));
  }

  /** The one line a library is refused with, checked for its exit code and printability. */
  private static String refusal(Path file) {
    BackcareException e = bounded(() -> assertThrows(BackcareException.class,
        () -> LibraryReader.load(file)));
    assertEquals(ExitCode.BAD_LIBRARY, e.exitCode(), e.getMessage());
    OneLine.check(e.getMessage());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
    return e.getMessage();
  }

  /** What {@code work} gives, after checking it allocated at most {@link #MOST_BYTES}. */
  private static <T> T bounded(Supplier<T> work) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    T result = work.get();
    long used = threads.getCurrentThreadAllocatedBytes() - before;
    assertFalse(used > MOST_BYTES, (used >> 20) + " MB allocated");
    return result;
  }
}
