package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.backcare.bench.JournalGenerator;
import dev.backcare.domain.Category;
import dev.backcare.domain.DoseKind;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import dev.backcare.report.DayFigures;
import dev.backcare.report.Sign;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Rule;
import dev.backcare.rules.Urgency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON document backcare prints matches the schema it names in {@code "schema"}: the
 * files in docs/schema (JSON Schema 2020-12), checked with a validator. The documents are every
 * JSON output of the golden files and those of a generated half-year journal; the schemas'
 * lists of ids are the program's.
 */
class SchemaTest {
  static final Path DIR = Path.of("docs/schema");
  static final Pattern NAME = Pattern.compile("backcare/([a-z-]+)/1");
  static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Where the schemas are said to be, so that {@code common.schema.json} resolves beside them;
   * every schema is read from DIR, and nothing is fetched.
   */
  static final String BASE = "https://backcare.invalid/schema/";
  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, b -> b.schemas(SchemaTest::read));
  static final Map<String, Schema> SCHEMAS = new HashMap<>();

  /** A JSON document one command line printed. */
  record Output(String where, String text) {
    @Override
    public String toString() {
      return where;
    }

    JsonNode tree() {
      try {
        return JSON.readTree(text);
      } catch (IOException e) {
        throw new UncheckedIOException(where, e);
      }
    }
  }

  /** The output of every golden case that asks for JSON and succeeds. */
  static Stream<Output> golden() throws IOException {
    List<Output> all = new ArrayList<>();
    for (Path file : GoldenTest.files().toList()) {
      for (GoldenTest.Case c : GoldenTest.parse(Files.readAllLines(file,
          StandardCharsets.UTF_8))) {
        if (c.exit() == 0 && (c.command().contains(" --json")
            || c.command().contains(" --format json"))) {
          all.add(new Output(file.getFileName() + ": $ " + c.command(), String.join("\n",
              c.out())));
        }
      }
    }
    return all.stream();
  }

  /** The name a document gives its schema: "today" for backcare/today/1. */
  static String name(JsonNode doc) {
    Matcher m = NAME.matcher(doc.path("schema").asText());
    assertTrue(m.matches(), "no \"schema\" of backcare's: " + doc.path("schema"));
    return m.group(1);
  }

  static List<String> errors(JsonNode doc) {
    Schema schema = SCHEMAS.computeIfAbsent(name(doc),
        n -> REGISTRY.getSchema(SchemaLocation.of(BASE + n + ".schema.json")));
    return schema.validate(doc).stream().map(e -> e.getInstanceLocation() + ": "
        + e.getMessage()).toList();
  }

  /** A schema file, by the address the schemas are said to be at. */
  private static String read(String iri) {
    if (!iri.startsWith(BASE)) {
      throw new AssertionError("a schema asks for " + iri + ", which is not in " + DIR);
    }
    try {
      return Files.readString(DIR.resolve(iri.substring(BASE.length())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void goldenOutputMatchesItsSchema(Output o) {
    JsonNode doc = o.tree();
    assertEquals("schema", doc.fieldNames().next(), o + ": \"schema\" comes first");
    assertEquals(List.of(), errors(doc), o.where());
  }

  /** The schemas are strict: a field they do not name, such as plan's old "start", fails. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void aFieldTheSchemaDoesNotNameFails(Output o) {
    ObjectNode doc = (ObjectNode) o.tree();
    doc.put("start", "2026-03-02");
    assertFalse(errors(doc).isEmpty(), o.where());
  }

  @Test
  void everySchemaHasAGoldenExample() throws IOException {
    Set<String> shown = new TreeSet<>(golden().map(o -> name(o.tree())).toList());
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(DIR)) {
      s.map(p -> p.getFileName().toString().replace(".schema.json", ""))
          .filter(n -> !n.equals("common")).forEach(files::add);
    }
    assertEquals(files, shown);
  }

  /** Half a year of a simulated person's journal, looked at on several days. */
  @Test
  void aGeneratedJournalsOutputMatches(@TempDir Path home) throws IOException {
    ZonedDateTime end = ZonedDateTime.parse("2026-09-01T21:00+02:00[Europe/Berlin]");
    Path journal = home.resolve("journal.jsonl");
    JournalGenerator.write(journal, Period.ofWeeks(26), 20260302L, end);
    Harness h = new Harness(home, "Europe/Berlin");
    h.env.put("BACKCARE_JOURNAL", journal.toString());
    List<String[]> commands = List.of(new String[] {"today", "--json"},
        new String[] {"plan", "--json"}, new String[] {"report", "--weeks", "8", "--json"},
        new String[] {"log", "list", "--all", "--days", "30", "--json"},
        new String[] {"exercises", "--json"});
    Set<String> decisions = new TreeSet<>();
    for (int daysBack = 0; daysBack < 180; daysBack += 9) {
      String now = end.minusDays(daysBack).toLocalDateTime().toString();
      for (String[] args : commands) {
        Harness.Result r = h.run(now, args);
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals(List.of(), errors(doc), now + " " + String.join(" ", args));
        if (args[0].equals("today")) {
          decisions.add(doc.get("decision").asText());
        }
      }
    }
    assertTrue(decisions.size() >= 3, "the days looked at decide only " + decisions);
  }

  /** The ids the schemas list are the program's, so a new or renamed one fails here. */
  @Test
  void theSchemasListTheProgramsIds() throws IOException {
    JsonNode common = JSON.readTree(DIR.resolve("common.schema.json").toFile()).get("$defs");
    assertEquals(ids(Decision.class), strings(common.at("/decision/enum")));
    assertEquals(ids(Rule.class), strings(common.at("/rule/enum")));
    assertEquals(ids(Urgency.class), strings(common.at("/urgency/enum")));
    assertEquals(ids(Phase.class), strings(common.at("/phase/enum")));
    assertEquals(ids(StopSign.class), strings(common.at("/stopSignKind/enum")));
    assertEquals(ids(DoseKind.class), strings(common.at("/doseKind/enum")));
    assertEquals(ids(Category.class), strings(common.at("/category/enum")));
    JsonNode week = JSON.readTree(DIR.resolve("report.schema.json").toFile())
        .at("/$defs/week/properties");
    assertEquals(ids(Sign.class), strings(week.at("/signs/items/properties/id/enum")));
    Set<String> nextDays = ids(DayFigures.NextDay.class);
    nextDays.remove("");
    nextDays.add("null");
    assertEquals(nextDays, strings(week.at("/days/items/properties/nextDay/enum")));
  }

  private static Set<String> ids(Class<? extends Enum<?>> type) {
    Set<String> out = new TreeSet<>();
    for (Enum<?> c : type.getEnumConstants()) {
      try {
        out.add((String) type.getMethod("id").invoke(c));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(type + " has no id()", e);
      }
    }
    return out;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
