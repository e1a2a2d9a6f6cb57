package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.Main;
import dev.backcare.bench.JournalGenerator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `backcare today` runs once per start, all of it cold, and linking a lambda or a stream's
 * lambdas costs about half a millisecond each the first time; forty of them were a fifth of its
 * time. This runs it in a child JVM that reports every call site it links, and checks that none
 * is backcare's own or one that backcare's code made the JDK link (a stream, a
 * Comparator.comparing). It also checks that java.time's zone rules are not loaded: away from a
 * change of the clocks, {@code LocalZone} answers from java.util.TimeZone's table, without
 * java.time's search of every jar for rule providers and the lambda of its summer-time rules.
 */
class TodayLinksNoLambdaTest {
  private static final ZonedDateTime END =
      ZonedDateTime.parse("2026-03-02T09:00+01:00[Europe/Berlin]");
  @TempDir Path dir;

  @Test
  void todayLinksNoCallSiteAndNoZoneRules() throws Exception {
    Path journal = dir.resolve("journal.jsonl");
    JournalGenerator.write(journal, Period.ofWeeks(8), 4, END);
    // The first run reads the whole journal and saves its index; every later morning reads the
    // index, and that is what is checked.
    linkedBy(journal, "today");
    for (String[] args : List.of(new String[] {"today"}, new String[] {"today", "--json"},
        new String[] {"today", "--brief"})) {
      assertEquals(Set.of(), linkedBy(journal, args), String.join(" ", args));
    }
  }

  /**
   * The same of a text report, made from the journal and saving its cache of settled days, then
   * from that cache.
   */
  @Test
  void aReportLinksNoCallSite() throws Exception {
    Path journal = dir.resolve("journal.jsonl");
    JournalGenerator.write(journal, Period.ofWeeks(8), 4, END);
    linkedBy(journal, "today");
    Path cache = dir.resolve("journal.jsonl.report-days");
    assertEquals(Set.of(), linkedBy(journal, "report", "--weeks", "6"), "made from the journal");
    assertTrue(java.nio.file.Files.exists(cache));
    assertEquals(Set.of(), linkedBy(journal, "report", "--weeks", "6"), "from the cache");
    assertEquals(Set.of(), linkedBy(journal, "report"), "from the cache");
  }

  /**
   * backcare's classes and its runtime libraries, as in the jar's manifest; not the tests' own
   * libraries, some of which (ical4j's zone rules) link call sites of their own.
   */
  private static String runtimeClassPath() {
    List<String> kept = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (entry.endsWith("classes") && !entry.endsWith("test-classes")
          || RUNTIME.stream().anyMatch(name::startsWith)) {
        kept.add(entry);
      }
    }
    return String.join(File.pathSeparator, kept);
  }

  private static final List<String> RUNTIME = List.of("picocli-", "jackson-core-",
      "jackson-dataformat-yaml-", "snakeyaml-", "jline-");

  /**
   * The classes whose call sites a child JVM linked while running backcare with {@code args}, and
   * "zone rules" if it loaded java.time's zone-rule provider.
   */
  private Set<String> linkedBy(Path journal, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true", "-Xlog:class+load=info",
        "-cp", runtimeClassPath(), Main.class.getName()));
    command.addAll(List.of(args));
    command.addAll(List.of("--journal", journal.toString()));
    ProcessBuilder child = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = child.environment();
    env.keySet().removeIf(k -> k.startsWith("BACKCARE_") || k.startsWith("XDG_"));
    env.put("HOME", dir.toString());
    env.put("TZ", "Europe/Berlin");
    env.put("BACKCARE_NOW", END.toLocalDateTime().toString());
    Process p = child.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains(" phase") || out.contains("\"decision\"")
        || out.contains("Rules fired"), out);
    Set<String> linked = new TreeSet<>();
    for (String line : out.split("\n")) {
      // "linkCallSite dev.backcare.Settings java.lang.invoke.LambdaMetafactory.metafactory(...)"
      if (line.startsWith("linkCallSite ") && !line.startsWith("linkCallSite =>")) {
        linked.add(line.split(" ")[1]);
      }
      if (line.contains(" java.time.zone.ZoneRulesProvider ")) {
        linked.add("zone rules");
      }
    }
    return linked;
  }
}
